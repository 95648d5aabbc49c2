import { describe, expect, it } from 'vitest';
import { question } from './fixtures';
import { locateAnswer, statementFor } from './true-false';

const welcome = question({
	id: 'welcome',
	category: 'person',
	answer: 'પુતિન',
	accept: ['વ્લાદિમીર પુતિન', 'Putin'],
	prompt: 'એરપોર્ટ પર કોનું સ્વાગત થયું?',
	quote: 'કિમે પ્યોંગયાંગ એરપોર્ટ પર પુતિનનું સ્વાગત કર્યું.'
});

describe('statementFor', () => {
	it('is the quote itself for the answer', () => {
		expect(statementFor(welcome, 'પુતિન')).toEqual({
			text: 'કિમે પ્યોંગયાંગ એરપોર્ટ પર પુતિનનું સ્વાગત કર્યું.',
			fromQuote: true
		});
	});

	it('swaps the answer for a distractor and keeps the ending glued to it', () => {
		expect(statementFor(welcome, 'શી જિનપિંગ').text).toBe('કિમે પ્યોંગયાંગ એરપોર્ટ પર શી જિનપિંગનું સ્વાગત કર્યું.');
	});

	it('replaces a whole accept form found in the quote, only its first mention', () => {
		const arrived = question({
			id: 'arrived',
			category: 'person',
			answer: 'પુતિન',
			accept: ['વ્લાદિમીર પુતિન'],
			quote: 'રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આવ્યા; પુતિને ભાષણ આપ્યું.'
		});
		expect(statementFor(arrived, 'કિમ').text).toBe('રાષ્ટ્રપતિ કિમ આવ્યા; પુતિને ભાષણ આપ્યું.');
	});

	it('finds a date whatever the digit script and keeps its ending', () => {
		const year = question({ id: 'y', category: 'date', answer: '2022', quote: 'રશિયાએ ૨૦૨૨માં હુમલો કર્યો.' });
		expect(statementFor(year, '૨૦૧૯').text).toBe('રશિયાએ ૨૦૧૯માં હુમલો કર્યો.');
		const day = question({ id: 'd', category: 'date', answer: 'મંગળવાર', quote: 'પુતિન મંગળવારે પહોંચ્યા.' });
		expect(statementFor(day, 'બુધવાર').text).toBe('પુતિન બુધવારે પહોંચ્યા.');
	});

	it('does not match the answer inside another word', () => {
		const kim = question({ id: 'k', category: 'person', answer: 'કિમ', quote: 'આ કિમતી ભેટ કિમને મળી.' });
		expect(locateAnswer(kim)).toEqual({ start: 12, end: 15 });
		expect(statementFor(kim, 'મૂન').text).toBe('આ કિમતી ભેટ મૂનને મળી.');
	});

	it('pairs prompt and claim when the answer is not in the quote', () => {
		const missing = question({ id: 'm', category: 'place', answer: 'સરહદ', prompt: 'અથડામણ ક્યાં થઈ?', quote: 'સૈનિકો સામસામે આવ્યા.' });
		expect(locateAnswer(missing)).toBe(null);
		expect(statementFor(missing, 'સરહદ')).toEqual({ text: 'અથડામણ ક્યાં થઈ? — સરહદ', fromQuote: false });
		expect(statementFor(missing, 'બંદર').text).toBe('અથડામણ ક્યાં થઈ? — બંદર');
	});
});
