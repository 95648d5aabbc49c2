import { describe, expect, it } from 'vitest';
import { toGujaratiDigits } from '../text/normalize';
import { enTeach } from './teach-en';
import { guTeach } from './teach-gu';

const guNum = (n: number) => toGujaratiDigits(String(n));

// a set of one question read "the same 1 of the set’s 1 questions, in the same order"
describe('the assignment form’s count of questions dealt', () => {
	it('in English', () => {
		const say = (n: number, of: number) => enTeach.assignQuestionsOf(String(n), String(of), n, of);
		expect(say(1, 1)).toBe('Every student gets the set’s only question.');
		expect(say(1, 5)).toBe('Every student gets the same 1 of the set’s 5 questions.');
		expect(say(5, 12)).toBe('Every student gets the same 5 of the set’s 12 questions, in the same order.');
	});

	it('in Gujarati', () => {
		const say = (n: number, of: number) => guTeach.assignQuestionsOf(guNum(n), guNum(of), n, of);
		expect(say(1, 1)).toBe('દરેક વિદ્યાર્થીને સેટનો એકમાત્ર પ્રશ્ન.');
		expect(say(1, 5)).toBe('દરેક વિદ્યાર્થીને સેટના ૫માંથી એ જ ૧ પ્રશ્ન.');
		expect(say(5, 12)).toBe('દરેક વિદ્યાર્થીને સેટના ૧૨માંથી એ જ ૫ પ્રશ્નો, એ જ ક્રમમાં.');
	});
});
