/**
 * The restore file held to the stored records' real ranges (issue: "restore is too trusting"), the
 * teacher's own sets in format 2, the preferences in format 5, and key generators that stay usable
 * after a restore or a delete.
 */
import { describe, expect, test } from 'vitest';
import { openDB } from 'idb';
import { useFreshDatabase } from './testing';
import { createScheduler, Rating } from '$lib/srs';
import { DEFAULT_PREFERENCES } from '$lib/settings/preferences';
import { recordAnswer } from './attempts';
import { backupCounts, clearProgress, exportBackup, restoreBackup, sizeProblem, type Backup } from './backup';
import { MAX_FILE_BYTES } from './backup-limits';
import { readBackup } from './backup-read';
import { rateCard } from './cards';
import { MIGRATIONS } from './migrations';
import { closeDb, getDb } from './open';
import type { KasotiDB } from './schema';
import { DB_NAME } from './status';
import { setStar } from './stars';
import { onSetsChanged } from './set-events';
import { allTeacherSets, createSet } from './sets';

const scheduler = createScheduler({ fuzz: false });
const now = new Date('2026-11-24T09:00:00Z');
const answer = (i: number) =>
	({ questionId: `q${i}`, quizId: 'z', given: 'x', correct: true, mode: 'typed', ms: 900, at: now.getTime() + i }) as const;

/** Two answers, two cards with a rating each, a star, a Learn round, one own set. */
async function seed(): Promise<void> {
	await recordAnswer(answer(1), Rating.Good, false, scheduler);
	await recordAnswer(answer(2), Rating.Again, false, scheduler);
	await rateCard(scheduler, 'q1', Rating.Good, new Date('2026-11-25T09:00:00Z'));
	await setStar('q2', true, now.getTime());
	const round = { id: 'learn-1', setId: 's', questionIds: ['q1', 'q2'], startedAt: now.getTime(), status: 'active' as const };
	await (await getDb()).put('learn', round);
	await createSet();
}

async function backupFile(): Promise<Backup> {
	return JSON.parse(JSON.stringify(await exportBackup(now, DEFAULT_PREFERENCES))) as Backup;
}

async function everything() {
	const db = await getDb();
	const stores = ['attempts', 'quizzes', 'cards', 'reviews', 'stars', 'learn', 'sets'] as const;
	return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)])));
}

/** The reader's message for a file changed by `change`, after checking nothing was restored. */
async function refusal(change: (file: Backup) => void, text = (file: Backup) => JSON.stringify(file)) {
	const file = await backupFile();
	change(file);
	const result = readBackup(text(file), now);
	if (result.ok) {
		await restoreBackup(result.backup);
		return 'restored';
	}
	return result.error.message;
}

type Loose = Record<string, unknown>;

/** `file` as an older Kasoti wrote it: format `version`, without the preferences format 5 added. */
function olderFile(file: Backup, version: number): Loose {
	const { preferences: _preferences, ...older } = file;
	return { ...older, version };
}

/** A test per case: the file changed so is refused with the message naming its field, and nothing stored changes. */
function refusesEach(cases: readonly [string, (file: Backup) => void, string][]): void {
	for (const [name, change, message] of cases) {
		test(`${name} is refused, naming the field, and nothing changes`, async () => {
			await seed();
			const before = await everything();
			expect(await refusal(change)).toBe(message);
			expect(await everything()).toEqual(before);
		});
	}
}

useFreshDatabase();
describe('every field is held to its real range', () => {
	const cases: [string, (file: Backup) => void, string][] = [
		['a record number of 2^53', (f) => ((f.stores.attempts[0] as Loose).id = 2 ** 53), 'attempts[0].id: too large a record number'],
		['a difficulty of -1e6', (f) => ((f.stores.cards[0] as Loose).difficulty = -1e6), 'cards[0].difficulty: below zero'],
		['a difficulty under 1 on a rated card', (f) => ((f.stores.cards[0] as Loose).difficulty = 0.5), 'cards[0].difficulty: below 1'],
		['a difficulty over 10', (f) => ((f.stores.reviews[1] as Loose).difficulty = 11), 'reviews[1].difficulty: above 10'],
		['a stability of 0 on a rated card', (f) => ((f.stores.cards[0] as Loose).stability = 0), 'cards[0].stability: below 0.001'],
		['negative reps', (f) => ((f.stores.cards[1] as Loose).reps = -1), 'cards[1].reps: below zero'],
		['reps that are not whole', (f) => ((f.stores.cards[1] as Loose).lapses = 1.5), 'cards[1].lapses: not a whole number'],
		['a state outside 0–3', (f) => ((f.stores.cards[1] as Loose).state = 4), 'cards[1].state: not one of 0, 1, 2, 3'],
		['an interval of a million days', (f) => ((f.stores.cards[0] as Loose).scheduled_days = 1e6), 'cards[0].scheduled_days: above 36500'],
		['a date before 2000', (f) => ((f.stores.reviews[0] as Loose).review = '1970-01-01T00:00:00.000Z'), 'reviews[0].review: before 2000'],
		['a due date in 2200', (f) => ((f.stores.cards[0] as Loose).due = '2200-01-01T00:00:00.000Z'), 'cards[0].due: too far in the future'],
		['an answer time stamp far ahead', (f) => ((f.stores.attempts[1] as Loose).at = 1e15), 'attempts[1].at: too far in the future'],
		['an unknown field of a megabyte', (f) => ((f.stores.attempts[1] as Loose).extra = 'x'.repeat(1e6)), 'attempts[1].extra: unknown field'],
		['an unknown field at the top', (f) => ((f as unknown as Loose).note = 1), 'note: unknown field'],
		['an unknown store', (f) => ((f.stores as Loose).notes = []), 'stores.notes: unknown field'],
		['a text of a megabyte', (f) => ((f.stores.attempts[0] as Loose).given = 'x'.repeat(1e6)), 'attempts[0].given: longer than 100000 characters'],
		['a format-3 file without its sets', (f) => delete (f.stores as Loose).sets, 'sets: missing'],
		['a format-3 file without its stars', (f) => delete (f.stores as Loose).stars, 'stars: missing'],
		['a star on a date far ahead', (f) => ((f.stores.stars[0] as Loose).at = 1e15), 'stars[0].at: too far in the future'],
		['a Learn round with no questions', (f) => (f.stores.learn[0]!.questionIds = []), 'learn[0].questionIds: no questions'],
		['a Learn round in an unknown state', (f) => ((f.stores.learn[0] as Loose).status = 'paused'), 'learn[0].status: not one of active, done, abandoned'],
		['a set id that is no set id', (f) => ((f.stores.sets[0] as Loose).id = 'A set!'), 'sets[0].id: not a set id'],
		['a set stored under another id', (f) => (f.stores.sets[0]!.set.id = 'other'), 'sets[0].set.id: not the id of the record'],
		['a question that is a number', (f) => ((f.stores.sets[0]!.set.questions[0] as Loose).prompt = 5), 'sets[0].set.questions[0].prompt: not text'],
		['a set with an unknown field', (f) => ((f.stores.sets[0]!.set as Loose).extra = true), 'sets[0].set.extra: unknown field']
	];
	refusesEach(cases);

	test('a number too large for JSON (1e999, read as Infinity) is refused', async () => {
		await seed();
		const text = (file: Backup) => JSON.stringify(file).replace(/"ms":900/, '"ms":1e999');
		expect(await refusal(() => {}, text)).toBe('attempts[0].ms: not a finite number');
	});

	test('a quiz item with no options is refused', async () => {
		await seed();
		const question = { id: 'q1', setId: 's', category: 'person', prompt: 'p', answer: 'a', accept: [], article: 'a.txt', quote: 'q', en: 'e' } as const;
		const quiz = {
			id: 'z',
			seed: 's',
			options: { categories: ['person'], source: { type: 'all' }, length: 5, mode: 'choice' },
			items: [{ mode: 'choice', question, options: ['a', 'b'], correct: 1 }],
			startedAt: now.getTime(),
			status: 'active'
		} as const;
		expect(await refusal((f) => (f.stores.quizzes = [structuredClone(quiz) as never]))).toBe('restored');
		const noOptions = { ...quiz, items: [{ ...quiz.items[0], options: [], correct: 0 }] };
		expect(await refusal((f) => (f.stores.quizzes = [noOptions as never]))).toBe('quizzes[0].items[0].options: fewer than 2 options');
		const pointsNowhere = { ...quiz, items: [{ ...quiz.items[0], correct: 2 }] };
		expect(await refusal((f) => (f.stores.quizzes = [pointsNowhere as never]))).toBe('quizzes[0].items[0].correct: not one of the options');
		const noItems = { ...quiz, items: [] };
		expect(await refusal((f) => (f.stores.quizzes = [noItems as never]))).toBe('quizzes[0].items: no questions');
	});

	test('a file over 50 MB is refused by its size alone', () => {
		expect(sizeProblem(MAX_FILE_BYTES)).toBeUndefined();
		expect(sizeProblem(MAX_FILE_BYTES + 1)).toMatchObject({ kind: 'too-large' });
	});
});

describe('format 5 carries the preferences, held to what the settings keep', () => {
	const prefs = (file: Backup) => file.preferences as unknown as Loose;
	const cases: [string, (file: Backup) => void, string][] = [
		['a language the app does not speak', (f) => (prefs(f).lang = 'fr'), 'preferences.lang: not one of gu, en'],
		['a theme the app lacks', (f) => (prefs(f).theme = 'blue'), 'preferences.theme: not one of system, light, dark'],
		['digits of no style', (f) => (prefs(f).digits = 7), 'preferences.digits: not one of gujarati, ascii, null'],
		['a retention below 80 %', (f) => (f.preferences.retention = 0.5), 'preferences.retention: below 0.8'],
		['a retention of 100 %', (f) => (f.preferences.retention = 1), 'preferences.retention: above 0.97'],
		['a retention as text', (f) => (prefs(f).retention = '0.9'), 'preferences.retention: not a number'],
		['new cards a day that are not whole', (f) => (f.preferences.newPerDay = 7.5), 'preferences.newPerDay: not a whole number'],
		['new cards a day above 500', (f) => (f.preferences.newPerDay = 1000), 'preferences.newPerDay: above 500'],
		['a preference the app does not have', (f) => (prefs(f).font = 'big'), 'preferences.font: unknown field'],
		['a preference left out', (f) => delete prefs(f).theme, 'preferences.theme: missing'],
		['preferences that are no record', (f) => ((f as unknown as Loose).preferences = 'en'), 'preferences: not a record'],
		['a format-5 file without preferences', (f) => delete (f as unknown as Loose).preferences, 'preferences: missing'],
		['a format-4 file with preferences (it had none)', (f) => ((f as unknown as Loose).version = 4), 'preferences: unknown field']
	];
	refusesEach(cases);

	test('the ends of Settings’ choices are taken, and digits that follow the language (null)', async () => {
		await seed();
		const file = await backupFile();
		file.preferences = { lang: 'en', theme: 'light', digits: null, retention: 0.97, newPerDay: 50 };
		const read = readBackup(JSON.stringify(file), now);
		expect(read.ok && read.backup.preferences).toEqual({ lang: 'en', theme: 'light', digits: null, retention: 0.97, newPerDay: 50 });
		file.preferences = { ...file.preferences, retention: 0.8, newPerDay: 5 };
		expect(await refusal(() => {}, () => JSON.stringify(file))).toBe('restored');
	});
});

describe('record numbers stay low', () => {
	test('answers and ratings numbered up to 2^53 − 1 restore as 1, 2…, and answering goes on', async () => {
		await seed();
		const file = await backupFile();
		file.stores.attempts.forEach((a, i) => (a.id = Number.MAX_SAFE_INTEGER - i));
		file.stores.reviews.forEach((r, i) => ((r as Loose).id = Number.MAX_SAFE_INTEGER - i));
		const result = readBackup(JSON.stringify(file), now);
		if (!result.ok) throw new Error(result.error.message);
		await clearProgress();
		await restoreBackup(result.backup);
		const db = await getDb();
		expect(await db.getAllKeys('attempts')).toEqual([1, 2]);
		expect(await db.getAllKeys('reviews')).toEqual([1, 2, 3]);
		expect(await recordAnswer(answer(3), Rating.Good, false, scheduler)).toBe(3);
		const rated = await rateCard(scheduler, 'q1', Rating.Good, new Date('2026-11-30T09:00:00Z'));
		expect(rated.reviewId).toBe(5);
	});

	test('a database whose generator a key of 2^53 used up works again after the upgrade, and after "delete all"', async () => {
		// version 3 as shipped, with the record an old restore put there
		const old = await openDB<KasotiDB>(DB_NAME, 3, {
			upgrade(db, _old, _new, tx) {
				for (const step of MIGRATIONS.slice(0, 3)) step.migrate(db, tx as never);
			}
		});
		await old.add('attempts', { ...answer(1), id: 2 ** 53 });
		await expect(old.add('attempts', answer(2))).rejects.toMatchObject({ name: 'ConstraintError' });
		old.close();

		const db = await getDb();
		expect(await db.getAll('attempts')).toEqual([{ ...answer(1), id: 1 }]);
		expect(db.transaction('attempts').store.indexNames.contains('by-quiz')).toBe(true);
		expect(await recordAnswer(answer(2), Rating.Good, false, scheduler)).toBe(2);
		await clearProgress();
		expect(await recordAnswer(answer(3), Rating.Good, false, scheduler)).toBe(3);
		await closeDb();
	});
});

describe('a large restore', () => {
	test('a file whose records fill whole chunks (4,000) is restored, and told at each chunk (it once hung at the end)', async () => {
		const db = await getDb();
		for (let i = 0; i < 4000; i++) await db.add('attempts', answer(i));
		const result = readBackup(JSON.stringify(await backupFile()), now);
		if (!result.ok) throw new Error(result.error.message);
		const told: [number, number][] = [];
		await restoreBackup(result.backup, (done, total) => told.push([done, total]));
		expect(told).toEqual([
			[2000, 4000],
			[4000, 4000],
			[4000, 4000]
		]);
		expect(await db.count('attempts')).toBe(4000);
	});
});

describe('format 2 carries the own sets', () => {
	test('a restore puts back the sets of the file and removes the others; the library hears of it', async () => {
		await seed();
		const file = await backupFile();
		const [kept] = await allTeacherSets();
		const read = readBackup(JSON.stringify(file), now);
		expect(read.ok && backupCounts(read.backup).sets).toBe(1);
		await createSet();
		expect(await allTeacherSets()).toHaveLength(2);
		let heard = 0;
		const stop = onSetsChanged(() => heard++);
		expect(await refusal(() => {}, () => JSON.stringify(file))).toBe('restored');
		stop();
		expect(await allTeacherSets()).toEqual([kept]);
		expect(heard).toBe(1);
	});

	test('a set that takes a built-in set’s id, or a built-in question’s, is refused: the quiz would lose or mix them', async () => {
		await seed();
		type Stored = { id: string; set: { id: string; questions: { id: string }[] } };
		const setOf = (file: Backup) => (file.stores.sets as unknown as Stored[])[0]!;
		expect(
			await refusal((file) => {
				setOf(file).id = setOf(file).set.id = 'kim-russia-trip';
			})
		).toBe('sets[0].set.id: "kim-russia-trip" is taken by another set');
		expect(
			await refusal((file) => {
				setOf(file).set.questions[0]!.id = 'krt-date-trip-six-days';
			})
		).toBe('sets[0].set.questions[0].id: "krt-date-trip-six-days" is taken by a question of another set');
		expect(await refusal(() => {})).toBe('restored');
	});

	test('a format-1 file still restores its progress, and leaves the sets alone', async () => {
		await seed();
		const file = await backupFile();
		const { stars: _stars, learn: _learn, sets: _sets, assignments: _assignments, results: _results, ...progress } = file.stores;
		const v1 = { ...olderFile(file, 1), stores: progress };
		await createSet();
		await clearProgress();
		const result = readBackup(JSON.stringify(v1), now);
		if (!result.ok) throw new Error(result.error.message);
		expect(backupCounts(result.backup)).toEqual({ attempts: 2, quizzes: 0, cards: 2, reviews: 3, stars: 0, learn: 0 });
		await restoreBackup(result.backup);
		expect(await (await getDb()).count('attempts')).toBe(2);
		expect(await allTeacherSets()).toHaveLength(2);
	});

	test('a format-2 file restores its sets and progress, with no stars or Learn rounds', async () => {
		await seed();
		const { stars: _stars, learn: _learn, assignments: _assignments, results: _results, ...older } = (await backupFile()).stores;
		const v2 = { ...olderFile(await backupFile(), 2), stores: older };
		const result = readBackup(JSON.stringify(v2), now);
		if (!result.ok) throw new Error(result.error.message);
		await restoreBackup(result.backup);
		const after = await everything();
		expect([after.attempts!.length, after.sets!.length, after.stars!.length, after.learn!.length]).toEqual([2, 1, 0, 0]);
	});

	test('a format-2 file that holds stars is refused: that format had none', async () => {
		await seed();
		const v2 = (f: Backup) => {
			const file = f as unknown as Loose;
			file.version = 2;
			delete file.preferences;
		};
		expect(await refusal(v2)).toBe('stores.stars: unknown field');
	});

	test('a format-1 file with sets in it is refused: that format had none', async () => {
		await seed();
		const v1 = (f: Backup) => {
			const file = f as unknown as Loose;
			file.version = 1;
			delete file.preferences;
			delete (file.stores as Loose).stars;
			delete (file.stores as Loose).learn;
		};
		expect(await refusal(v1)).toBe('stores.sets: unknown field');
	});

	test('a bad record in the last store refuses the whole file', async () => {
		await seed();
		const before = await everything();
		expect(await refusal((f) => ((f.stores.sets[0] as Loose).updatedAt = 'yesterday'))).toBe('sets[0].updatedAt: not a number');
		expect(await everything()).toEqual(before);
	});

	test('a write that fails in the last store undoes the progress written before it', async () => {
		await seed();
		const result = readBackup(JSON.stringify(await backupFile()), now);
		if (!result.ok) throw new Error(result.error.message);
		await recordAnswer(answer(9), Rating.Good, false, scheduler);
		const before = await everything();
		const sets = result.backup.stores.sets!;
		sets.push({ ...sets[0]! });
		await expect(restoreBackup(result.backup)).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(await everything()).toEqual(before);
	});
});
