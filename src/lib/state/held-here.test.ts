import { describe, expect, test, vi } from 'vitest';
import { builtinSets } from '$lib/bank/builtin';
import { getDb } from '$lib/db/open';
import { addSharedSet, getTeacherSet } from '$lib/db/sets';
import { setWithNothingToFix, useFreshDatabase } from '$lib/db/testing';
import { CHECKS_VERSION } from '$lib/teach/verdict';
import { heldHere } from './held-here';

useFreshDatabase();

/** Stores `id`'s record again with this verdict (none: stored by an older Kasoti). */
async function storeVerdict(id: string, verdict?: { ready: boolean }) {
	const record = (await getTeacherSet(id))!;
	const { verdict: _, ...rest } = record;
	await (await getDb()).put('sets', verdict ? { ...rest, verdict: { checks: CHECKS_VERSION, ...verdict } } : rest);
}

describe('heldHere', () => {
	test('is false for a set no set on the phone has the id of', async () => {
		expect(await heldHere(setWithNothingToFix('capitals'))).toBe(false);
	});

	test('answers on a phone that has no database without creating one', async () => {
		expect(await indexedDB.databases()).toEqual([]);
		expect(await heldHere(setWithNothingToFix('capitals'))).toBe(false);
		expect(await indexedDB.databases()).toEqual([]);
	});

	test('reads the stored set where the browser cannot list its databases, or its list fails', async () => {
		const set = setWithNothingToFix('capitals');
		await addSharedSet({ set, sources: {} });
		vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('denied', 'UnknownError'));
		expect(await heldHere(structuredClone(set))).toBe(true);
		// Firefox before 126 has no list at all
		Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
		try {
			expect(await heldHere(structuredClone(set))).toBe(true);
		} finally {
			Reflect.deleteProperty(indexedDB, 'databases');
		}
	});

	test('is true for the very set added from a link before, and false once anything in it differs', async () => {
		const set = setWithNothingToFix('capitals');
		await addSharedSet({ set, sources: {} });
		expect(await heldHere(structuredClone(set))).toBe(true);
		expect(await heldHere({ ...set, title: 'બીજી રાજધાની' })).toBe(false);
		expect(await heldHere(setWithNothingToFix('capitals', 'અમદાવાદ'))).toBe(false);
	});

	test('is false for a stored set students may not be given: adding the link makes a copy they may', async () => {
		const set = setWithNothingToFix('capitals');
		await addSharedSet({ set, sources: {} });
		await storeVerdict('capitals', { ready: false });
		expect(await heldHere(set)).toBe(false);
	});

	test('checks a set stored without a verdict as the question library does', async () => {
		const set = setWithNothingToFix('capitals');
		await addSharedSet({ set, sources: {} });
		await storeVerdict('capitals');
		expect(await heldHere(set)).toBe(true);
	});

	test('is true for a built-in set as it is built in, and false for one changed under its id', async () => {
		const builtin = builtinSets[0]!;
		expect(await heldHere(structuredClone(builtin))).toBe(true);
		expect(await heldHere({ ...builtin, title: 'બદલાયેલો' })).toBe(false);
	});
});
