/**
 * GIFT numerical questions as Moodle's documentation (docs.moodle.org, "GIFT format") writes
 * them: `{#answer:tolerance}`, `{#min..max}`, several `=` answers with `%weights%`, and `~` for
 * the feedback to any other number.
 */
import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { only, read } from './gift-testing';
import { readNumber } from './gift-text';

/** Answer, accept forms and range of a one-question file with no problems. */
const numberOf = (text: string) => {
	const d = only(text);
	return [d.answer, d.accept, d.numeric];
};
const problemsOf = (text: string) => read(text).problems.map((p) => `${p.line}: ${problemSummary(p)}`);

describe('readNumber', () => {
	it('reads a number, a number with a tolerance, and a range', () => {
		expect(readNumber('1822')).toEqual({ text: '1822', min: 1822, max: 1822 });
		expect(readNumber('3:2')).toEqual({ text: '3', min: 1, max: 5 });
		expect(readNumber('1..5')).toEqual({ text: '1–5', min: 1, max: 5 });
	});

	it('reads Gujarati digits, spaces, signs and decimals as Moodle does, without binary noise', () => {
		expect(readNumber('૧૯૬૦ : ૨')).toEqual({ text: '1960', min: 1958, max: 1962 });
		expect(readNumber('૧..૫')).toEqual({ text: '1–5', min: 1, max: 5 });
		expect(readNumber('0.3:0.1')).toEqual({ text: '0.3', min: 0.2, max: 0.4 });
		expect(readNumber('+4')).toEqual({ text: '4', min: 4, max: 4 });
		expect(readNumber('-.5')).toEqual({ text: '-0.5', min: -0.5, max: -0.5 });
		expect(readNumber('1e3:10')).toEqual({ text: '1e3', min: 990, max: 1010 });
	});

	it('takes a range written high to low as the numbers between, and a negative tolerance as its size', () => {
		expect(readNumber('5..1')).toEqual({ text: '1–5', min: 1, max: 5 });
		expect(readNumber('3:-2')).toEqual({ text: '3', min: 1, max: 5 });
		expect(readNumber('4..4')).toEqual({ text: '4', min: 4, max: 4 });
	});

	it('refuses what is not a number', () => {
		for (const text of ['twelve', '12a', '1822:', '1:2:3', '..5', '1..x', '', '૧૮૨૨ ઈ.સ.']) expect(readNumber(text)).toBeUndefined();
	});
});

describe('parseGift: numerical questions', () => {
	it('{#3:2} is 3, and any number from 1 to 5 is right', () => {
		expect(numberOf('What is a number from 1 to 5? {#3:2}')).toEqual(['3', [], { min: 1, max: 5 }]);
	});

	it('{#1..5} is any number from 1 to 5, read as "1–5", never a made-up middle number', () => {
		expect(numberOf('What is a number from 1 to 5? {#1..5}')).toEqual(['1–5', [], { min: 1, max: 5 }]);
		expect(numberOf('ભારત ક્યારે સ્વતંત્ર થયું? {#1946..1949}')).toEqual(['1946–1949', [], { min: 1946, max: 1949 }]);
	});

	it('{#1822} is exactly 1822, and Gujarati digits are read as numbers', () => {
		expect(numberOf('When was Ulysses S. Grant born? {#1822}')).toEqual(['1822', [], { min: 1822, max: 1822 }]);
		expect(numberOf('ગુજરાત ક્યારે બન્યું? {#૧૯૬૦:૦}')).toEqual(['1960', [], { min: 1960, max: 1960 }]);
		expect(numberOf('ગુજરાત ક્યારે બન્યું? {#૧૯૫૯..૧૯૬૧}')).toEqual(['1959–1961', [], { min: 1959, max: 1961 }]);
	});

	it('marks the question as numerical, and a year as a date', () => {
		const d = only('When was Ulysses S. Grant born? {#1822:5}');
		expect([d.origin, d.category, d.categorySource]).toEqual(['numerical', 'date', 'proposed']);
	});

	it('keeps the full-mark answers of several, and names the part-mark ones as left out', () => {
		const { drafts, problems } = read('When was Grant born? {#\n=1822:0 #Correct!\n=%50%1822:2 #Half credit for being close.\n}');
		expect([drafts[0]!.answer, drafts[0]!.numeric, drafts[0]!.feedback]).toEqual([
			'1822',
			{ min: 1822, max: 1822 },
			[{ option: '1822', text: 'Correct!' }]
		]);
		expect(problems.map((p) => `${p.line}: ${problemSummary(p)}`)).toEqual(['1: -: answer: gift-part-marks (note)']);
	});

	it('takes a second full-mark number as an accept form, with its own feedback', () => {
		const d = only('Q {#=1822:0#Born then. =%100%1823#Registered then.}');
		expect([d.answer, d.accept, d.numeric]).toEqual(['1822', ['1823'], { min: 1822, max: 1822 }]);
		expect(d.feedback).toEqual([
			{ option: '1822', text: 'Born then.' },
			{ option: '1823', text: 'Registered then.' }
		]);
	});

	it('keeps the first of two full-mark ranges and names the second as left out, never their hull', () => {
		const { drafts, problems } = read('Q {#=1..3 =%100%10:1}');
		expect([drafts[0]!.answer, drafts[0]!.accept, drafts[0]!.numeric]).toEqual(['1–3', [], { min: 1, max: 3 }]);
		expect(problems.map(problemSummary)).toEqual(['-: answer: left-out what=other-range text=9–11 (note)']);
	});

	it('names the feedback for any other number (~) as left out, as Moodle writes it and as teachers do', () => {
		expect(problemsOf('::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}')).toEqual([
			'1: Q5: feedback: left-out what=other-number-feedback text=Completely wrong (note)'
		]);
		expect(problemsOf('Q {#\n\t=%100%3:2#\n\t~#[html]<b>No</b>\n}')).toEqual([
			'1: -: feedback: left-out what=other-number-feedback text=No (note)'
		]);
		expect(problemsOf('Q {#3:2 =%0%*#Anything else is wrong}')).toEqual([
			'1: -: feedback: left-out what=other-number-feedback text=Anything else is wrong (note)'
		]);
		expect(problemsOf('Q {#3:2 ~}')).toEqual([]);
	});

	it('refuses an answer that is not a number, or no full-mark answer', () => {
		expect(problemsOf('Q {#twelve}')).toEqual(['1: -: answer: gift-not-a-number text=twelve']);
		expect(problemsOf('Q {#1..x}')).toEqual(['1: -: answer: gift-not-a-number text=1..x']);
		expect(problemsOf('Q {#=%50%3:1}')).toEqual(['1: -: answer: gift-no-full-marks']);
		expect(problemsOf('Q {#}')).toEqual(['1: -: answer: gift-no-number']);
	});
});
