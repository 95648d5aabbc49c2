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

/** The cards still to study in the order they come: on screen, waiting, then in learning steps. */
const queueIds = (session: StudySession) =>
	[session.queue.current, ...session.queue.waiting, ...session.queue.learning].flatMap((item) => (item ? [item.questionId] : []));

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

	test('regression: a card rated Again is counted under learning, not again as due, and comes back only once due', async () => {
		const session = new StudySession(fresh(), now);
		expect(session.counts).toEqual({ fresh: 3, learning: 0, review: 0 });
		session.flip();
		await session.rate('again');
		expect(session.counts).toEqual({ fresh: 2, learning: 1, review: 0 });
		expect(queueIds(session)).toEqual(['q-b', 'q-c', 'q-a']);

		session.flip();
		await session.rate('easy');
		session.flip();
		await session.rate('good');
		// Only learning cards are left, none due yet (q-a in 1 min, q-c in 10): nothing on screen.
		expect(session.counts).toEqual({ fresh: 0, learning: 2, review: 0 });
		expect(session.current).toBeUndefined();
		expect(session.nextComeback).toEqual(minutes(1));

		clock = minutes(1);
		session.wake();
		expect(session.current?.questionId).toBe('q-a');
		expect(session.current?.isNew).toBe(false);
		expect(session.current?.card.state).toBe(State.Learning);
		session.flip();
		await session.rate('good');
		expect(session.current).toBeUndefined();
		expect(session.nextComeback).toEqual(minutes(10));

		// "Study it now": the next learning card before its time.
		session.studyNow();
		expect(session.current?.questionId).toBe('q-c');
	});

	test('a card opened on purpose is shown at once even in learning steps; a dealt one waits for its time', async () => {
		const learning = { ...newCard('q-l', START), state: State.Learning, due: minutes(5) };
		const item: StudyItem = { questionId: 'q-l', isNew: false, card: learning };
		expect(new StudySession([item], now).current?.questionId).toBe('q-l');

		const dealt = new StudySession([item, ...fresh()], now, { hold: true });
		expect(dealt.current?.questionId).toBe('q-a');
		expect(dealt.counts).toEqual({ fresh: 3, learning: 1, review: 0 });
	});

	test('undo puts the card back in front, turned over, and takes its rating out of storage', async () => {
		const session = new StudySession(fresh(), now);
		session.flip();
		await session.rate('easy');
		session.flip();
		await session.rate('again');
		expect(queueIds(session)).toEqual(['q-c', 'q-b']);
		expect(session.counts).toEqual({ fresh: 1, learning: 1, review: 0 });

		expect(await session.undo()).toBe('undone');

		expect(queueIds(session)).toEqual(['q-b', 'q-c']);
		expect(session.counts).toEqual({ fresh: 2, learning: 0, review: 0 });
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

describe('a session begun with the first cards, dealt again once the rest are read', () => {
	const item = (questionId: string): StudyItem => ({ questionId, isNew: true, card: newCard(questionId, START) });

	test('the rest join behind the card on screen, and an undo after it keeps them', async () => {
		const session = new StudySession([item('q-a'), item('q-b')], now);
		session.flip();
		await session.rate('easy');
		expect(queueIds(session)).toEqual(['q-b']);

		session.redeal(['q-a', 'q-b', 'q-c', 'q-d'].map(item));
		// q-a was rated and has left; q-b stays on screen
		expect(queueIds(session)).toEqual(['q-b', 'q-c', 'q-d']);
		expect(session.counts.fresh).toBe(3);

		expect(await session.undo()).toBe('undone');
		expect(queueIds(session)).toEqual(['q-a', 'q-b', 'q-c', 'q-d']);
		expect(session.flipped).toBe(true);
	});
});

