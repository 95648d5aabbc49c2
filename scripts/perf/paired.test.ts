import { describe, expect, it, vi } from 'vitest';
import { inTurn, summarisePairs } from './paired';

describe('summarisePairs', () => {
	it('gives each side’s median and the median change within pairs, not between the medians', () => {
		// the machine's load moves both sides of a pair: b is 100 lower in every pair
		const a = [1000, 2000, 1500, 3000];
		const b = [900, 1900, 1400, 2900];
		expect(summarisePairs({ a, b })).toEqual({ medianA: 1750, medianB: 1650, medianChange: -100, bLower: 4, pairs: 4 });
	});

	it('counts the pairs where b was lower, a tie not among them', () => {
		expect(summarisePairs({ a: [10, 10, 10], b: [9, 10, 12] })).toMatchObject({ medianChange: 0, bLower: 1, pairs: 3 });
	});

	it('refuses lists of different lengths', () => {
		expect(() => summarisePairs({ a: [1, 2], b: [1] })).toThrow(/pairs/);
	});
});

describe('inTurn', () => {
	it('visits the sides in turn, the first one first in every other run', async () => {
		const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const order: string[] = [];
		let dots = 0;
		try {
			await inTurn(['a', 'b'], 3, async (side) => void order.push(side));
			dots = write.mock.calls.length;
		} finally {
			write.mockRestore();
		}
		expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
		expect(dots).toBe(3);
	});
});
