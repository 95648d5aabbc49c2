import { describe, expect, test } from 'vitest';
import type { QuizItem } from './build-quiz';
import { scoreQuiz } from './results';

const item = (id: string, category: 'date' | 'person' | 'place'): QuizItem =>
	({ mode: 'typed', question: { id, category } }) as unknown as QuizItem;

describe('scoreQuiz', () => {
	const items = [item('a', 'date'), item('b', 'date'), item('c', 'place'), item('d', 'place')];

	test('counts the score, per category, and lists the missed in quiz order', () => {
		const results = scoreQuiz(items, [
			{ questionId: 'a', correct: true, given: 'x' },
			{ questionId: 'b', correct: false, given: 'પુતિન' },
			{ questionId: 'c', correct: false, given: 'false' },
			{ questionId: 'd', correct: true, given: 'y' }
		]);
		expect(results.right).toBe(2);
		expect(results.total).toBe(4);
		expect(results.byCategory).toEqual([
			{ category: 'date', right: 1, total: 2 },
			{ category: 'place', right: 1, total: 2 }
		]);
		expect(results.missed.map((m) => m.item.question.id)).toEqual(['b', 'c']);
	});

	test('each missed question carries the answer the student gave, the first one when there are two', () => {
		const results = scoreQuiz(items, [
			{ questionId: 'b', correct: false, given: 'મોદી' },
			{ questionId: 'b', correct: true, given: 'પુતિન' },
			{ questionId: 'c', correct: false, given: 'false' }
		]);
		expect(results.missed.map((m) => [m.item.question.id, m.given])).toEqual([
			['b', 'મોદી'],
			['c', 'false']
		]);
	});

	test('an unanswered question is neither right nor missed', () => {
		const results = scoreQuiz(items, [{ questionId: 'a', correct: true, given: 'x' }]);
		expect(results.right).toBe(1);
		expect(results.missed).toEqual([]);
		expect(results.byCategory).toEqual([{ category: 'date', right: 1, total: 1 }]);
	});
});
