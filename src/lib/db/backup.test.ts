import { describe, expect, test, vi } from 'vitest';
import { setWithNothingToFix, useFreshDatabase } from './testing';
import type { BankQuestion, QuizItem } from '$lib/quiz/types';
import { createScheduler, Rating } from '$lib/srs';
import { recordAnswer } from './attempts';
import {
	backupCounts,
	backupFileName,
	clearProgress,
	exportBackup,
	restoreBackup,
	type Backup,
	type ParsedBackup
} from './backup';
import { readBackup } from './backup-read';
import { rateCard } from './cards';
import { addImportedSet } from './sets';
import { StorageFullError } from './errors';
import { DB_VERSION } from './migrations';
import { getDb } from './open';
import { startQuiz } from './quizzes';
import { type QuizRecord } from './schema';
import type { Preferences } from '$lib/settings/preferences';

const scheduler = createScheduler({ fuzz: false });
const now = new Date('2026-11-24T09:00:00Z');
/** The interface preferences the page gives a backup: none of them the default. */
const PREFERENCES: Preferences = { lang: 'en', theme: 'dark', digits: 'ascii', retention: 0.95, newPerDay: 10 };

function question(id: string, answer: string): BankQuestion {
	return {
		id,
		setId: 'set-1',
		category: 'person',
		prompt: `પ્રશ્ન ${id}`,
		answer,
		accept: [],
		article: 'a.txt',
		quote: `${answer} વિશેનું વાક્ય.`,
		en: 'A fact.'
	};
}

const items: QuizItem[] = [
	{ mode: 'choice', question: question('q1', 'પુતિન'), options: ['મોદી', 'પુતિન'], correct: 1 },
	{ mode: 'typed', question: question('q2', 'ટ્રમ્પ') },
	{ mode: 'tf', question: question('q3', 'શી'), statement: 'એ શી છે.', claim: 'શી', truth: true, fromQuote: true }
];

const quiz: QuizRecord = {
	id: 'quiz-1',
	seed: 'seed',
	options: { categories: ['person'], source: { type: 'all' }, length: 5, mode: 'mixed', weakSpots: true },
	items,
	startedAt: now.getTime(),
	status: 'active'
};

/** An own set holding the questions seed() answers: a card is restored only for a question the phone holds. */
function heldSet() {
	const set = setWithNothingToFix('held');
	return { ...set, questions: ['q1', 'q2', 'q3', 'q9'].map((id) => ({ ...set.questions[0]!, id })) };
}

/** A quiz of three answers (attempts, cards, reviews) plus a flashcard rated twice, on questions of an own set. */
async function seed(): Promise<void> {
	await addImportedSet(heldSet());
	await startQuiz(quiz);
	const answer = (questionId: string, correct: boolean, i: number) => {
		const at = now.getTime() + i * 1000;
		const attempt = { questionId, quizId: quiz.id, given: 'x', correct, mode: 'choice', ms: 3000, at } as const;
		return recordAnswer(attempt, correct ? Rating.Good : Rating.Again, i === 2, scheduler);
	};
	await answer('q1', true, 0);
	await answer('q2', false, 1);
	await answer('q3', true, 2);
	await rateCard(scheduler, 'q9', Rating.Good, new Date('2026-11-20T08:00:00Z'));
	await rateCard(scheduler, 'q9', Rating.Easy, new Date('2026-11-21T08:00:00Z'));
}

/** Every record of every store, in key order. */
async function everything() {
	const db = await getDb();
	return {
		attempts: await db.getAll('attempts'),
		quizzes: await db.getAll('quizzes'),
		cards: await db.getAll('cards'),
		reviews: await db.getAll('reviews')
	};
}

async function backupText(): Promise<string> {
	return JSON.stringify(await exportBackup(now, PREFERENCES));
}

const parseBackup = (text: string) => readBackup(text, now);

/** What the Settings screen does with a chosen file: check it, and restore only a good one. */
async function restoreFile(text: string) {
	const result = parseBackup(text);
	if (result.ok) await restoreBackup(result.backup);
	return result;
}

function edited(text: string, change: (file: Backup) => void): string {
	const file = JSON.parse(text) as Backup;
	change(file);
	return JSON.stringify(file);
}

function parsed(text: string): ParsedBackup {
	const result = parseBackup(text);
	if (!result.ok) throw new Error(result.error.message);
	return result.backup;
}

useFreshDatabase();
describe('backing up and restoring', () => {
	test('export, delete everything, restore: the same records come back, Dates as Dates', async () => {
		await seed();
		const before = await everything();
		expect(before.attempts).toHaveLength(3);
		expect(before.cards).toHaveLength(4);
		expect(before.reviews).toHaveLength(5);

		const file = await exportBackup(now, PREFERENCES);
		expect(file.format).toBe('kasoti-backup');
		expect(file.version).toBe(5);
		expect(file.schemaVersion).toBe(DB_VERSION);
		expect(file.exportedAt).toBe('2026-11-24T09:00:00.000Z');
		// In the file a date is an ISO string; q9 was last rated on the 21st.
		const q9 = file.stores.cards.find((c) => c.questionId === 'q9')!;
		expect(q9.last_review).toBe('2026-11-21T08:00:00.000Z');
		expect(file.stores.reviews[0]!.review).toBe('2026-11-24T09:00:00.000Z');

		await clearProgress();
		expect(await everything()).toEqual({ attempts: [], quizzes: [], cards: [], reviews: [] });
		expect(file.stores.sets.map((record) => record.set.questions.map((q) => q.id))).toEqual([['q1', 'q2', 'q3', 'q9']]);

		const result = await restoreFile(JSON.stringify(file));
		const restored = { lang: 'en', theme: 'dark', digits: 'ascii', retention: 0.95, newPerDay: 10 };
		expect(result.ok && result.backup.preferences).toEqual(restored);
		const after = await everything();
		expect(after).toEqual(before);
		expect(after.cards[0]!.due).toBeInstanceOf(Date);
		expect(after.reviews[0]!.review).toBeInstanceOf(Date);
		expect(after.quizzes[0]!.items[2]).toEqual(items[2]);
	});

	test('a restored database goes on numbering answers after the restored ones', async () => {
		await seed();
		const text = await backupText();
		await clearProgress();
		await restoreFile(text);
		const at = now.getTime() + 600_000;
		const answer = { questionId: 'q1', quizId: quiz.id, given: 'x', correct: true, mode: 'choice', ms: 1, at } as const;
		const id = await recordAnswer(answer, Rating.Good, false, scheduler);
		expect(id).toBe(4);
	});

	test('a restore replaces what is there instead of mixing the two', async () => {
		await seed();
		const text = await backupText();
		await rateCard(scheduler, 'later', Rating.Good, now);
		await restoreFile(text);
		const { cards } = await everything();
		expect(cards.map((c) => c.questionId).sort()).toEqual(['q1', 'q2', 'q3', 'q9']);
	});

	test('the counts shown before restoring', async () => {
		await seed();
		expect(backupCounts(parsed(await backupText()))).toEqual({
			attempts: 3,
			quizzes: 1,
			cards: 4,
			reviews: 5,
			stars: 0,
			learn: 0,
			sets: 1,
			assignments: 0,
			results: 0
		});
	});

	// regression: a backup's card of a question no set held came back, and Home counted it due for good
	test('a card of a question the phone will not hold is left out; its answers and ratings stay', async () => {
		await seed();
		await rateCard(scheduler, 'gone', Rating.Good, now);
		const text = await backupText();
		await clearProgress();
		await restoreFile(text);
		const { cards, reviews } = await everything();
		expect(cards.map((c) => c.questionId).sort()).toEqual(['q1', 'q2', 'q3', 'q9']);
		expect(reviews.filter((r) => r.questionId === 'gone')).toHaveLength(1);
		// a file without sets leaves the phone's sets as they are, and their questions' cards come back
		const withoutSets = parsed(text);
		delete withoutSets.stores.sets;
		await restoreBackup(withoutSets);
		expect((await everything()).cards.map((c) => c.questionId).sort()).toEqual(['q1', 'q2', 'q3', 'q9']);
		// a built-in question's card is held whatever the file
		const builtin = parsed(text);
		builtin.stores.sets = [];
		builtin.stores.cards = [{ ...builtin.stores.cards[0]!, questionId: 'pnk-person-russian-president-arrival' }];
		await restoreBackup(builtin);
		expect((await everything()).cards.map((c) => c.questionId)).toEqual(['pnk-person-russian-president-arrival']);
	});

	test('format 5 carries the five preferences it is given, nothing else, and a null digits choice too', async () => {
		const given = { ...PREFERENCES, digits: null, t: { appName: 'Kasoti' }, chosenDigits: null };
		const file = JSON.parse(JSON.stringify(await exportBackup(now, given)));
		const written = { lang: 'en', theme: 'dark', digits: null, retention: 0.95, newPerDay: 10 };
		expect(file.preferences).toEqual(written);
		expect(parsed(JSON.stringify(file)).preferences).toEqual(written);
	});

	test('a format-4 file, without preferences, still restores, and gives no preferences to put back', async () => {
		await seed();
		const { preferences: _preferences, ...v4 } = { ...(JSON.parse(await backupText()) as Backup), version: 4 };
		await clearProgress();
		const result = await restoreFile(JSON.stringify(v4));
		expect(result.ok && 'preferences' in result.backup).toBe(false);
		expect((await everything()).attempts).toHaveLength(3);
	});

	test('the file is named after the local date', () => {
		expect(backupFileName(new Date(2026, 10, 4, 23, 30))).toBe('kasoti-backup-2026-11-04.json');
	});
});

describe('a file that cannot be restored changes nothing', () => {
	const cases: [string, (good: string) => string, string, string | undefined][] = [
		['a file cut short', (good) => good.slice(0, good.length / 2), 'damaged', undefined],
		// regression: a photo or a text file chosen by mistake was called damaged, not "not a backup"
		['a file that is not JSON', () => 'કસોટી', 'foreign', undefined],
		['a PNG photo', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'foreign', undefined],
		['a file of JSON cut before its first field', () => '{', 'damaged', undefined],
		['an empty file', () => '', 'damaged', undefined],
		['another app’s JSON', () => '{"name":"notes","items":[1,2]}', 'foreign', undefined],
		['a JSON list', () => '[1,2,3]', 'foreign', undefined],
		[
			'a newer backup format',
			(good) => edited(good, (f) => ((f as { version: number }).version = 6)),
			'newer',
			'version'
		],
		['a newer database', (good) => edited(good, (f) => (f.schemaVersion = 99)), 'newer', 'schemaVersion'],
		[
			'a card whose due date is not a date',
			(good) => edited(good, (f) => (f.stores.cards[3]!.due = 'tomorrow')),
			'invalid',
			'cards[3].due: not a date'
		],
		[
			'an answer without its question id',
			(good) => edited(good, (f) => delete (f.stores.attempts[2] as { questionId?: string }).questionId),
			'invalid',
			'attempts[2].questionId: missing'
		],
		[
			'a question prompt that is a number',
			(good) => edited(good, (f) => ((f.stores.quizzes[0]!.items[1]!.question as { prompt: unknown }).prompt = 5)),
			'invalid',
			'quizzes[0].items[1].question.prompt: not text'
		],
		[
			'a rating outside 1–4',
			(good) => edited(good, (f) => ((f.stores.reviews[4] as { rating: number }).rating = 7)),
			'invalid',
			'reviews[4].rating: not one of 1, 2, 3, 4'
		],
		[
			'a store that is not a list',
			(good) => edited(good, (f) => ((f.stores as { cards: unknown }).cards = {})),
			'invalid',
			'cards: not a list'
		],
		[
			'two cards for one question',
			(good) => edited(good, (f) => (f.stores.cards[2]!.questionId = f.stores.cards[0]!.questionId)),
			'invalid',
			'cards[2].questionId: same as cards[0]'
		]
	];

	for (const [name, make, kind, detail] of cases) {
		test(name, async () => {
			await seed();
			const good = await backupText();
			await rateCard(scheduler, 'after-backup', Rating.Hard, now);
			const before = await everything();

			const result = await restoreFile(make(good));
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.error.kind).toBe(kind);
			if (kind === 'invalid') expect(result.error.message).toBe(detail);
			else if (detail) expect(result.error.field).toBe(detail);

			expect(await everything()).toEqual(before);
			expect((await everything()).cards).toHaveLength(5);
		});
	}
});

describe('a restore that fails half way changes nothing', () => {
	test('a record that breaks a key rule (two cards, one key) aborts the transaction', async () => {
		await seed();
		const backup = parsed(await backupText());
		await clearProgress();
		await rateCard(scheduler, 'kept', Rating.Good, now);
		const before = await everything();
		const [first] = backup.stores.cards;
		backup.stores.cards.push({ ...first! });
		await expect(restoreBackup(backup)).rejects.toMatchObject({ name: 'ConstraintError' });
		expect(await everything()).toEqual(before);
		expect(before.cards.map((c) => c.questionId)).toEqual(['kept']);
	});

	test('a record that cannot be stored throws mid-way and is rolled back', async () => {
		await seed();
		const backup = parsed(await backupText());
		backup.stores.reviews[3] = { ...backup.stores.reviews[3]!, questionId: (() => 'q1') as unknown as string };
		await rateCard(scheduler, 'after-backup', Rating.Good, now);
		const before = await everything();
		await expect(restoreBackup(backup)).rejects.toMatchObject({ name: 'DataCloneError' });
		expect(await everything()).toEqual(before);
	});

	test('a full disk during the restore is a StorageFullError and nothing changes', async () => {
		await seed();
		const backup = parsed(await backupText());
		await rateCard(scheduler, 'after-backup', Rating.Good, now);
		const before = await everything();
		// The disk fills on the sixth record: the browser aborts the transaction with QuotaExceededError.
		// (fake-indexeddb's own abort, given the error's name.)
		const add = IDBObjectStore.prototype.add;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
			const request = add.apply(this, args);
			const tx = this.transaction as unknown as { _abort(name: string): void };
			if (++calls === 6) tx._abort('QuotaExceededError');
			return request;
		});
		const failure = restoreBackup(backup);
		await expect(failure).rejects.toBeInstanceOf(StorageFullError);
		await expect(failure).rejects.toMatchObject({ cause: { name: 'QuotaExceededError' } });
		vi.restoreAllMocks();
		expect(await everything()).toEqual(before);
	});
});
