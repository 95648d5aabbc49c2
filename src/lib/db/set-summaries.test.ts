import { afterEach, describe, expect, test, vi } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import { DEFAULT_PREFERENCES } from '$lib/settings/preferences';
import { memoryStorage } from '$lib/state/storage-testing';
import { withVerdict } from '$lib/teach/check';
import { exportBackup, restoreBackup } from './backup';
import { readBackup } from './backup-read';
import { homeStatus } from './home';
import { getDb } from './open';
import { saveSetWhileLeaving } from './set-leaving';
import { summaryOf } from './set-summaries';
import {
	addImportedSet,
	createSet,
	deleteTeacherSet,
	getTeacherSet,
	replaceImportedSet,
	restoreUnsavedSets,
	saveTeacherSet,
	storeVerdict
} from './sets';
import { useFreshDatabase } from './testing';
import { keepUnsaved } from './unsaved-sets';

const now = new Date('2026-11-24T09:00:00Z');

const set = (id: string, n: number, title = 'પ્રશ્નો'): QuestionSet => ({
	id,
	title,
	title_en: 'Questions',
	lang: 'gu',
	articles: [],
	questions: Array.from({ length: n }, (_, i) => ({
		id: `${id}-${i + 1}`,
		category: 'place' as const,
		kind: 'city' as const,
		prompt: `${i + 1}: ગુજરાતની રાજધાની કઈ છે?`,
		answer: 'ગાંધીનગર',
		accept: [],
		article: `${id}.txt`,
		quote: 'ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર',
		en: 'Gandhinagar.'
	}))
});

/** The stored summaries beside what the stored sets say they should be. */
async function inStep(): Promise<void> {
	const db = await getDb();
	const [sets, summaries] = await Promise.all([db.getAll('sets'), db.getAll('summaries')]);
	expect(summaries).toEqual(sets.map(summaryOf));
}

useFreshDatabase();
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('a summary beside every own set', () => {
	test('every way a set is made, changed or removed writes its summary with it', async () => {
		const made = await createSet();
		await inStep();
		const imported = await addImportedSet(set('gk', 3));
		await inStep();
		await saveTeacherSet({ ...made, set: { ...made.set, title: 'નવું નામ' }, updatedAt: made.updatedAt + 1 });
		await inStep();
		await replaceImportedSet(imported.id, set('gk', 5, 'બીજી આવૃત્તિ'));
		await inStep();
		await expect((await getDb()).get('summaries', imported.id)).resolves.toMatchObject({ title: 'બીજી આવૃત્તિ', total: 5 });
		const left = (await getTeacherSet(made.id))!;
		await saveSetWhileLeaving({ ...left, set: { ...left.set, title: 'જતાં જતાં' }, updatedAt: left.updatedAt + 1 });
		await inStep();
		// a set stored before verdicts gets one: its summary says so too
		const stored = (await getTeacherSet(imported.id))!;
		const unjudged = { ...stored, verdict: undefined };
		await (await getDb()).put('sets', unjudged);
		await storeVerdict(unjudged, { ready: false, checks: 1 });
		await inStep();
		vi.stubGlobal('localStorage', memoryStorage());
		const kept = (await getTeacherSet(made.id))!;
		keepUnsaved({ ...kept, set: { ...kept.set, title: 'પાછું' }, updatedAt: kept.updatedAt + 1 });
		await restoreUnsavedSets();
		await inStep();
		await expect((await getDb()).get('summaries', made.id)).resolves.toMatchObject({ title: 'પાછું' });
		await deleteTeacherSet(made.id);
		await inStep();
		expect(await (await getDb()).count('summaries')).toBe(1);
	});

	test('a restore replaces the summaries with those of the sets it brings', async () => {
		await addImportedSet(set('gk', 2));
		const file = JSON.stringify(await exportBackup(now, DEFAULT_PREFERENCES));
		await deleteTeacherSet('gk');
		await addImportedSet(set('gs', 4));
		const read = readBackup(file, now);
		if (!read.ok) throw new Error(read.error.message);
		await restoreBackup(read.backup);
		await inStep();
		expect((await (await getDb()).getAll('summaries')).map((s) => [s.id, s.total])).toEqual([['gk', 2]]);
	});

	test('Home lists own sets from their summaries, without reading a set', async () => {
		await addImportedSet(set('gk', 3, 'ભૂગોળ'));
		const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
		const status = await homeStatus(now, { builtinQuestions: 0, newPerDay: 20 });
		expect(status.ownSets).toEqual([{ id: 'gk', title: 'ભૂગોળ', title_en: 'Questions', total: 3 }]);
		expect(status.fresh).toBe(3);
		expect(getAll.mock.contexts.map((store) => (store as IDBObjectStore).name)).not.toContain('sets');
	});

	test('a set stored without its summary is still counted: Home then reads the sets', async () => {
		await addImportedSet(set('gk', 3));
		await (await getDb()).put('sets', withVerdict({ ...(await getTeacherSet('gk'))!, id: 'gs', set: set('gs', 2) }));
		const status = await homeStatus(now, { builtinQuestions: 0, newPerDay: 20 });
		expect(status.ownSets.map((s) => [s.id, s.total]).sort()).toEqual([
			['gk', 3],
			['gs', 2]
		]);
	});
});
