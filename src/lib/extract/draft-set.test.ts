import { describe, expect, it } from 'vitest';
import { validateSet } from '../bank/validate';
import { draftQuestion, draftSet, headlineOf } from './draft-set';
import type { Proposal } from './extract';
import { extract } from './extract';
import { buildGazetteer, EMPTY_GAZETTEER } from './gazetteer';

const TEXT = [
	'સુરતમાં હીરા પરિષદ પૂરી',
	'',
	'ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે સુરત શહેરમાં ૨૦૨૪ની હીરા પરિષદ પૂરી કરી. જોશીએ કહ્યું કે પરિષદ ત્રણ દિવસ ચાલી.'
].join('\n');

describe('headlineOf', () => {
	it('takes the first line, cut at a word when long', () => {
		expect(headlineOf(TEXT)).toBe('સુરતમાં હીરા પરિષદ પૂરી');
		const long = `${'શબ્દ '.repeat(30)}અંત`;
		expect(headlineOf(long)).toBe(`${'શબ્દ '.repeat(20).trim()}…`);
	});
});

describe('draftSet', () => {
	const gazetteer = buildGazetteer([
		{ questions: [{ category: 'place', kind: 'city', answer: 'સુરત', accept: ['Surat'] }] }
	]);
	const set = draftSet('summit.txt', TEXT, extract(TEXT, gazetteer));

	it('passes the bank checker with its article', () => {
		expect(validateSet('questions/sets/summit.json', set, { texts: new Map([['summit.txt', TEXT]]) }).problems).toEqual([]);
	});

	it('asks one question per proposal, with ids from the file name and a blank for the answer', () => {
		expect(set.questions.map((q) => [q.id, q.answer])).toEqual([
			['summit-place-1', 'સુરત'],
			['summit-person-1', 'કમલ જોશી'],
			['summit-date-1', 'રવિવાર'],
			['summit-place-2', 'સુરત'],
			['summit-date-2', '૨૦૨૪'],
			['summit-person-2', 'જોશી'],
			['summit-date-3', 'ત્રણ દિવસ']
		]);
		expect(set.questions[2]!.prompt).toBe('ઉદ્યોગ મંત્રી કમલ જોશીએ કયા વારે સુરત શહેરમાં ૨૦૨૪ની હીરા પરિષદ પૂરી કરી?');
		expect(set.questions[4]!.prompt).toBe('ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે સુરત શહેરમાં કયા વર્ષની હીરા પરિષદ પૂરી કરી?');
		expect(set.questions[6]!.prompt).toBe('જોશીએ કહ્યું કે પરિષદ કેટલા દિવસ ચાલી?');
	});

	// regression: prompts read "_____ે" (the ergative of મંગળવારે, શાહે) with the sign on the blank
	it('leaves no vowel sign hanging on a blank', () => {
		expect(set.questions.filter((q) => /_____\p{M}/u.test(q.prompt))).toEqual([]);
	});

	it('accepts the English and ASCII-digit forms, and says in English what was found', () => {
		const year = set.questions.find((q) => q.answer === '૨૦૨૪')!;
		expect(year.accept).toEqual(['2024']);
		expect(year.en).toBe('Draft: the year "2024", in sentence 2.');
		const city = set.questions.find((q) => q.id === 'summit-place-2')!;
		expect([city.kind, city.accept, city.en]).toEqual([
			'city',
			['Surat'],
			'Draft: the place "Surat" (a city), in sentence 2.'
		]);
		expect(set.questions.find((q) => q.answer === 'ત્રણ દિવસ')!.accept).toEqual(['3 days']);
		// a name no list knows gets a transliterated gloss but no guessed accept form
		const minister = set.questions.find((q) => q.answer === 'કમલ જોશી')!;
		expect([minister.accept, minister.en]).toEqual([[], 'Draft: the person "Kamal Joshi", in sentence 2.']);
	});
});

describe('draftSet on a news story with a dateline', () => {
	const story = [
		'સુરતમાં ભારે વરસાદ',
		'',
		'સુરત, તા. ૧૨: શહેરમાં મંગળવારે ત્રણ ઇંચ વરસાદ પડ્યો. સુરત મહાનગરપાલિકાએ શાળાઓ બંધ રાખી.'
	].join('\n');
	const set = draftSet('rain.txt', story, extract(story, EMPTY_GAZETTEER));

	it('asks the dateline\'s place and day of the lead sentence, never blanking the dateline', () => {
		const surat = set.questions.find((q) => q.answer === 'સુરત' && q.en.endsWith('in the dateline.'))!;
		expect(surat.prompt).toBe('શહેરમાં મંગળવારે ત્રણ ઇંચ વરસાદ પડ્યો. આ સમાચાર ક્યાંના છે?');
		expect(surat.quote).toBe('સુરત, તા. ૧૨: શહેરમાં મંગળવારે ત્રણ ઇંચ વરસાદ પડ્યો.');
		expect([surat.kind, surat.en]).toEqual(['city', 'Draft: the place "Surat" (a city), in the dateline.']);
		const day = set.questions.find((q) => q.answer === 'તા. ૧૨')!;
		expect(day.prompt).toBe('શહેરમાં મંગળવારે ત્રણ ઇંચ વરસાદ પડ્યો. આ સમાચાર કઈ તારીખના છે?');
		expect(set.questions.every((q) => !q.prompt.includes('_____, તા.'))).toBe(true);
		expect(set.questions.map((q) => q.answer)).toContain('મંગળવાર');
	});

	it('quotes the first sentence of the story without the dateline', () => {
		const tuesday = set.questions.find((q) => q.answer === 'મંગળવાર')!;
		expect(tuesday.quote).toBe('શહેરમાં મંગળવારે ત્રણ ઇંચ વરસાદ પડ્યો.');
		expect(tuesday.prompt).toBe('શહેરમાં કયા વારે ત્રણ ઇંચ વરસાદ પડ્યો?');
		expect(tuesday.en).toBe('Draft: the weekday "Tuesday", in sentence 2.');
	});

	it('says in English what a range of months is', () => {
		const text = 'પક્ષીઓની મોસમ ઓક્ટોબરથી માર્ચ સુધી ચાલે છે.';
		const [season] = draftSet('birds.txt', text, extract(text, EMPTY_GAZETTEER)).questions;
		expect([season!.answer, season!.en]).toEqual(['ઓક્ટોબરથી માર્ચ', 'Draft: the months "October to March", in sentence 1.']);
	});
});


describe('draftQuestion', () => {
	const proposal = (prompt: string, answer: string): Proposal => ({
		category: 'place',
		kind: 'country',
		answer,
		prompt,
		quote: prompt,
		start: 0,
		end: answer.length,
		rule: 'gazetteer',
		forms: []
	});

	// regression: "_____ઈ સાહિત્ય", "_____ઈય દૂતાવાસે": the answer blanked inside a word made from it
	it('blanks a word made from the answer to its case ending, not to a stray vowel', () => {
		const asked = (prompt: string, answer: string) => draftQuestion(proposal(prompt, answer), 'a.txt').question.prompt;
		expect(asked('કયા દેશના મંત્રાલયે જકાર્તા સ્થિત ભારતીય દૂતાવાસે હેલ્પલાઇન શરૂ કરી?', 'ભારત')).toBe(
			'કયા દેશના મંત્રાલયે જકાર્તા સ્થિત _____ દૂતાવાસે હેલ્પલાઇન શરૂ કરી?'
		);
		expect(asked('_____ના લેખકે ગુજરાતીમાં અને હિન્દીમાં લખ્યું.', 'ગુજરાત')).toBe('_____ના લેખકે _____માં અને હિન્દીમાં લખ્યું.');
		expect(asked('એપ _____, બિનગુજરાતી અને હિન્દી ભાષામાં છે.', 'ગુજરાત')).toBe('એપ _____, _____ અને હિન્દી ભાષામાં છે.');
		// a case ending, or a year joined by a hyphen, is blanked as before
		expect(asked('_____ના ગામડાં અને ગુજરાતનું સાહિત્ય', 'ગુજરાત')).toBe('_____ના ગામડાં અને _____નું સાહિત્ય');
		expect(asked('કયા વર્ષે ૨૦૨૩-૨૪નું બજેટ રજૂ થયું?', '૨૦૨૩')).toBe('કયા વર્ષે _____-૨૪નું બજેટ રજૂ થયું?');
	});
});
