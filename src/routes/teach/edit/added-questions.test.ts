import { describe, expect, test } from 'vitest';
import { addedApart, drawnApart, showQuestion } from './added-questions';

/** A long set's ids: q1 … qN. */
const questions = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `q${i + 1}` }));

describe('questions added during a visit, in a long set', () => {
	test('one added past the listed questions is drawn after them, with its place in the set', () => {
		const set = questions(1_000);
		expect(addedApart(set, 50, new Set(['q1000']))).toEqual([{ question: { id: 'q1000' }, index: 999 }]);
		expect(drawnApart(999, 'q1000', 50, new Set(['q1000']))).toBe(true);
	});

	test('one added within the listed questions is drawn in its place', () => {
		expect(addedApart(questions(30), 50, new Set(['q30']))).toEqual([]);
		expect(drawnApart(29, 'q30', 50, new Set(['q30']))).toBe(false);
	});

	test('a question past the list that was there before the visit is not drawn at all', () => {
		expect(addedApart(questions(1_000), 50, new Set(['q3']))).toEqual([]);
		expect(drawnApart(700, 'q701', 50, new Set(['q3']))).toBe(false);
	});

	test('several added, in the order of the set', () => {
		const added = new Set(['q61', 'q62', 'q10']);
		expect(addedApart(questions(62), 50, added).map(({ index }) => index)).toEqual([60, 61]);
	});

	test('showing a question lists the list through it, unless it is drawn apart', () => {
		const through: number[] = [];
		const list = { listed: 50, showThrough: (count: number) => void through.push(count) };
		showQuestion(list, 54, 'q55', new Set(['q55']));
		showQuestion(list, 54, 'q55', new Set());
		showQuestion(list, 9, 'q10', new Set(['q10']));
		expect(through).toEqual([55, 10]);
	});
});
