import { describe, expect, it } from 'vitest';
import { createRng, pick, randomSeed, shuffle } from './random';

describe('createRng', () => {
	it('gives the same sequence for the same seed', () => {
		const a = createRng('kasoti');
		const b = createRng('kasoti');
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
	});

	it('gives different sequences for different seeds', () => {
		expect(createRng('abc')()).not.toBe(createRng('abd')());
		expect(createRng(1)()).not.toBe(createRng(2)());
	});

	it('stays in [0, 1) and spreads over the range', () => {
		const rng = createRng(7);
		const buckets = [0, 0, 0, 0];
		for (let i = 0; i < 4000; i++) {
			const x = rng();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
			buckets[Math.floor(x * 4)]! += 1;
		}
		for (const n of buckets) expect(n).toBeGreaterThan(900);
	});
});

describe('shuffle and pick', () => {
	it('shuffles into a permutation and leaves the input alone', () => {
		const input = ['ક', 'ખ', 'ગ', 'ઘ', 'ચ'];
		const out = shuffle(createRng('s'), input);
		expect([...out].sort()).toEqual([...input].sort());
		expect(input).toEqual(['ક', 'ખ', 'ગ', 'ઘ', 'ચ']);
	});

	it('puts each element first about equally often', () => {
		const rng = createRng('uniform');
		const firsts = new Map<string, number>();
		for (let i = 0; i < 3000; i++) {
			const first = shuffle(rng, ['a', 'b', 'c'])[0]!;
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		for (const n of firsts.values()) expect(n).toBeGreaterThan(900);
	});

	it('picks from the list and refuses an empty one', () => {
		expect(['x', 'y']).toContain(pick(createRng(3), ['x', 'y']));
		expect(() => pick(createRng(3), [])).toThrow(RangeError);
	});
});

describe('randomSeed', () => {
	it('makes six easy-to-read characters from the random source', () => {
		expect(randomSeed((b) => b.fill(0))).toBe('aaaaaa');
		expect(randomSeed((b) => b.map((_, i) => i))).toBe('abcdef');
		expect(randomSeed()).toMatch(/^[a-z2-9]{6}$/);
	});
});
