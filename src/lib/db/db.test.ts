import { describe, expect, test, vi } from 'vitest';
import { useFreshDatabase } from './testing';
import { openDB } from 'idb';
import { AlreadyAnsweredError, attemptsOfQuiz, pastResults, recordAnswer } from './attempts';
import { DB_VERSION, MIGRATIONS } from './migrations';
import { beforeClose, getDb, OutdatedError } from './open';
import { DB_NAME, whenOutdated, type Outdated } from './status';
import { activeQuiz, abandonQuiz, getQuiz, startQuiz } from './quizzes';
import type { Attempt, QuizRecord } from './schema';
import { createScheduler, Rating, type Scheduler } from '$lib/srs';

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
		expect([...db.objectStoreNames].sort()).toEqual(['assignments', 'attempts', 'cards', 'learn', 'quizzes', 'results', 'reviews', 'sets', 'stars', 'summaries']);
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

	test('regression: a rating that throws after the answer is added leaves no answer without its card', async () => {
		await startQuiz(quiz('q1', 1));
		const broken: Scheduler = {
			...scheduler,
			fsrs: {
				next() {
					throw new RangeError('bad card');
				}
			} as unknown as Scheduler['fsrs']
		};
		const add = vi.spyOn(IDBObjectStore.prototype, 'add');
		await expect(recordAnswer(attempt('q1', 'a', true, 10), Rating.Good, true, broken)).rejects.toThrow('bad card');
		// the answer was added before the rating threw, and was taken back with it
		expect(add).toHaveBeenCalledTimes(1);
		const db = await getDb();
		expect([await db.count('attempts'), await db.count('cards'), await db.count('reviews')]).toEqual([0, 0, 0]);
		expect((await getQuiz('q1'))?.status).toBe('active');
	});

	test('regression: a second answer to a question of the same quiz (another tab) is refused and stores nothing', async () => {
		await startQuiz(quiz('q1', 1));
		await recordAnswer(attempt('q1', 'a', true, 10), Rating.Good, false, scheduler, { once: true });
		const again = recordAnswer(attempt('q1', 'a', false, 20), Rating.Again, false, scheduler, { once: true });
		await expect(again).rejects.toBeInstanceOf(AlreadyAnsweredError);
		const db = await getDb();
		expect([await db.count('attempts'), await db.count('reviews')]).toEqual([1, 1]);
		expect((await attemptsOfQuiz('q1')).map((a) => a.correct)).toEqual([true]);
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

	test('starting a quiz that fails part way leaves the old one active: the set-aside is undone too', async () => {
		await startQuiz(quiz('old', 1));
		const put = IDBObjectStore.prototype.put;
		let puts = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (++puts === 2) throw new DOMException('full', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(startQuiz(quiz('new', 2))).rejects.toMatchObject({ name: 'StorageFullError' });
		vi.restoreAllMocks();
		expect((await activeQuiz())?.id).toBe('old');
		expect(await getQuiz('new')).toBeUndefined();
	});
});

describe('other tabs on other versions', () => {
	test('a newer version in another tab is not blocked: this tab steps aside and is told', async () => {
		await getDb();
		let told: Outdated | undefined;
		whenOutdated((why) => (told = why));
		// Without the `blocking` handler this open would wait forever and the test time out.
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(newer.version).toBe(DB_VERSION + 1);
		expect(told).toBe('saved');
		newer.close();
	});

	test('regression: a waiting change is written before the connection is handed over', async () => {
		await startQuiz(quiz('q1', 1));
		let told: Outdated | undefined;
		whenOutdated((why) => (told = why));
		// a writer with a change not yet saved, like the set editor within its 250 ms pause
		const unregister = beforeClose(async () => {
			await abandonQuiz('q1');
			return true;
		});
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		unregister();
		expect(told).toBe('saved');
		expect((await newer.get('quizzes', 'q1'))?.status).toBe('abandoned');
		// this page may not open the old version again behind the newer one's back
		await expect(getDb()).rejects.toBeInstanceOf(OutdatedError);
		newer.close();
	});

	test('a change that could not be written is not called saved', async () => {
		await getDb();
		let told: Outdated | undefined;
		whenOutdated((why) => (told = why));
		const unregister = beforeClose(async () => false);
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		unregister();
		expect(told).toBe('unsaved');
		newer.close();
	});

	test('regression: a database newer than this code says so instead of waiting forever', async () => {
		(await openDB(DB_NAME, DB_VERSION + 1)).close();
		let told: Outdated | undefined;
		whenOutdated((why) => (told = why));
		await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });
		expect(told).toBe('newer');
	});
});
