import { describe, expect, it } from 'vitest';
import type { Assignment, ClassResult } from '$lib/class/types';
import { DEFAULT_PREFERENCES } from '$lib/settings/preferences';
import { addResults, allAssignments, deleteAssignment, getAssignment, resultsOf, saveAssignment } from './class';
import { getDb } from './open';
import { useFreshDatabase } from './testing';

const set = { id: 'w', title: 'W', title_en: 'W', lang: 'gu' as const, articles: [], questions: [] };
const assignment = (id: string, createdAt: number): Assignment => ({ id, title: id, mode: 'choice', length: 5, seed: 's', set, createdAt });
const result = (assignmentId: string, quizId: string, receivedAt: number): ClassResult => ({
	id: `${assignmentId}/${quizId}`,
	assignmentId,
	student: quizId,
	quizId,
	startedAt: 1,
	finishedAt: 2,
	answers: [],
	receivedAt
});

describe('assignments and class results', () => {
	useFreshDatabase();

	it('lists assignments newest first with their number of results, each result once', async () => {
		await saveAssignment(assignment('a-old', 1));
		await saveAssignment(assignment('a-new', 2));
		const first = await addResults([result('a-old', 'x', 5), result('a-old', 'y', 6), result('a-old', 'x', 7)]);
		expect(first.added.map((r) => r.quizId)).toEqual(['x', 'y']);
		expect(first.already).toBe(1);
		const again = await addResults([result('a-old', 'y', 8), result('a-new', 'z', 9)]);
		expect([again.added.length, again.already]).toEqual([1, 1]);
		expect((await allAssignments()).map((s) => [s.assignment.id, s.results])).toEqual([
			['a-new', 1],
			['a-old', 2]
		]);
		expect((await resultsOf('a-old')).map((r) => r.receivedAt)).toEqual([5, 6]);
	});

	it('deletes an assignment with its results and nothing else', async () => {
		await saveAssignment(assignment('a-1', 1));
		await saveAssignment(assignment('a-2', 2));
		await addResults([result('a-1', 'x', 1), result('a-2', 'y', 1)]);
		await deleteAssignment('a-1');
		expect(await getAssignment('a-1')).toBeUndefined();
		expect(await (await getDb()).count('results')).toBe(1);
		expect((await resultsOf('a-2')).length).toBe(1);
	});
});

describe('class data in a backup', () => {
	useFreshDatabase();
	const now = new Date(Date.UTC(2026, 11, 3));

	it('comes back from the file written now; a format-3 file leaves it as it is', async () => {
		const { exportBackup, restoreBackup } = await import('./backup');
		const { readBackup } = await import('./backup-read');
		const real = { ...assignment('a-1', Date.UTC(2026, 11, 1)), set: { ...set, questions: [] } };
		await saveAssignment(real);
		const handed = { ...result('a-1', 'x', Date.UTC(2026, 11, 2)), startedAt: Date.UTC(2026, 11, 2), finishedAt: Date.UTC(2026, 11, 2) };
		await addResults([handed]);
		const file = await exportBackup(now, DEFAULT_PREFERENCES);
		expect([file.stores.assignments.length, file.stores.results.length]).toEqual([1, 1]);

		await deleteAssignment('a-1');
		const read = readBackup(JSON.stringify(file), now);
		if (!read.ok) throw new Error(read.error.message);
		await restoreBackup(read.backup);
		expect(await getAssignment('a-1')).toEqual(real);
		expect(await resultsOf('a-1')).toEqual([handed]);

		const { assignments: _a, results: _r, ...older } = file.stores;
		const { preferences: _p, ...head } = file;
		const v3 = readBackup(JSON.stringify({ ...head, version: 3, stores: older }), now);
		if (!v3.ok) throw new Error(v3.error.message);
		await restoreBackup(v3.backup);
		expect((await resultsOf('a-1')).length).toBe(1);
	});

	it('refuses a result whose key is not its assignment and quiz, naming the field', async () => {
		const { exportBackup } = await import('./backup');
		const { readBackup } = await import('./backup-read');
		const file = await exportBackup(now, DEFAULT_PREFERENCES);
		const bad = { ...result('a-1', 'x', Date.UTC(2026, 11, 2)), id: 'a-2/x', startedAt: Date.UTC(2026, 11, 2), finishedAt: Date.UTC(2026, 11, 2) };
		const read = readBackup(JSON.stringify({ ...file, stores: { ...file.stores, results: [bad] } }), now);
		expect(read.ok ? '' : read.error.message).toBe('results[0].id: not the assignment and quiz of the record');
	});

	// an assignment due "2026-13-45" was stored, and shown to students as due 14 February 2027
	it('refuses an assignment due on a day the calendar does not have, naming the field', async () => {
		const { exportBackup } = await import('./backup');
		const { readBackup } = await import('./backup-read');
		const file = await exportBackup(now, DEFAULT_PREFERENCES);
		const bad = { ...assignment('a-1', Date.UTC(2026, 11, 1)), due: '2026-13-45' };
		const read = readBackup(JSON.stringify({ ...file, stores: { ...file.stores, assignments: [bad] } }), now);
		expect(read.ok ? '' : read.error.message).toBe('assignments[0].due: not a day of the calendar');
	});
});
