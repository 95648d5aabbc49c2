import { describe, expect, it, test } from 'vitest';
import { question } from '$lib/quiz/fixtures';
import type { TrueFalseItem } from '$lib/quiz/types';
import { toAsciiDigits, toGujaratiDigits } from '$lib/text/normalize';
import { en } from '$lib/i18n/en';
import { gu } from '$lib/i18n/gu';
import { shownAnswer, shownDigits, shownGiven, shownRight, shownStatement, writtenNumber } from './shown';

const gujarati = toGujaratiDigits;
const ascii = toAsciiDigits;

const war = question({ id: 'd-range', category: 'date', answer: '૧૯૫૦-૫૩', quote: '૧૯૫૦-૫૩ના કોરિયન યુદ્ધ પછી સરહદ બની.' });
const tf = (over: Partial<TrueFalseItem>): TrueFalseItem => ({
	mode: 'tf',
	question: war,
	statement: war.quote,
	claim: war.answer,
	truth: true,
	fromQuote: true,
	...over
});

describe('shownDigits', () => {
	test('puts every digit in the chosen style, whichever the set was written in', () => {
		expect(shownDigits('૧૯૫૦-૫૩', ascii)).toBe('1950-53');
		expect(shownDigits('એપ્રિલ 2019', gujarati)).toBe('એપ્રિલ ૨૦૧૯');
	});

	test('a Latin name keeps Latin digits: Tu-160, not Tu-૧૬૦', () => {
		expect(shownDigits('Tu-160 બોમ્બર ૬,૫૦૦ કિલોમીટર ઊડ્યું', gujarati)).toBe('Tu-160 બોમ્બર ૬,૫૦૦ કિલોમીટર ઊડ્યું');
		expect(shownDigits('G20 અને Tu-૯૫', ascii)).toBe('G20 અને Tu-95');
	});
});

describe('shownStatement', () => {
	test('the article sentence unchanged is shown as written', () => {
		expect(shownStatement(tf({}), ascii)).toBe('૧૯૫૦-૫૩ના કોરિયન યુદ્ધ પછી સરહદ બની.');
	});

	// the true sentence showed the article’s digits and the false one the chosen digits, which gave it away
	test('a false statement shows its swapped-in claim in the digits of the sentence, whatever the chosen digits', () => {
		const item = tf({ statement: '૧૯૩૯-૪૫ના કોરિયન યુદ્ધ પછી સરહદ બની.', claim: '૧૯૩૯-૪૫', truth: false });
		expect(shownStatement(item, ascii)).toBe('૧૯૩૯-૪૫ના કોરિયન યુદ્ધ પછી સરહદ બની.');
		expect(shownStatement(item, gujarati)).toBe('૧૯૩૯-૪૫ના કોરિયન યુદ્ધ પછી સરહદ બની.');
		// dealt before the claim took the sentence’s digits
		expect(shownStatement({ ...item, statement: '1939-45ના કોરિયન યુદ્ધ પછી સરહદ બની.', claim: '1939-45' }, ascii)).toBe(
			'૧૯૩૯-૪૫ના કોરિયન યુદ્ધ પછી સરહદ બની.'
		);
	});

	test('a statement written for the set, not a quote, is shown wholly in the chosen digits', () => {
		const item = tf({ statement: '૨૦૨૨માં રશિયાએ હુમલો કર્યો.', fromQuote: false });
		expect(shownStatement(item, ascii)).toBe('2022માં રશિયાએ હુમલો કર્યો.');
	});
});

describe('shownGiven', () => {
	const words = { statementTrue: 'True', statementFalse: 'False' };

	const choice = { mode: 'choice' as const, question: war, options: [war.answer, '૨૦૧૧'], correct: 0 };

	test('a true/false answer is given in words', () => {
		expect(shownGiven(tf({}), 'true', words, ascii)).toBe('True');
		expect(shownGiven(tf({}), 'false', words, ascii)).toBe('False');
	});

	test('an option or a typed answer is shown in the chosen digits', () => {
		expect(shownGiven(choice, '૨૦૧૧', words, ascii)).toBe('2011');
		expect(shownGiven({ mode: 'typed', question: war }, '2011', words, gujarati)).toBe('૨૦૧૧');
	});

	// regression: the English results said "Your answer: ખોટું" for a teacher's true/false statement
	test('the word chosen for a statement written as true/false is given in the interface’s words', () => {
		const options = ['સાચું', 'ખોટું'];
		expect(shownGiven({ mode: 'choice', question: capital, options, correct: 1 }, 'સાચું', en, ascii)).toBe('True');
		expect(shownGiven({ mode: 'choice', question: capital, options, correct: 1 }, 'સાચું', gu, ascii)).toBe('સાચું');
	});
});

/** A teacher's statement written as false (Moodle's {F}): answer ખોટું, its one option સાચું. */
const capital = question({
	id: 'tf-capital',
	category: 'place',
	prompt: 'સુરત ગુજરાતની રાજધાની છે.',
	answer: 'ખોટું',
	distractors: ['સાચું'],
	quote: ''
});

// regression: an English screen showed the choice of a true/false statement as «સાચું» and «ખોટું»
describe('shownAnswer', () => {
	test('a statement written as true/false: its words in the interface’s language', () => {
		expect(shownAnswer(capital, 'ખોટું', en, ascii)).toBe('False');
		expect(shownAnswer(capital, 'સાચું', en, ascii)).toBe('True');
		expect(shownAnswer(capital, 'ખોટું', gu, gujarati)).toBe('ખોટું');
	});

	test('any other answer as written, in the chosen digits, even the word ખોટું', () => {
		expect(shownAnswer(war, war.answer, en, ascii)).toBe('1950-53');
		const word = question({ id: 'p-word', category: 'person', answer: 'ખોટું', distractors: ['ખરું', 'નવું'], quote: '' });
		expect(shownAnswer(word, 'ખોટું', en, ascii)).toBe('ખોટું');
	});
});

// a wrongly judged statement showed "The answer: રશિયા", which did not say whether it was true
describe('shownRight', () => {
	const russia = question({ id: 'n-russia', category: 'place', kind: 'country', answer: 'રશિયા', quote: 'કિમ રશિયા ગયા.' });
	const judged = (truth: boolean): TrueFalseItem => ({
		mode: 'tf',
		question: russia,
		statement: truth ? 'કિમ રશિયા ગયા.' : 'કિમ ચીન ગયા.',
		claim: truth ? 'રશિયા' : 'ચીન',
		truth,
		fromQuote: true
	});

	test('a true statement wrongly judged: the statement was true', () => {
		expect(shownRight(judged(true), en, ascii)).toBe('The statement was true');
		expect(shownRight(judged(true), gu, ascii)).toBe('વિધાન સાચું હતું');
	});

	test('a false statement wrongly judged: the statement was false, and the answer', () => {
		expect(shownRight(judged(false), en, ascii)).toBe('The statement was false: the answer is રશિયા');
		expect(shownRight(judged(false), gu, ascii)).toBe('વિધાન ખોટું હતું: સાચો જવાબ રશિયા છે');
	});

	// regression: "The statement was false: the answer is ખોટું" for a teacher's statement written as false
	test('a statement written as false, wrongly judged: the statement was false, nothing more', () => {
		const item = tf({ question: capital, statement: capital.prompt, claim: 'ખોટું', truth: false, fromQuote: false });
		expect(shownRight(item, en, ascii)).toBe('The statement was false');
		expect(shownRight(item, gu, ascii)).toBe('વિધાન ખોટું હતું');
	});

	test('a true/false statement asked as a choice: the answer in the interface’s words', () => {
		const item = { mode: 'choice' as const, question: capital, options: ['સાચું', 'ખોટું'], correct: 1 };
		expect(shownRight(item, en, ascii)).toBe('The answer: False');
	});

	test('a choice or typed item: the answer, in the chosen digits', () => {
		expect(shownRight({ mode: 'typed', question: war }, en, ascii)).toBe('The answer: 1950-53');
		expect(shownRight({ mode: 'typed', question: war }, gu, gujarati)).toBe('સાચો જવાબ: ૧૯૫૦-૫૩');
	});
});

describe('writtenNumber', () => {
	it.each([
		[1, '1'],
		[2022, '2022'],
		[-12, '-12'],
		[0.3 - 0.1, '0.2'],
		[3.14159 + 0.0005, '3.14209'],
		[12_500, '12,500'],
		[1_400_000_000, '1,40,00,00,000']
	])('writes %d as %s', (n, written) => {
		expect(writtenNumber(n)).toBe(written);
	});
});
