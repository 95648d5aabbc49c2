import { describe, expect, test } from 'vitest';
import { useFreshDatabase } from './testing';
import { openDB } from 'idb';
import { attemptsOfQuiz, pastResults, recordAnswer } from './attempts';
import { DB_VERSION, MIGRATIONS } from './migrations';
import { getDb, whenOutdated } from './open';
import { activeQuiz, abandonQuiz, getQuiz, startQuiz } from './quizzes';
import { DB_NAME, type Attempt, type QuizRecord } from './schema';
import { createScheduler, Rating } from '$lib/srs';

const scheduler = createScheduler({ fuzz: false });

function quiz(id: string, startedAt: number): QuizRecord {
	return {
		id,
		seed: 'seed',
		options: { categories: ['date'], source: { type: 'all' }, length: 5, mode: 'choice', weakSpots: false },
		items: [],
		startedAt,
		status: 'active'
	} as unknown as QuizRecord;
}

function attempt(quizId: string, questionId: string, correct: boolean, at: number): Attempt {
	return { quizId, questionId, correct, at, given: 'x', mode: 'choice', ms: 1200 };
}

useFreshDatabase();
describe('migrations', () => {
	test('versions are 1, 2, 3… in order, and the database opens at the newest', async () => {
		expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
		const db = await getDb();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'cards', 'quizzes', 'reviews', 'sets']);
		expect([...db.transaction('attempts').store.indexNames].sort()).toEqual(['by-at', 'by-question', 'by-quiz']);
	});
});

describe('answers', () => {
	test('each answer is stored at once; the last one also closes its quiz', async () => {
		await startQuiz(quiz('q1', 1));
		await recordAnswer(attempt('q1', 'a', true, 10), Rating.Good, false, scheduler);
		expect((await getQuiz('q1'))?.status).toBe('active');
		await recordAnswer(attempt('q1', 'b', false, 20), Rating.Again, true, scheduler);
		const stored = await attemptsOfQuiz('q1');
		expect(stored.map((a) => [a.questionId, a.correct])).toEqual([
			['a', true],
			['b', false]
		]);
		expect(await getQuiz('q1')).toMatchObject({ status: 'done', finishedAt: 20 });
		expect(await activeQuiz()).toBeUndefined();
	});

	test('past results count answers per question and remember the latest', async () => {
		await recordAnswer(attempt('q1', 'a', false, 10), Rating.Again, false, scheduler);
		await recordAnswer(attempt('q2', 'a', true, 30), Rating.Good, false, scheduler);
		await recordAnswer(attempt('q2', 'b', false, 20), Rating.Again, false, scheduler);
		const results = await pastResults();
		expect(results.get('a')).toEqual({ seen: 2, wrong: 1, lastRight: true, lastAt: 30 });
		expect(results.get('b')).toEqual({ seen: 1, wrong: 1, lastRight: false, lastAt: 20 });
		expect(results.has('c')).toBe(false);
	});

	test('a teacher’s trial run leaves no past result and no card', async () => {
		await recordAnswer({ ...attempt('q1', 'a', false, 10), trial: true }, undefined, false, scheduler);
		expect((await pastResults()).has('a')).toBe(false);
		expect(await (await getDb()).count('cards')).toBe(0);
		expect((await attemptsOfQuiz('q1')).map((a) => a.trial)).toEqual([true]);
	});
});

describe('quizzes', () => {
	test('starting a quiz sets the unfinished one aside; abandoning hides it', async () => {
		await startQuiz(quiz('old', 1));
		await startQuiz(quiz('new', 2));
		expect((await activeQuiz())?.id).toBe('new');
		expect((await getQuiz('old'))?.status).toBe('abandoned');
		await abandonQuiz('new');
		expect(await activeQuiz()).toBeUndefined();
	});

	test('a newer version in another tab is not blocked: this tab steps aside and is told', async () => {
		await getDb();
		let told = false;
		whenOutdated(() => (told = true));
		// Without the `blocking` handler this open would wait forever and the test time out.
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(newer.version).toBe(DB_VERSION + 1);
		expect(told).toBe(true);
		newer.close();
	});
});
