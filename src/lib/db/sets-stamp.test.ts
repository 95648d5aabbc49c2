import { describe, expect, test } from 'vitest';
import { setsStamp } from './sets-stamp';

const a = { id: 'a', updatedAt: 1, verdict: { ready: true, checks: 3 } };
const b = { id: 'b', updatedAt: 2 };

describe('setsStamp', () => {
	test('is the same for the same sets in any order', () => {
		expect(setsStamp([a, b])).toBe(setsStamp([b, a]));
	});

	test('differs when a set is added, removed, changed or judged anew', () => {
		const stamp = setsStamp([a, b]);
		const others = [
			[a],
			[a, b, { id: 'c', updatedAt: 3 }],
			[{ ...a, updatedAt: 4 }, b],
			[{ ...a, verdict: { ready: false, checks: 3 } }, b],
			[{ ...a, verdict: { ready: true, checks: 4 } }, b],
			[a, { ...b, verdict: { ready: true, checks: 3 } }],
			[{ ...a, id: 'c' }, b]
		];
		for (const sets of others) expect(setsStamp(sets)).not.toBe(stamp);
	});
});
