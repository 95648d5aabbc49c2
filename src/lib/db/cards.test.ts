import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { useFreshDatabase } from './testing';
import { createScheduler, newCard, Rating, State, type Grade } from '$lib/srs';
import { recordAnswer } from './attempts';
import { dueCards, getCard, knownAmong, RATED_SINCE, rateCard, studySnapshot, undoRating } from './cards';
import { DB_VERSION, MIGRATIONS } from './migrations';
import { getDb } from './open';
import type { KasotiDB } from './schema';
import { DB_NAME } from './status';

const scheduler = createScheduler({ fuzz: false });
const now = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

useFreshDatabase();
describe('upgrades keep the data', () => {
	for (const from of MIGRATIONS.map((m) => m.version).filter((v) => v < DB_VERSION)) {
		test(`from version ${from} to ${DB_VERSION}`, async () => {
			const old = await openDB<KasotiDB>(DB_NAME, from, {
				upgrade(db, oldVersion, _new, tx) {
					for (const step of MIGRATIONS) if (step.version > oldVersion && step.version <= from) step.migrate(db, tx);
				}
			});
			const stores = [...old.objectStoreNames];
			await old.add('attempts', { questionId: 'q', quizId: 'z', given: 'x', correct: true, mode: 'choice', ms: 5, at: 1 });
			await old.put('quizzes', { id: 'z', seed: 's', options: {} as never, items: [], startedAt: 1, status: 'active' });
			if (stores.includes('cards')) await old.put('cards', newCard('q', now));
			const set = { id: 's', title: 'સેટ', title_en: 'Set', lang: 'gu' as const, articles: [], questions: [{}, {}] as never };
			if (stores.includes('sets')) await old.put('sets', { id: 's', set, sources: {}, origin: 'new', createdAt: 1, updatedAt: 1 });
			old.close();

			const db = await getDb();
			expect(db.version).toBe(DB_VERSION);
			expect(await db.count('attempts')).toBe(1);
			expect((await db.get('quizzes', 'z'))?.status).toBe('active');
			if (stores.includes('cards')) expect((await db.get('cards', 'q'))?.questionId).toBe('q');
			// the index version 7 adds is built over the cards already stored
			if (stores.includes('cards')) expect(await db.countFromIndex('cards', 'by-state-due')).toBe(1);
			// the summaries version 8 adds are made from the sets already stored
			if (stores.includes('sets'))
				expect(await db.get('summaries', 's')).toEqual({ id: 's', updatedAt: 1, title: 'સેટ', title_en: 'Set', total: 2 });
			expect([...db.objectStoreNames].sort()).toEqual(['assignments', 'attempts', 'cards', 'learn', 'quizzes', 'results', 'reviews', 'sets', 'stars', 'summaries']);
		});
	}
});

describe('rating cards', () => {
	test('a rating writes the card and its log together; undo takes both back', async () => {
		const first = await rateCard(scheduler, 'q1', Rating.Good, now);
		expect(first.before).toBeUndefined();
		expect(first.card.state).toBe(State.Learning);
		const db = await getDb();
		expect(await db.count('reviews')).toBe(1);

		const second = await rateCard(scheduler, 'q1', Rating.Again, minutes(20));
		expect(second.before?.reps).toBe(1);
		const restored = await undoRating(scheduler, second);
		expect(restored).toEqual(first.card);
		expect(await db.get('cards', 'q1')).toEqual(first.card);
		expect(await db.count('reviews')).toBe(1);

		await undoRating(scheduler, first);
		expect(await db.get('cards', 'q1')).toBeUndefined();
		expect(await db.count('reviews')).toBe(0);
	});

	test('undo leaves a card rated again since, in another tab, as that rating left it', async () => {
		const first = await rateCard(scheduler, 'q1', Rating.Good, now);
		const elsewhere = await rateCard(scheduler, 'q1', Rating.Again, minutes(1));
		expect(await undoRating(scheduler, first)).toBe(RATED_SINCE);
		const db = await getDb();
		expect(await db.get('cards', 'q1')).toEqual(elsewhere.card);
		expect(await db.count('reviews')).toBe(2);
	});

	test('an answer rates its question’s card with the rating it is given; flashcards go on from that card', async () => {
		const answer = (questionId: string, correct: boolean, rating: Grade) =>
			recordAnswer({ questionId, quizId: 'z', given: 'x', correct, mode: 'choice', ms: 2_000, at: now.getTime() }, rating, false, scheduler);
		await answer('wrong', false, Rating.Again);
		await answer('slow', true, Rating.Hard);
		await answer('quick', true, Rating.Good);
		const db = await getDb();
		const ratings = Object.fromEntries((await db.getAll('reviews')).map((r) => [r.questionId, r.rating]));
		expect(ratings).toEqual({ wrong: Rating.Again, slow: Rating.Hard, quick: Rating.Good });
		// Again on a new card is due in a minute; Good after the 10-minute step.
		expect((await getCard('wrong'))!.due).toEqual(minutes(1));
		expect((await getCard('quick'))!.due).toEqual(minutes(10));
		const flashcard = await rateCard(scheduler, 'quick', Rating.Good, minutes(10));
		expect(flashcard.before?.reps).toBe(1);
		expect(flashcard.card.reps).toBe(2);
	});

	test('a question never rated has no card', async () => {
		await rateCard(scheduler, 'rated', Rating.Good, now);
		expect((await getCard('rated'))?.questionId).toBe('rated');
		expect(await getCard('never')).toBeUndefined();
	});

	test('the study snapshot has due cards oldest first, new cards rated today, next due; the deck’s known ids', async () => {
		await rateCard(scheduler, 'a', Rating.Again, now); // due +1 min
		await rateCard(scheduler, 'b', Rating.Good, now); // due +10 min
		await rateCard(scheduler, 'c', Rating.Easy, now); // due in days
		const snapshot = await studySnapshot(minutes(15), new Date('2026-11-24T00:00:00Z'));
		expect(snapshot.due.map((c) => c.questionId)).toEqual(['a', 'b']);
		expect([...(await knownAmong(['a', 'b', 'c', 'd'], 20))].sort()).toEqual(['a', 'b', 'c']);
		expect(snapshot.newRatedSince).toBe(3);
		expect(snapshot.nextDue?.getTime()).toBeGreaterThan(minutes(15).getTime());
	});

	test('cards a quiz started are not the day’s new cards, and the answers say which ones they started', async () => {
		const answer = (questionId: string, rating: Grade | undefined) =>
			recordAnswer({ questionId, quizId: 'z', given: 'x', correct: true, mode: 'choice', ms: 2_000, at: now.getTime() }, rating, false, scheduler);
		await rateCard(scheduler, 'studied', Rating.Good, now);
		await answer('studied', Rating.Good);
		await answer('fresh', Rating.Good);
		await answer('guessed', undefined);
		const snapshot = await studySnapshot(minutes(15), new Date('2026-11-24T00:00:00Z'));
		expect(snapshot.newRatedSince).toBe(1);
		expect([...(await knownAmong(['studied', 'fresh', 'guessed'], 20))].sort()).toEqual(['fresh', 'studied']);
		const db = await getDb();
		const started = (await db.getAll('attempts')).map((a) => [a.questionId, a.newCard ?? false]);
		expect(started).toEqual([['studied', false], ['fresh', true], ['guessed', false]]);
		expect((await db.getAll('reviews')).map((r) => [r.questionId, r.via])).toEqual([
			['studied', undefined],
			['studied', 'quiz'],
			['fresh', 'quiz']
		]);
	});

	test('with a limit, the snapshot holds the oldest due cards and the soonest of each kind in learning steps, and says it is not all', async () => {
		const db = await getDb();
		const card = (id: string, state: State, due: Date) => db.put('cards', { ...newCard(id, now), state, due });
		await card('old-1', State.Review, minutes(-3 * 1440));
		await card('old-2', State.Review, minutes(-2 * 1440));
		await card('old-3', State.Review, minutes(-1440));
		await card('learning', State.Learning, minutes(-5));
		await card('learning-later', State.Learning, minutes(10));
		await card('relearning', State.Relearning, minutes(30));
		await card('later-today', State.Review, minutes(120));
		await card('tomorrow', State.Learning, minutes(2 * 1440));
		const since = new Date('2026-11-24T00:00:00Z');
		const dayEnd = new Date('2026-11-25T00:00:00Z');

		const first = await studySnapshot(now, since, 2, dayEnd);
		expect(first.due.map((c) => c.questionId)).toEqual(['old-1', 'old-2', 'learning', 'relearning']);
		expect(first.complete).toBe(false);
		const whole = await studySnapshot(now, since, undefined, dayEnd);
		expect(whole.due.map((c) => c.questionId)).toEqual(['old-1', 'old-2', 'old-3', 'learning', 'learning-later', 'relearning', 'later-today']);
		expect(whole.complete).toBe(true);
		expect(await dueCards(dayEnd)).toEqual(whole.due);
		expect((await studySnapshot(now, since, 7, dayEnd)).complete).toBe(false);
		expect((await studySnapshot(now, since, 8, dayEnd)).complete).toBe(true);
	});

	test('when the oldest due cards are all in learning steps and none is due yet, every due card is read: the first review lies further on', async () => {
		const db = await getDb();
		const card = (id: string, state: State, due: Date) => db.put('cards', { ...newCard(id, now), state, due });
		const since = new Date('2026-11-24T00:00:00Z');
		const dayEnd = new Date('2026-11-25T00:00:00Z');
		await card('step-1', State.Learning, minutes(30));
		await card('step-2', State.Relearning, minutes(60));
		await card('review', State.Review, minutes(120));
		const snapshot = await studySnapshot(now, since, 2, dayEnd);
		expect(snapshot.due.map((c) => c.questionId)).toEqual(['step-1', 'step-2', 'review']);
		expect(snapshot.complete).toBe(true);
		// once a learning card's time has come it is the first card, whatever else is due
		const later = await studySnapshot(minutes(45), since, 2, dayEnd);
		expect(later.due.map((c) => c.questionId)).toEqual(['step-1', 'step-2']);
		expect(later.complete).toBe(false);
	});
});
