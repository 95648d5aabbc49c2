import { describe, expect, it } from 'vitest';
import { questionValue, sortRows, studentValue } from './sort-rows';
import type { QuestionRow, StudentRow } from './types';

const student = (name: string, right: number, total: number, place?: [number, number]): StudentRow => ({
	student: name,
	right,
	total,
	share: total > 0 ? right / total : 0,
	ms: 1000 * right,
	finishedAt: total,
	byCategory: place ? [{ category: 'place', right: place[0], total: place[1] }] : [],
	retakes: 0
});

describe('sortRows', () => {
	const names = ['મીરા', 'આરવ', 'ઈશા', 'કાવ્યા', 'અમર'];
	const byName = (direction: 'ascending' | 'descending') =>
		sortRows(names, (n) => n, direction);

	it('orders Gujarati names as the alphabet does, either way', () => {
		expect(byName('ascending')).toEqual(['અમર', 'આરવ', 'ઈશા', 'કાવ્યા', 'મીરા']);
		expect(byName('descending')).toEqual(['મીરા', 'કાવ્યા', 'ઈશા', 'આરવ', 'અમર']);
	});

	it('puts Gujarati names before names in English letters, as Gujarati order does', () => {
		expect(sortRows(['Aarav', 'મીરા', 'aarti', 'આરવ'], (n) => n, 'ascending')).toEqual(['આરવ', 'મીરા', 'Aarav', 'aarti']);
	});

	it('reads numbers inside names by value and ignores case', () => {
		expect(sortRows(['roll 10', 'Roll 2', 'roll 1'], (n) => n, 'ascending')).toEqual(['roll 1', 'Roll 2', 'roll 10']);
	});

	it('puts rows without a value last, whichever way', () => {
		const values = [0.5, undefined, 1, 0];
		expect(sortRows(values, (v) => v, 'ascending')).toEqual([0, 0.5, 1, undefined]);
		expect(sortRows(values, (v) => v, 'descending')).toEqual([1, 0.5, 0, undefined]);
	});

	it('keeps equal rows in the order they came', () => {
		const rows = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 0 },
			{ id: 'c', v: 1 }
		];
		expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.id)).toEqual(['a', 'c', 'b']);
	});

	it('does not change the rows it is given', () => {
		const values = [2, 1];
		sortRows(values, (v) => v, 'ascending');
		expect(values).toEqual([2, 1]);
	});
});

describe('column values', () => {
	it('sorts students by share, and a category by the share right in it', () => {
		const rows = [student('A', 1, 4, [1, 1]), student('B', 3, 4, [0, 2]), student('C', 0, 0)];
		expect(sortRows(rows, (r) => studentValue(r, 'share'), 'descending').map((r) => r.student)).toEqual(['B', 'A', 'C']);
		expect(sortRows(rows, (r) => studentValue(r, 'place'), 'ascending').map((r) => r.student)).toEqual(['B', 'A', 'C']);
		expect(studentValue(rows[0]!, 'ms')).toBe(1000);
	});

	it('sorts two students of one name in their order, by name or by score', () => {
		const rows = [{ ...student('મીરા', 0, 4), namesake: 2 }, student('આશા', 2, 4), { ...student('મીરા', 4, 4), namesake: 1 }];
		expect(sortRows(rows, (r) => studentValue(r, 'student'), 'ascending').map((r) => [r.student, r.namesake])).toEqual([
			['આશા', undefined],
			['મીરા', 1],
			['મીરા', 2]
		]);
		expect(sortRows(rows, (r) => studentValue(r, 'student'), 'descending').map((r) => r.namesake)).toEqual([2, 1, undefined]);
	});

	it('sorts questions by wrong answers given, and categories in their usual order', () => {
		const row = (number: number, category: QuestionRow['category'], asked: number, right: number): QuestionRow => ({
			questionId: `q${number}`,
			number,
			prompt: '?',
			answer: '!',
			category,
			asked,
			right,
			facility: asked > 0 ? right / asked : undefined,
			wrong: [],
			discrimination: undefined,
			meanMs: undefined
		});
		const rows = [row(1, 'place', 10, 9), row(2, 'date', 10, 2), row(3, 'person', 0, 0)];
		expect(sortRows(rows, (r) => questionValue(r, 'wrong'), 'descending').map((r) => r.number)).toEqual([2, 1, 3]);
		expect(sortRows(rows, (r) => questionValue(r, 'category'), 'ascending').map((r) => r.number)).toEqual([2, 3, 1]);
		expect(sortRows(rows, (r) => questionValue(r, 'facility'), 'ascending').map((r) => r.number)).toEqual([2, 1, 3]);
	});
});
