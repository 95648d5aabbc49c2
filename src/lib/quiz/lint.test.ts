import { describe, expect, it } from 'vitest';
import { bankQuestions, prepareBank } from './bank-index';
import type { ChoiceItem, TrueFalseItem } from './build-quiz';
import { fixtureBank, fixtureQuestion, fixtureSets, question } from './fixtures';
import { lintItem, malformedGujarati } from './lint';

const bank = fixtureBank();

describe('malformedGujarati', () => {
	it.each([
		['શોઇગુે કહ્યું.', 'two vowel signs in a row'],
		['કિમ ે કહ્યું.', 'a vowel sign after a space'],
		['ચીનએ ટેકો આપ્યો.', 'એ where the sign ે belongs']
	])('finds what is wrong in %s', (text, why) => {
		expect(malformedGujarati(text)).toBe(why);
	});

	it.each(['શોઇગુએ કહ્યું.', 'ચીને ટેકો આપ્યો.', 'રશિયાએ એક કરાર કર્યો.', 'કિમ એરપોર્ટ પર ગયા.'])('passes %s', (text) => {
		expect(malformedGujarati(text)).toBeUndefined();
	});
});

const choice = (id: string, options: string[], answer: string): ChoiceItem => ({
	mode: 'choice',
	question: fixtureQuestion(bank, id),
	options,
	correct: options.indexOf(answer)
});

describe('lintItem on choice items', () => {
	it('passes four options of the answer\'s kind and shape', () => {
		expect(lintItem(bank, choice('d-year', ['૨૦૨૨', '૨૦૧૯', '૨૦૨૦', '૨૦૨૧'], '૨૦૨૨'))).toEqual([]);
		expect(lintItem(bank, choice('p-kim', ['કિમ જોંગ ઉન', 'જ્હોન કિર્બી', 'શી જિનપિંગ', 'સર્ગેઈ લવરોવ'], 'કિમ જોંગ ઉન'))).toEqual([]);
	});

	it('names an option that repeats another, or is also right', () => {
		expect(lintItem(bank, choice('d-year', ['૨૦૨૨', '2022', '૨૦૨૦'], '૨૦૨૨'))).toEqual([
			'd-year (choice): options repeat: ૨૦૨૨ / 2022 / ૨૦૨૦',
			'd-year (choice): "2022" is also right'
		]);
	});

	it('names an option of another sort: a weekday for a year, a person for a place, a city for a country', () => {
		expect(lintItem(bank, choice('d-year', ['૨૦૨૨', 'મંગળવાર'], '૨૦૨૨'))).toEqual([
			'd-year (choice): "મંગળવાર" is a date:weekday, the answer a date:year'
		]);
		expect(lintItem(bank, choice('t-moscow', ['મોસ્કો', 'પુતિન'], 'મોસ્કો'))).toContain(
			't-moscow (choice): "પુતિન" is a person, the answer a place:city'
		);
		expect(lintItem(bank, choice('t-ukraine', ['યુક્રેન', 'મોસ્કો'], 'યુક્રેન'))).toEqual([
			't-ukraine (choice): "મોસ્કો" is a place:city, the answer a place:country'
		]);
	});

	it('names a surname among full names, and an answer alone in its shape', () => {
		expect(lintItem(bank, choice('p-kim', ['કિમ જોંગ ઉન', 'શોઇગુ', 'શી જિનપિંગ'], 'કિમ જોંગ ઉન'))).toEqual([
			'p-kim (choice): full names mixed with single names: કિમ જોંગ ઉન / શોઇગુ / શી જિનપિંગ'
		]);
		const places = choice('n-north-korea', ['ઉત્તર કોરિયા', 'રશિયા', 'યુક્રેન'], 'ઉત્તર કોરિયા');
		expect(lintItem(bank, places)).toEqual([
			'n-north-korea (choice): the answer is the only many-word name: ઉત્તર કોરિયા / રશિયા / યુક્રેન'
		]);
	});

	it('names a prompt that says "today"', () => {
		const today = prepareBank([
			...bankQuestions(fixtureSets()),
			question({ id: 'x-today', category: 'date', answer: '૨૦૨૨', prompt: 'આજે કયું વર્ષ છે?', quote: '૨૦૨૨માં.' })
		]);
		const item: ChoiceItem = { mode: 'choice', question: fixtureQuestion(today, 'x-today'), options: ['૨૦૨૨', '૨૦૨૧'], correct: 0 };
		expect(lintItem(today, item)).toEqual(['x-today (choice): "આજે" says when only to a reader of that day\'s paper: આજે કયું વર્ષ છે?']);
	});
});

describe('lintItem on true/false items', () => {
	const putin = fixtureQuestion(bank, 'p-putin');
	const tf = (statement: string, claim: string, truth: boolean): TrueFalseItem => ({
		mode: 'tf',
		question: putin,
		statement,
		claim,
		truth,
		fromQuote: true
	});

	it('passes the quote, and a clean swap', () => {
		expect(lintItem(bank, tf(putin.quote, 'પુતિન', true))).toEqual([]);
		expect(lintItem(bank, tf('કિમે પ્યોંગયાંગ એરપોર્ટ પર શી જિનપિંગનું સ્વાગત કર્યું.', 'શી જિનપિંગ', false))).toEqual([]);
	});

	it('names a malformed word the swap wrote, but not the paper\'s own words', () => {
		expect(lintItem(bank, tf('કિમે પ્યોંગયાંગ એરપોર્ટ પર શોઇગુેનું સ્વાગત કર્યું.', 'શોઇગુ', false))).toEqual([
			'p-putin (tf): two vowel signs in a row: કિમે પ્યોંગયાંગ એરપોર્ટ પર શોઇગુેનું સ્વાગત કર્યું.'
		]);
	});

	it('names a swapped-in number written in other digits than the sentence', () => {
		const year = fixtureQuestion(bank, 't-year');
		const item = (statement: string, claim: string): TrueFalseItem => ({
			mode: 'tf',
			question: year,
			statement,
			claim,
			truth: false,
			fromQuote: true
		});
		expect(lintItem(bank, item('2015ના અંતમાં કિમે સત્તા સંભાળી.', '2015'))).toEqual([]);
		expect(lintItem(bank, item('૨૦૧૫ના અંતમાં કિમે સત્તા સંભાળી.', '૨૦૧૫'))).toEqual([
			't-year (tf): digits in gujarati script in a sentence written in latin: ૨૦૧૫ના અંતમાં કિમે સત્તા સંભાળી.'
		]);
	});

	it('names a false statement that still names the answer, or claims a right answer', () => {
		expect(lintItem(bank, tf('પુતિને કહ્યું કે શી જિનપિંગનું સ્વાગત થયું.', 'શી જિનપિંગ', false))).toEqual([
			'p-putin (tf): the answer is still named: પુતિને કહ્યું કે શી જિનપિંગનું સ્વાગત થયું.'
		]);
		expect(lintItem(bank, tf('કિમે એરપોર્ટ પર પુટિનનું સ્વાગત કર્યું.', 'પુટિન', false))).toContain(
			'p-putin (tf): "પુટિન" is also right'
		);
	});
});
