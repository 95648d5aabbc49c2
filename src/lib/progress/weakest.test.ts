import { describe, expect, it } from 'vitest';
import { answer } from './fixtures';
import { weakestQuestions } from './weakest';

const attempts = [
	// d1: wrong 2 of 3.
	answer('d1', false, '2025-03-18T10:00'),
	answer('d1', true, '2025-03-19T10:00'),
	answer('d1', false, '2025-03-19T11:00'),
	// d2: wrong 1 of 2, last answered on the 20th.
	answer('d2', false, '2025-03-20T09:00'),
	answer('d2', true, '2025-03-19T09:00'),
	// p1: wrong 1 of 2, last answered on the 18th.
	answer('p1', true, '2025-03-17T09:00'),
	answer('p1', false, '2025-03-18T09:00'),
	// s1: wrong once, but only one answer.
	answer('s1', false, '2025-03-20T09:30'),
	// x1: always right.
	answer('x1', true, '2025-03-19T09:00'),
	answer('x1', true, '2025-03-20T09:00')
];

describe('weakestQuestions', () => {
	it('puts the largest share wrong first, then the most recent', () => {
		expect(weakestQuestions(attempts, 10).map((q) => q.questionId)).toEqual(['d1', 'd2', 'p1']);
	});

	it('reports each question record', () => {
		expect(weakestQuestions(attempts, 1)).toEqual([
			{ questionId: 'd1', answers: 3, wrong: 2, wrongShare: 2 / 3, lastAt: Date.parse('2025-03-19T11:00:00+05:30') }
		]);
	});

	it('needs two answers before calling a question weak, or as many as asked', () => {
		expect(weakestQuestions(attempts, 10, 1).map((q) => q.questionId)).toEqual(['s1', 'd1', 'd2', 'p1']);
		expect(weakestQuestions(attempts, 10, 3).map((q) => q.questionId)).toEqual(['d1']);
	});

	it('keeps to the limit', () => {
		expect(weakestQuestions(attempts, 2)).toHaveLength(2);
		expect(weakestQuestions(attempts, 0)).toEqual([]);
	});
});
