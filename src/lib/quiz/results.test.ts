import { describe, expect, test } from 'vitest';
import type { QuizItem } from './build-quiz';
import { scoreQuiz } from './results';

const item = (id: string, category: 'date' | 'person' | 'place'): QuizItem =>
	({ mode: 'typed', question: { id, category } }) as unknown as QuizItem;

describe('scoreQuiz', () => {
	const items = [item('a', 'date'), item('b', 'date'), item('c', 'place'), item('d', 'place')];

	test('counts the score, per category, and lists the missed in quiz order', () => {
		const results = scoreQuiz(items, [
			{ questionId: 'a', correct: true },
			{ questionId: 'b', correct: false },
			{ questionId: 'c', correct: false },
			{ questionId: 'd', correct: true }
		]);
		expect(results.right).toBe(2);
		expect(results.total).toBe(4);
		expect(results.byCategory).toEqual([
			{ category: 'date', right: 1, total: 2 },
			{ category: 'place', right: 1, total: 2 }
		]);
		expect(results.missed.map((i) => i.question.id)).toEqual(['b', 'c']);
	});

	test('an unanswered question is neither right nor missed', () => {
		const results = scoreQuiz(items, [{ questionId: 'a', correct: true }]);
		expect(results.right).toBe(1);
		expect(results.missed).toEqual([]);
		expect(results.byCategory).toEqual([{ category: 'date', right: 1, total: 1 }]);
	});
});
