/**
 * The checks' verdict stored with each own set, so study pages do not check every set on every
 * load: every write stores it, the study pages trust it, a set stored without one is
 * checked once, a changed set is checked again, and a backup cannot bring a broken set in as ready.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { setWithNothingToFix as goodSet, useFreshDatabase } from './testing';
import { builtinSets } from '$lib/bank/builtin';
import type { QuestionSet } from '$lib/bank/schema';
import { validateSet } from '$lib/bank/validate';
import { DEFAULT_PREFERENCES } from '$lib/settings/preferences';
import { CHECKS_VERSION, checkRecord } from '$lib/teach/check';
import { exportBackup, restoreBackup } from './backup';
import { readBackup } from './backup-read';
import { getDb } from './open';
import { readyTeacherSets } from './ready-sets';
import { ownSetsStamp, readySummariesAndStamp } from './sets-read';
import { summaryOf } from './set-summaries';
import type { TeacherSetRecord } from './schema';
import { saveSetWhileLeaving } from './set-leaving';
import {
	addDraftedSet,
	addImportedSet,
	addSharedSet,
	allTeacherSets,
	copyBuiltinSet,
	createSet,
	deleteTeacherSet,
	getTeacherSet,
	replaceImportedSet,
	saveTeacherSet,
	storeVerdict
} from './sets';

// every check of a set, wherever it is made, runs validateSet: counting its calls counts the checks
vi.mock('$lib/bank/validate', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/bank/validate')>();
	return { ...actual, validateSet: vi.fn(actual.validateSet) };
});
const checks = vi.mocked(validateSet);

/** The record an older Kasoti stored: no verdict. */
const oldRecord = (set: QuestionSet, updatedAt = Date.now()): TeacherSetRecord => ({
	id: set.id,
	set,
	sources: {},
	origin: 'import',
	createdAt: updatedAt,
	updatedAt
});

const readyIds = async () => (await readyTeacherSets()).sets.map((set) => set.id);

useFreshDatabase();
// braces: a function returned from beforeEach would be called as its cleanup
beforeEach(() => {
	checks.mockClear();
});

describe('every write stores the verdict', () => {
	test('made, imported, drafted, shared, copied, replaced and saved sets each carry the checks’ verdict', async () => {
		const blank = await createSet();
		const imported = await addImportedSet(goodSet('gk'));
		await addDraftedSet(goodSet('draft'), 'લેખ');
		await addSharedSet({ set: goodSet('shared'), sources: {} });
		await copyBuiltinSet(builtinSets[0]!, new Map(), { title: 'નકલ', title_en: 'Copy' });
		await replaceImportedSet(imported.id, goodSet('gk', ''));
		await saveTeacherSet({ ...oldRecord(goodSet('saved')), origin: 'new' });
		await saveSetWhileLeaving({ ...oldRecord(goodSet('left')), origin: 'new' });
		const stored = await allTeacherSets();
		expect(stored).toHaveLength(7);
		for (const record of stored) {
			const { errors } = checkRecord(record);
			const verdict = errors === 0 ? { ready: true, checks: CHECKS_VERSION } : { ready: false, checks: CHECKS_VERSION, errors };
			expect([record.id, record.verdict]).toEqual([record.id, verdict]);
		}
		const verdicts = Object.fromEntries(stored.map((r) => [r.id, r.verdict?.ready]));
		expect([verdicts[blank.id], verdicts.gk, verdicts.draft, verdicts.saved, verdicts.left]).toEqual([false, false, true, true, true]);
	});

	test('a save given the editor’s report stores its verdict without checking the set again', async () => {
		const record = { ...oldRecord(goodSet('gk')), origin: 'new' as const };
		const report = checkRecord(record);
		await saveTeacherSet(record, report);
		await saveSetWhileLeaving(record, report);
		expect(checks).toHaveBeenCalledTimes(1);
		expect((await getTeacherSet('gk'))?.verdict).toEqual({ ready: true, checks: CHECKS_VERSION });
	});
});

describe('the study pages trust a stored verdict', () => {
	// the bug this pins: every page load checked every own set again, seconds for a large one
	test('reading the sets checks none that has a verdict', async () => {
		await addImportedSet(goodSet('gk'));
		await createSet();
		checks.mockClear();
		expect(await readyIds()).toEqual(['gk']);
		expect(await readyIds()).toEqual(['gk']);
		expect(checks).not.toHaveBeenCalled();
	});

	// the quiz screen lists the sets from them while every question is read
	test('their summaries list the ready sets in the order the sets are read, with the stamp of them all', async () => {
		await addImportedSet(goodSet('gk'));
		await createSet();
		await addDraftedSet(goodSet('draft'), 'લેખ');
		await addSharedSet({ set: goodSet('shared'), sources: {} });
		// a summary without a verdict of the checks of now waits for its set to be read and checked
		await (await getDb()).put('summaries', summaryOf(oldRecord(goodSet('old'))));
		const { ready, stamp } = await readySummariesAndStamp();
		const listed = ready.map((summary) => summary.id);
		expect(listed).toHaveLength(3);
		// the stamp is of every own set's summary, ready or not
		expect(stamp).toBe(await ownSetsStamp());
		expect(listed).toEqual((await readyTeacherSets()).sets.map((set) => set.id));
	});

	test('a stored "not ready" is believed, not checked again', async () => {
		await (await getDb()).put('sets', { ...oldRecord(goodSet('gk')), verdict: { ready: false, checks: CHECKS_VERSION } });
		expect(await readyIds()).toEqual([]);
		expect(checks).not.toHaveBeenCalled();
	});

	test('a set stored without a verdict is checked once, and the verdict is written back', async () => {
		await (await getDb()).put('sets', oldRecord(goodSet('gk')));
		await (await getDb()).put('sets', oldRecord(goodSet('bad', '')));
		expect(await readyIds()).toEqual(['gk']);
		expect(checks).toHaveBeenCalledTimes(2);
		expect((await getTeacherSet('gk'))?.verdict).toEqual({ ready: true, checks: CHECKS_VERSION });
		expect((await getTeacherSet('bad'))?.verdict).toEqual({ ready: false, checks: CHECKS_VERSION, errors: 1 });
		expect(await readyIds()).toEqual(['gk']);
		expect(checks).toHaveBeenCalledTimes(2);
	});

	test('a verdict of older checks is made again', async () => {
		await (await getDb()).put('sets', { ...oldRecord(goodSet('gk')), verdict: { ready: false, checks: CHECKS_VERSION - 1 } });
		expect(await readyIds()).toEqual(['gk']);
		expect(checks).toHaveBeenCalledTimes(1);
		expect((await getTeacherSet('gk'))?.verdict).toEqual({ ready: true, checks: CHECKS_VERSION });
	});

	test('a changed set is checked again when saved, and the pages follow the new verdict', async () => {
		const record = await addImportedSet(goodSet('gk'));
		expect(await readyIds()).toEqual(['gk']);
		await saveTeacherSet({ ...record, set: goodSet('gk', ''), updatedAt: record.updatedAt + 1 });
		expect(await readyIds()).toEqual([]);
		await saveTeacherSet({ ...record, updatedAt: record.updatedAt + 2 });
		expect(await readyIds()).toEqual(['gk']);
	});

	test('a verdict made on a set read before it changed is not written over the change', async () => {
		await (await getDb()).put('sets', oldRecord(goodSet('gk'), 1_800_000_000_000));
		const read = (await getTeacherSet('gk'))!;
		await saveTeacherSet({ ...read, set: goodSet('gk', ''), updatedAt: read.updatedAt + 1 });
		await storeVerdict(read, { ready: true, checks: CHECKS_VERSION });
		expect((await getTeacherSet('gk'))?.verdict).toEqual({ ready: false, checks: CHECKS_VERSION, errors: 1 });
		expect(await readyIds()).toEqual([]);
	});
});

describe('a restore makes its own verdicts', () => {
	test('a backup holds no verdict, and one that claims a broken set is ready restores it as not ready', async () => {
		await addImportedSet(goodSet('bad', ''));
		await addImportedSet(goodSet('gk'));
		const file = JSON.parse(JSON.stringify(await exportBackup(new Date(), DEFAULT_PREFERENCES)));
		expect(file.stores.sets.map((r: object) => 'verdict' in r)).toEqual([false, false]);
		for (const record of file.stores.sets) record.verdict = { ready: true, checks: CHECKS_VERSION };
		const read = readBackup(JSON.stringify(file), new Date());
		if (!read.ok) throw new Error(read.error.message);
		await restoreBackup(read.backup);
		checks.mockClear();
		expect(await readyIds()).toEqual(['gk']);
		expect(checks).not.toHaveBeenCalled();
		expect((await getTeacherSet('bad'))?.verdict).toEqual({ ready: false, checks: CHECKS_VERSION, errors: 1 });
	});
});

describe('the own sets’ stamp', () => {
	// /cards trusts questions kept for its first card only while the summaries' stamp is the one the library read
	test('read from the summaries, it is the stamp of the sets the library reads, and changes with every write', async () => {
		const seen: string[] = [];
		const both = async () => {
			const stamp = await ownSetsStamp();
			expect((await readyTeacherSets()).stamp).toBe(stamp);
			expect(seen).not.toContain(stamp);
			seen.push(stamp);
		};
		await both();
		const imported = await addImportedSet(goodSet('gk'));
		await both();
		await saveTeacherSet({ ...imported, set: goodSet('gk', 'અમદાવાદ'), updatedAt: imported.updatedAt + 1 });
		await both();
		await addSharedSet({ set: goodSet('shared'), sources: {} });
		await both();
		await deleteTeacherSet(imported.id);
		await both();
	});

	test('a verdict written back to a set stored without one changes it', async () => {
		const db = await getDb();
		await db.put('sets', oldRecord(goodSet('old')));
		await db.put('summaries', { id: 'old', updatedAt: (await getTeacherSet('old'))!.updatedAt, title: 't', title_en: 't', total: 1 });
		const before = await ownSetsStamp();
		await readyIds();
		expect(await ownSetsStamp()).not.toBe(before);
	});
});
