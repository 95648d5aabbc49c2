import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cleanText,
	normalizeForMatch,
	normalizeForSearch,
	toAsciiDigits,
	toGujaratiDigits
} from './normalize';

describe('normalize', () => {
	it.each([
		// toAsciiDigits turns Gujarati and Devanagari digits into ASCII, leaving the words around them alone
		{ fn: toAsciiDigits, text: '૨૦૨૨', gives: '2022' },
		{ fn: toAsciiDigits, text: '२०२४', gives: '2024' },
		{ fn: toAsciiDigits, text: '૧૯ જૂન ૨૦૨૪ના રોજ', gives: '19 જૂન 2024ના રોજ' },
		// toGujaratiDigits turns them back, leaving the words around them alone
		{ fn: toGujaratiDigits, text: '2022', gives: '૨૦૨૨' },
		{ fn: toGujaratiDigits, text: '200 કિલોમીટર', gives: '૨૦૦ કિલોમીટર' },
		// cleanText removes control characters
		{ fn: cleanText, text: 'પુતિન\u0000 આવ્યા\u0007\u007F', gives: 'પુતિન આવ્યા' },
		// cleanText removes the byte-order mark, zero-width spaces and joiners that shape nothing
		{ fn: cleanText, text: '\uFEFFપુ\u200Bતિ\u200Cન\u200D', gives: 'પુતિન' },
		// cleanText keeps ZWJ and ZWNJ after a virama: they choose a half form or a visible virama
		{ fn: cleanText, text: 'ક્\u200Dષ ક્\u200Cષ', gives: 'ક્\u200Dષ ક્\u200Cષ' },
		// cleanText removes bidi controls, invisible operators, soft hyphens, fillers and tag characters
		{ fn: cleanText, text: 'પુ\u202Eતિન\u202C', gives: 'પુતિન' },
		{ fn: cleanText, text: '\u2066મોદી\u2069 \u200Eઅને\u200F \u061Cશાહ', gives: 'મોદી અને શાહ' },
		{ fn: cleanText, text: 'સુ\u00ADરત\u2061', gives: 'સુરત' },
		{ fn: cleanText, text: '\u3164\u115F\u1160\uFFA0\u2800', gives: '' },
		{ fn: cleanText, text: 'ભુજ\u{E0041}\u{E007F}', gives: 'ભુજ' },
		// cleanText keeps an emoji's presentation selector and joiner but not a stray selector
		{ fn: cleanText, text: '👍\uFE0F ક\uFE0F 👨\u200D👩', gives: '👍\uFE0F ક 👨\u200D👩' },
		// cleanText tidies spaces and tabs but keeps line breaks and punctuation
		{ fn: cleanText, text: '  કિમ\t\tજોંગ  ઉન,\nપુતિન।  ', gives: 'કિમ જોંગ ઉન,\nપુતિન।' },
		// normalizeForMatch makes digits ASCII
		{ fn: normalizeForMatch, text: '૧૨ માર્ચ ૨૦૨૫', gives: '12 માર્ચ 2025' },
		// normalizeForMatch drops zero-width joiners and non-joiners
		{ fn: normalizeForMatch, text: 'ક્\u200Dષ', gives: 'ક્ષ' },
		{ fn: normalizeForMatch, text: 'ભુ\u200Cજ', gives: 'ભુજ' },
		// normalizeForMatch drops punctuation, the danda and quote marks, and squeezes spaces
		{ fn: normalizeForMatch, text: '  “કિમ   જોંગ-ઉન”!  ', gives: 'કિમ જોંગ ઉન' },
		{ fn: normalizeForMatch, text: 'ભારત।', gives: 'ભારત' },
		// normalizeForMatch reads the old-font વિશ્ર્વ and પશ્ર્ચિમ as વિશ્વ and પશ્ચિમ, and leaves other ર clusters alone
		{ fn: normalizeForMatch, text: 'બીજું વિશ્ર્વયુદ્ધ', gives: 'બીજું વિશ્વયુદ્ધ' },
		{ fn: normalizeForMatch, text: 'પશ્ર્ચિમ', gives: 'પશ્ચિમ' },
		{ fn: normalizeForMatch, text: 'રાષ્ટ્ર', gives: 'રાષ્ટ્ર' },
		// normalizeForMatch lower-cases Latin letters
		{ fn: normalizeForMatch, text: 'RIA News', gives: 'ria news' },
		// normalizeForSearch makes digits ASCII and squeezes spaces but keeps punctuation and case
		{ fn: normalizeForSearch, text: '૨૪ વર્ષમાં,  RIA\n\u200Dપુતિન', gives: '24 વર્ષમાં, RIA પુતિન' }
	])('$fn.name turns $text into $gives', ({ fn, text, gives }) => {
		expect(fn(text)).toBe(gives);
	});

	it('turns Gujarati digits into ASCII and back', () => {
		expect(toGujaratiDigits(toAsciiDigits('૧૨૩૪૫૬૭૮૯૦'))).toBe('૧૨૩૪૫૬૭૮૯૦');
	});

	it('composes decomposed letters (NFC)', () => {
		expect(cleanText('cafe\u0301')).toBe('café');
		expect(cleanText('cafe\u0301')).toBe(cleanText('caf\u00e9'));
	});

	it('gives a decomposed string the same key for matching as its composed form', () => {
		expect(normalizeForMatch('Cafe\u0301')).toBe(normalizeForMatch('Café'));
	});
});

describe('normalizeForMatch on plain words', () => {
	// text ending in punctuation always takes the full path, and the punctuation adds nothing to the key
	const fullPath = (text: string) => normalizeForMatch(`${text}!`);
	// plain letters and digits, and what may follow them unseen: marks out of order, the old-font cluster, case, spaces
	const pieces = ['ક', 'મ', 'ર', 'વ', 'ચ', 'શ', 'ા', 'િ', 'ં', '\u0ABC', '\u0ACD', '૨', '૦', '5', 'a', 'z', 'A', ' ', '  ', '\u200D', '-', 'ऩ'];

	it('keys every text as the full normalisation does', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
				const text = parts.join('');
				expect(normalizeForMatch(text)).toBe(fullPath(text));
			}),
			{ numRuns: 3000 }
		);
	});

	it.each(['વિશ્ર્વ', 'ક્\u0ABC', 'Putin', 'ક  મ', ' ક', 'ક૨૦'])('keys %j as the full normalisation does', (text) => {
		expect(normalizeForMatch(text)).toBe(fullPath(text));
	});
});
