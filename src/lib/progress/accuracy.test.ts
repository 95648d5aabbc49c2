import { describe, expect, it } from 'vitest';
import { accuracyByArticle, accuracyByCategory } from './accuracy';
import { answer, lookup } from './fixtures';

const attempts = [
	answer('d1', true, '2025-03-18T10:00'),
	answer('d1', false, '2025-03-19T10:00'),
	answer('d2', true, '2025-03-19T10:05'),
	answer('p1', false, '2025-03-19T10:10'),
	answer('s1', true, '2025-03-20T09:00'),
	answer('gone', false, '2025-03-20T09:05')
];

describe('accuracyByCategory', () => {
	it('counts answers and right answers per category, in category order', () => {
		expect(accuracyByCategory(attempts, lookup)).toEqual([
			{ key: 'date', answers: 3, right: 2, accuracy: 2 / 3 },
			{ key: 'person', answers: 1, right: 0, accuracy: 0 },
			{ key: 'place', answers: 1, right: 1, accuracy: 1 }
		]);
	});

	it('has no rows without answers', () => {
		expect(accuracyByCategory([], lookup)).toEqual([]);
	});
});

describe('accuracyByArticle', () => {
	it('counts per article, naming the set of its questions, and skips questions no longer in the bank', () => {
		expect(accuracyByArticle(attempts, lookup)).toEqual([
			{ key: 'budget.txt', answers: 3, right: 1, accuracy: 1 / 3, setId: 'mar' },
			{ key: 'games.txt', answers: 2, right: 2, accuracy: 1, setId: 'mar' }
		]);
	});
});
