/**
 * Every study page reads the own sets through ready-sets.ts on each load: its static imports must
 * not bring the checks or the set-writing code, which a set with a stored verdict never needs.
 * A set's page reads one set and shows its numbers: it needs neither those nor the typed-answer checks.
 */
import { describe, expect, it } from 'vitest';
import { staticallyLoaded } from '$lib/code-testing';

describe('the own-set reader of the study pages', () => {
	it('loads neither the checks nor the set-writing code until a set lacks a verdict', async () => {
		const loaded = await staticallyLoaded('db/ready-sets.ts');
		expect(loaded.some((file) => file.endsWith('db/sets-read.ts'))).toBe(true);
		for (const heavy of ['teach/check.ts', 'bank/validate.ts', 'db/sets.ts', 'import/check.ts'])
			expect(loaded.filter((file) => file.endsWith(heavy)), heavy).toEqual([]);
	});
});

describe("a set's page", () => {
	it('reads a set and shows its numbers without the set-writing code or the typed-answer checks', async () => {
		for (const entry of ['db/sets-read.ts', 'quiz/shown.ts']) {
			const loaded = await staticallyLoaded(entry);
			for (const heavy of ['db/sets.ts', 'teach/check.ts', 'quiz/typed.ts', 'quiz/numbers.ts', 'quiz/date-kinds.ts'])
				expect(loaded.filter((file) => file.endsWith(heavy)), `${entry}: ${heavy}`).toEqual([]);
		}
	});
});
