import { beforeEach, describe, expect, test } from 'vitest';
import { fillDiskOnNextPut, useFreshDatabase } from '$lib/db/testing';
import { getCard } from '$lib/db/cards';
import { getDb } from '$lib/db/open';
import { newCard, Rating, State, type StudyItem } from '$lib/srs';
import { StudySession } from './study-session.svelte';

const START = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

/** A clock the test moves by hand. */
let clock = START;
const now = () => clock;

/** Three questions never studied, in the order the deck deals them. */
const fresh = (): StudyItem[] =>
	['q-a', 'q-b', 'q-c'].map((questionId) => ({ questionId, isNew: true, card: newCard(questionId, START) }));

const queueIds = (session: StudySession) => session.queue.map((item) => item.questionId);

async function reviews() {
	return (await getDb()).getAll('reviews');
}

useFreshDatabase();
beforeEach(async () => {
	clock = START;
});

describe('rating', () => {
	test('a card is rated only once turned over; rating stores the card and its log and shows the next card', async () => {
		const session = new StudySession(fresh(), now);
		expect(await session.rate('easy')).toBeUndefined();
		expect(await reviews()).toEqual([]);

		session.flip();
		const stored = await session.rate('easy');

		expect(stored?.card.state).toBe(State.Review);
		expect(session.current?.questionId).toBe('q-b');
		expect(session.flipped).toBe(false);
		expect((await getCard('q-a'))?.reps).toBe(1);
		expect((await reviews()).map((r) => [r.questionId, r.rating])).toEqual([['q-a', Rating.Easy]]);
		// Easy puts a new card days away: it does not come back in this session.
		expect(queueIds(session)).toEqual(['q-b', 'q-c']);
	});

	test('a card rated Again comes back later in the same session', async () => {
		const session = new StudySession(fresh(), now);
		session.flip();
		await session.rate('again');
		expect(queueIds(session)).toEqual(['q-b', 'q-c', 'q-a']);

		session.flip();
		await session.rate('easy');
		clock = minutes(2);
		session.flip();
		await session.rate('easy');

		expect(session.current?.questionId).toBe('q-a');
		expect(session.current?.isNew).toBe(false);
		expect(session.current?.card.state).toBe(State.Learning);
		expect(session.current?.card.due).toEqual(minutes(1));
	});

	test('undo puts the card back in front, turned over, and takes its rating out of storage', async () => {
		const session = new StudySession(fresh(), now);
		session.flip();
		await session.rate('easy');
		session.flip();
		await session.rate('again');
		expect(queueIds(session)).toEqual(['q-c', 'q-b']);

		expect(await session.undo()).toBe(true);

		expect(queueIds(session)).toEqual(['q-b', 'q-c']);
		expect(session.flipped).toBe(true);
		expect(session.history.map((h) => h.item.questionId)).toEqual(['q-a']);
		expect((await reviews()).map((r) => r.questionId)).toEqual(['q-a']);
		// q-b had no card before its rating, so it has none again.
		expect(await getCard('q-b')).toBeUndefined();
	});
});

describe('when a rating cannot be stored', () => {
	test('a full disk keeps the card on screen, says so, and the rating can be given again', async () => {
		const session = new StudySession(fresh(), now);
		session.flip();
		fillDiskOnNextPut();
		expect(await session.rate('good')).toBeUndefined();

		expect(session.storageProblem).toBe('full');
		expect(session.current?.questionId).toBe('q-a');
		expect(session.flipped).toBe(true);
		expect(session.history).toEqual([]);
		expect(await getCard('q-a')).toBeUndefined();
		expect(await reviews()).toEqual([]);

		await session.rate('good');
		expect(session.storageProblem).toBeUndefined();
		expect(session.current?.questionId).toBe('q-b');
	});

	test('any other failure, of a rating or of an undo, is reported as failed', async () => {
		const session = new StudySession(fresh(), now);
		session.flip();
		await session.rate('easy');
		// The browser closed the connection (say, site data was cleared): every write now throws.
		(await getDb()).close();

		expect(await session.undo()).toBe(false);
		expect(session.storageProblem).toBe('failed');
		expect(session.history.map((h) => h.item.questionId)).toEqual(['q-a']);

		session.flip();
		expect(await session.rate('good')).toBeUndefined();
		expect(session.storageProblem).toBe('failed');
		expect(session.current?.questionId).toBe('q-b');
	});
});
