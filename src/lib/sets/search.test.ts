import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { QuestionSearch, queryTerms, visibleQuestions, type Searchable } from './search';

const kim: Searchable[] = JSON.parse(readFileSync('questions/sets/kim-russia-trip.json', 'utf8')).questions;
const ids = (found: readonly Searchable[]) => found.map((q) => q.id);

const q = (id: string, prompt: string, answer: string, quote: string, accept: string[] = []): Searchable => ({
	id,
	prompt,
	answer,
	accept,
	quote
});
const small = [
	q('putin', 'કોણ ઉત્તર કોરિયા પહોંચ્યા?', 'વ્લાદિમીર પુતિન', 'રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આજે ઉત્તર કોરિયા પહોંચી ગયા છે.', ['Putin']),
	q('year', 'આક્રમણ કયા વર્ષે થયું?', '૨૦૨૨', '૨૦૨૨ માં રશિયાના યુક્રેન પરના આક્રમણને પગલે.', ['2022']),
	q('tuesday', 'લેખ ક્યારે પ્રકાશિત થયો?', 'મંગળવારે', 'રાજ્ય મીડિયા દ્વારા મંગળવારે પ્રકાશિત થયેલા એક લેખમાં.', ['Tuesday'])
];

describe('QuestionSearch', () => {
	const search = new QuestionSearch(small);

	test('an empty query finds every question, in order', () => {
		expect(ids(search.find(''))).toEqual(['putin', 'year', 'tuesday']);
		expect(ids(search.find('   '))).toEqual(['putin', 'year', 'tuesday']);
		expect(search.size).toBe(3);
	});

	test('finds Gujarati in the prompt, the answer or the quote', () => {
		expect(ids(search.find('પહોંચ્યા'))).toEqual(['putin']);
		expect(ids(search.find('વ્લાદિમીર'))).toEqual(['putin']);
		expect(ids(search.find('આક્રમણને'))).toEqual(['year']);
	});

	test('digits match in either script, and invisible marks are ignored', () => {
		expect(ids(search.find('2022'))).toEqual(['year']);
		expect(ids(search.find('૨૦૨૨'))).toEqual(['year']);
		expect(ids(search.find('મંગળ\u200Bવારે'))).toEqual(['tuesday']);
	});

	test('Latin letters find Gujarati words as the typed-answer check reads them', () => {
		expect(ids(search.find('putin'))).toEqual(['putin']);
		expect(ids(search.find('mangalvare'))).toEqual(['tuesday']);
		expect(ids(search.find('Tuesday'))).toEqual(['tuesday']);
	});

	test('every word typed must be found, in any field', () => {
		expect(ids(search.find('રશિયાના putin'))).toEqual(['putin']);
		expect(ids(search.find('રશિયાના'))).toEqual(['putin', 'year']);
		expect(ids(search.find('putin 2022'))).toEqual([]);
	});

	test('reads no question’s texts until a word is typed: a set’s page opens without normalising them', () => {
		const read: string[] = [];
		/** A question that notes each read of its texts. */
		const watched = (question: Searchable): Searchable => {
			const texts = { prompt: question.prompt, answer: question.answer, accept: question.accept, quote: question.quote };
			const record = { id: question.id } as Searchable;
			for (const [key, value] of Object.entries(texts)) {
				Object.defineProperty(record, key, { enumerable: true, get: () => (read.push(`${question.id}.${key}`), value) });
			}
			return record;
		};
		const lazy = new QuestionSearch(small.map(watched));
		expect(lazy.size).toBe(3);
		expect(ids(lazy.find(''))).toEqual(['putin', 'year', 'tuesday']);
		expect(read).toEqual([]);
		expect(ids(lazy.find('પહોંચ્યા'))).toEqual(['putin']);
		const once = read.length;
		expect(once).toBeGreaterThan(0);
		// normalised once, then searched again from what was kept
		expect(ids(lazy.find('મંગળવારે'))).toEqual(['tuesday']);
		expect(read).toHaveLength(once);
	});

	test('a letter or two of Latin is not folded into matching nearly everything', () => {
		expect(queryTerms('zzz')).toEqual([{ plain: 'zzz' }]);
		expect(ids(search.find('zzz'))).toEqual([]);
		expect(queryTerms('Putin putin')).toEqual([{ plain: 'putin', loose: 'putin' }]);
	});

	test('on the Kim set: Gujarati and Latin spellings of a place find the same questions', () => {
		const bank = new QuestionSearch(kim);
		expect(ids(bank.find('પ્યોંગયાંગ'))).toEqual(['krt-date-return-afternoon', 'krt-place-pyongyang']);
		expect(ids(bank.find('pyongyang'))).toEqual(['krt-date-return-afternoon', 'krt-place-pyongyang']);
		expect(bank.find('શોઇગુ')).toHaveLength(8);
		expect(ids(bank.find('shoigu'))).toEqual(ids(bank.find('શોઇગુ')));
	});
});

describe('visibleQuestions', () => {
	test('keeps the starred ones only when asked, after the search', () => {
		const search = new QuestionSearch(small);
		const starred = new Set(['year', 'tuesday']);
		expect(ids(visibleQuestions(search, '', starred, false))).toEqual(['putin', 'year', 'tuesday']);
		expect(ids(visibleQuestions(search, '', starred, true))).toEqual(['year', 'tuesday']);
		expect(ids(visibleQuestions(search, 'રશિયાના', starred, true))).toEqual(['year']);
		expect(visibleQuestions(search, '', new Set(), true)).toEqual([]);
	});
});
