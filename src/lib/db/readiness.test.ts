/**
 * /teach lists every own set with whether it is ready for students: a verdict of the checks of now
 * is trusted, as the study pages trust it, ready or with its count of errors; any other set is
 * checked and its verdict written back. Listing sets with such verdicts loads none of the checks' code.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { setWithNothingToFix as goodSet, useFreshDatabase } from './testing';
import type { QuestionSet } from '$lib/bank/schema';
import { validateSet } from '$lib/bank/validate';
import { broughtWith } from '$lib/code-testing';
import { CHECKS_VERSION } from '$lib/teach/check';
import { getDb } from './open';
import { readinessOf } from './readiness';
import type { TeacherSetRecord } from './schema';
import { allTeacherSets, getTeacherSet } from './sets';

// every check of a set runs validateSet: counting its calls counts the checks
vi.mock('$lib/bank/validate', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/bank/validate')>();
	return { ...actual, validateSet: vi.fn(actual.validateSet) };
});
const checks = vi.mocked(validateSet);

const record = (set: QuestionSet, verdict?: TeacherSetRecord['verdict']): TeacherSetRecord => ({
	id: set.id,
	set,
	sources: {},
	origin: 'import',
	createdAt: 1,
	updatedAt: 1,
	...(verdict && { verdict })
});

/** A set with one error: an empty answer. */
const brokenSet = (id: string) => goodSet(id, '');

useFreshDatabase();
beforeEach(() => {
	checks.mockClear();
});

describe('the readiness /teach lists', () => {
	test('a set stored as ready by the checks of now is listed ready without checking it', async () => {
		// even a set the checks would refuse: the stored verdict is what the study pages go by too
		const ready = { ready: true, checks: CHECKS_VERSION };
		const stored = [record(goodSet('gk'), ready), record(brokenSet('bad'), ready)];
		expect(await readinessOf(stored)).toEqual([
			{ ready: true, errors: 0 },
			{ ready: true, errors: 0 }
		]);
		expect(checks).not.toHaveBeenCalled();
	});

	// the bug this pins: /teach checked a set that is not ready on every visit, seconds for a large one
	test('a set stored as not ready is listed with the count of errors its verdict holds, without checking it', async () => {
		const stored = [
			record(goodSet('gk'), { ready: true, checks: CHECKS_VERSION }),
			// the count is the verdict's, not the set's: nothing looks at the set
			record(brokenSet('bad'), { ready: false, checks: CHECKS_VERSION, errors: 3 })
		];
		expect(await readinessOf(stored)).toEqual([
			{ ready: true, errors: 0 },
			{ ready: false, errors: 3 }
		]);
		expect(checks).not.toHaveBeenCalled();
	});

	test('a set stored as not ready before verdicts counted errors is checked once, and its count written back', async () => {
		await (await getDb()).put('sets', record(brokenSet('bad'), { ready: false, checks: CHECKS_VERSION }));
		expect(await readinessOf(await allTeacherSets())).toEqual([{ ready: false, errors: 1 }]);
		expect(checks).toHaveBeenCalledTimes(1);
		expect((await getTeacherSet('bad'))?.verdict).toEqual({ ready: false, checks: CHECKS_VERSION, errors: 1 });
		expect(await readinessOf(await allTeacherSets())).toEqual([{ ready: false, errors: 1 }]);
		expect(checks).toHaveBeenCalledTimes(1);
	});

	test('a set without a verdict of the checks of now is checked and its verdict written back', async () => {
		const db = await getDb();
		await db.put('sets', record(goodSet('gk')));
		await db.put('sets', record(brokenSet('bad'), { ready: true, checks: CHECKS_VERSION - 1 }));
		const stored = await allTeacherSets();
		const byId = new Map(stored.map((r, i) => [r.id, i]));
		const readiness = await readinessOf(stored);
		expect(readiness[byId.get('gk')!]).toEqual({ ready: true, errors: 0 });
		expect(readiness[byId.get('bad')!]).toEqual({ ready: false, errors: 1 });
		expect(checks).toHaveBeenCalledTimes(2);
		expect((await getTeacherSet('gk'))?.verdict).toEqual({ ready: true, checks: CHECKS_VERSION });
		expect((await getTeacherSet('bad'))?.verdict).toEqual({ ready: false, checks: CHECKS_VERSION, errors: 1 });
	});

	test('no sets, nothing checked', async () => {
		expect(await readinessOf([])).toEqual([]);
		expect(checks).not.toHaveBeenCalled();
	});

	test('its code brings neither the checks nor the set-writing code', async () => {
		expect(await broughtWith('db/readiness.ts', ['teach/check.ts', 'bank/validate.ts', 'db/sets.ts', 'import/check.ts'])).toEqual([]);
	});
});
