import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { EMPTY_GAZETTEER } from './gazetteer';
import { readable } from './invisible';

const ZWSP = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';

describe('readable', () => {
	it('drops zero-width spaces, word joiners and a ZWNJ or ZWJ inside a word, and maps offsets back', () => {
		const raw = `સુર${ZWSP}ત\u2060માં પટેલ${ZWNJ}ે`;
		const clean = readable(raw);
		expect(clean.text).toBe('સુરતમાં પટેલે');
		expect(raw.slice(clean.start(0), clean.end(4))).toBe(`સુર${ZWSP}ત`);
		// an end leaves out the invisible character after it
		expect(raw.slice(clean.start(8), clean.end(12))).toBe('પટેલ');
	});

	it('keeps a joiner after a virama, where it shapes a half form', () => {
		expect(readable(`ક્${ZWJ}ષ`).text).toBe(`ક્${ZWJ}ષ`);
		expect(readable(`ક્${ZWNJ}ષ`).text).toBe(`ક્${ZWNJ}ષ`);
	});
});

describe('extract, invisible characters inside words', () => {
	/** The answers, and each quote checked against the text as given. */
	function answers(raw: string): string[] {
		const proposals = extract(raw, EMPTY_GAZETTEER);
		for (const p of proposals) expect(raw).toContain(p.quote);
		return proposals.map((p) => `${p.category} ${p.answer}`);
	}

	it('reads a place or a name with an invisible character inside as one word', () => {
		expect(answers(`મેળો જૂના${ZWSP}ગઢમાં ભરાશે.`)).toEqual(['place જૂનાગઢ']);
		expect(answers(`મંત્રી રમણ જોશી${ZWNJ}એ ભાષણ કર્યું.`)).toEqual(['person રમણ જોશી']);
		expect(answers(`\uFEFFકલેક્ટર અનિલ મહેતા${ZWJ}ને રાજકોટ\u2060થી ફોન આવ્યો.`)).toEqual(['person અનિલ મહેતા', 'place રાજકોટ']);
	});

	it('gives offsets in the text as given, around the answer without its invisible characters', () => {
		const raw = `મેળો જૂના${ZWSP}ગઢમાં ભરાશે.`;
		const [place] = extract(raw, EMPTY_GAZETTEER);
		expect(raw.slice(place!.start, place!.end)).toBe(`જૂના${ZWSP}ગઢ`);
	});

	it('finds ગાંધીનગર, not the person ગાંધી, and નરેન્દ્ર મોદી without his case ending', () => {
		expect(answers(`મુખ્યમંત્રીએ ગાંધી${ZWSP}નગરમાં બેઠક યોજી હતી.`)).toEqual(['place ગાંધીનગર']);
		expect(answers(`વડાપ્રધાન નરેન્દ્ર મોદી${ZWNJ}એ ભાષણ આપ્યું.`)).toEqual(['person નરેન્દ્ર મોદી']);
	});
});
