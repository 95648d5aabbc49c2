import { describe, expect, test, vi } from 'vitest';
import { getDb } from '$lib/db/open';
import type { QuizRecord } from '$lib/db/schema';
import { useFreshDatabase } from '$lib/db/testing';
import { takenHere } from './taken-here';

useFreshDatabase();

/** A quiz of multiple choice, finished at `startedAt` + 1 minute, for an assignment or none. */
const quiz = (id: string, startedAt: number, assignment?: string): QuizRecord => ({
	id,
	seed: 's',
	options: {
		categories: ['place'],
		source: { type: 'set', id: 'capitals' },
		length: 'all',
		mode: 'choice',
		weakSpots: false,
		...(assignment ? { assignment: { id: assignment, title: 'રાજધાની', student: 'આશા' } } : {})
	},
	items: [],
	startedAt,
	finishedAt: startedAt + 60_000,
	status: 'done'
});

describe('takenHere', () => {
	test('on a phone that holds nothing, none were taken, and no database is made', async () => {
		expect(await indexedDB.databases()).toEqual([]);
		expect(await takenHere('a-capitals')).toEqual([]);
		expect(await indexedDB.databases()).toEqual([]);
	});

	test('gives the assignment’s finished quizzes, newest first, and no other quiz', async () => {
		const db = await getDb();
		for (const record of [quiz('first', 1_000, 'a-capitals'), quiz('other', 2_000, 'a-rivers'), quiz('plain', 3_000), quiz('again', 4_000, 'a-capitals')])
			await db.put('quizzes', record);
		expect((await takenHere('a-capitals')).map((record) => record.id)).toEqual(['again', 'first']);
	});

	test('reads the database where the browser’s list of databases fails', async () => {
		await (await getDb()).put('quizzes', quiz('first', 1_000, 'a-capitals'));
		vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('denied', 'UnknownError'));
		expect((await takenHere('a-capitals')).map((record) => record.id)).toEqual(['first']);
	});
});
