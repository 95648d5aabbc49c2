import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { newCard, rate, type CardRecord } from './cards';
import type { StudyItem } from './queue';
import { createScheduler } from './scheduler';
import { afterRating, nextComeback, redealWaiting, sessionCounts, showNext, startSession, studyNow, type SessionQueue } from './session';

const plain = createScheduler({ fuzz: false });
const START = new Date('2026-11-24T09:00:00Z');
const DAY_END = new Date('2026-11-24T18:30:00Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

const fresh = (id: string): StudyItem => ({ questionId: id, isNew: true, card: newCard(id, START) });
const review = (id: string): StudyItem => {
	const card = rate(plain, newCard(id, minutes(-5000)), Rating.Easy, minutes(-5000)).card;
	return { questionId: id, isNew: false, card: { ...card, due: minutes(-60) } };
};
const learning = (id: string, dueIn: number): StudyItem => ({
	questionId: id,
	isNew: false,
	card: { ...rate(plain, newCard(id, START), Rating.Again, START).card, due: minutes(dueIn) }
});

/** Rates the card on screen at minute `at` and moves on, as the session does once the rating is stored. */
function rateShown(queue: SessionQueue, rating: Rating.Again | Rating.Hard | Rating.Good | Rating.Easy, at: number): SessionQueue {
	const card = rate(plain, queue.current!.card, rating, minutes(at)).card;
	return afterRating(queue, card, minutes(at));
}
const ids = (queue: SessionQueue) => ({
	current: queue.current?.questionId,
	waiting: queue.waiting.map((i) => i.questionId),
	learning: queue.learning.map((i) => i.questionId)
});

describe('a session of reviews and new cards', () => {
	it('shows reviews, then new cards; counts go down by one with each card that leaves', () => {
		let q = startSession([review('r1'), review('r2'), fresh('n1'), fresh('n2')], START, DAY_END);
		expect(ids(q)).toEqual({ current: 'r1', waiting: ['r2', 'n1', 'n2'], learning: [] });
		expect(sessionCounts(q)).toEqual({ fresh: 2, learning: 0, review: 2 });
		q = rateShown(q, Rating.Good, 0);
		expect(sessionCounts(q)).toEqual({ fresh: 2, learning: 0, review: 1 });
		q = rateShown(q, Rating.Good, 0);
		q = rateShown(q, Rating.Easy, 0);
		expect(sessionCounts(q)).toEqual({ fresh: 1, learning: 0, review: 0 });
		expect(q.current?.questionId).toBe('n2');
	});

	it('regression: a card rated Again is counted once, under learning, not again as due', () => {
		let q = startSession([review('r1'), review('r2'), review('r3')], START, DAY_END);
		q = rateShown(q, Rating.Again, 0);
		expect(sessionCounts(q)).toEqual({ fresh: 0, learning: 1, review: 2 });
		expect(q.learning[0]?.card.state).toBe(State.Relearning);
		q = rateShown(q, Rating.Hard, 0);
		q = rateShown(q, Rating.Good, 0);
		expect(sessionCounts(q)).toEqual({ fresh: 0, learning: 1, review: 0 });
	});
});

describe('learning steps', () => {
	it('regression: a card rated "10 min" comes back when it is due, not as soon as the short queue runs out', () => {
		let q = startSession([fresh('a'), fresh('b')], START, DAY_END);
		q = rateShown(q, Rating.Good, 0); // a: back in 10 min
		q = rateShown(q, Rating.Easy, 1); // b: days away
		expect(q.current).toBeUndefined();
		expect(nextComeback(q)).toEqual(minutes(10));
		expect(showNext(q, minutes(9))).toBe(q);
		const back = showNext(q, minutes(10));
		expect(back.current?.questionId).toBe('a');
		expect(sessionCounts(back)).toEqual({ fresh: 0, learning: 1, review: 0 });
	});

	it('shows a learning card that has fallen due before the next card waiting', () => {
		let q = startSession([fresh('a'), fresh('b'), fresh('c')], START, DAY_END);
		q = rateShown(q, Rating.Again, 0); // a: back in 1 min
		q = rateShown(q, Rating.Easy, 3); // b done; at minute 3, a is due
		expect(q.current?.questionId).toBe('a');
		expect(ids(q).waiting).toEqual(['c']);
	});

	it('holds dealt learning cards until due, soonest first; without holding shows them in order', () => {
		const items = [learning('late', 8), learning('soon', 2), fresh('n')];
		const held = startSession(items, START, DAY_END);
		expect(ids(held)).toEqual({ current: 'n', waiting: [], learning: ['soon', 'late'] });
		expect(sessionCounts(held)).toEqual({ fresh: 1, learning: 2, review: 0 });
		expect(ids(startSession(items, START, DAY_END, false)).current).toBe('late');
	});

	it('a card coming back only after the day ends leaves the session', () => {
		const q = startSession([fresh('a')], START, minutes(5));
		expect(ids(rateShown(q, Rating.Good, 0))).toEqual({ current: undefined, waiting: [], learning: [] });
	});

	it('"study it now" shows the soonest learning card before its time, and nothing while a card is on screen', () => {
		const q = startSession([learning('x', 9), learning('y', 4)], START, DAY_END);
		expect(q.current).toBeUndefined();
		expect(nextComeback(q)).toEqual(minutes(4));
		const now = studyNow(q);
		expect(ids(now)).toEqual({ current: 'y', waiting: [], learning: ['x'] });
		expect(studyNow(now)).toBe(now);
		expect(nextComeback(now)).toBeUndefined();
	});

	it('says no comeback time while other cards still wait', () => {
		const q = startSession([learning('x', 9), review('r')], START, DAY_END);
		expect(q.current?.questionId).toBe('r');
		expect(nextComeback(q)).toBeUndefined();
	});
});

describe('a card stored as it was rated', () => {
	it('keeps the stored card, not the one dealt', () => {
		const q = startSession([fresh('a')], START, DAY_END);
		const stored: CardRecord = rate(plain, q.current!.card, Rating.Hard, START).card;
		const after = afterRating(q, stored, START);
		expect(after.learning[0]?.card).toBe(stored);
		expect(after.learning[0]?.isNew).toBe(false);
	});
});

describe('a session begun with the oldest due cards, dealt again once the rest are read', () => {
	const whole = [review('r1'), review('r2'), review('r3'), review('r4'), learning('l1', 5), fresh('n1'), fresh('n2')];

	it('puts the rest of the reviews before the new cards and keeps the card on screen', () => {
		const begun = startSession([review('r1'), review('r2'), learning('l1', 5), fresh('n1'), fresh('n2')], START, DAY_END);
		expect(ids(begun)).toEqual({ current: 'r1', waiting: ['r2', 'n1', 'n2'], learning: ['l1'] });
		const redealt = redealWaiting(begun, whole, new Set(), START);
		expect(ids(redealt)).toEqual({ current: 'r1', waiting: ['r2', 'r3', 'r4', 'n1', 'n2'], learning: ['l1'] });
		expect(sessionCounts(redealt)).toEqual({ fresh: 2, learning: 1, review: 4 });
	});

	it('leaves out cards rated and gone, deals no card twice, and leaves a new card on screen where it is', () => {
		let q = startSession([review('r1'), review('r2'), fresh('n1'), fresh('n2')], START, DAY_END);
		q = rateShown(q, Rating.Easy, 1); // r1 leaves the session
		q = rateShown(q, Rating.Again, 2); // r2 comes back in a learning step
		const redealt = redealWaiting(q, whole, new Set(['r1', 'r2']), minutes(3));
		// both reviews read first are done, so the first new card is on screen: the rest come after it
		expect(ids(redealt)).toEqual({ current: 'n1', waiting: ['r3', 'r4', 'n2'], learning: ['l1', 'r2'] });
	});

	it('shows the next card when the first ones ran out before the rest were read', () => {
		let q = startSession([review('r1')], START, DAY_END);
		q = rateShown(q, Rating.Easy, 1);
		expect(q.current).toBeUndefined();
		expect(redealWaiting(q, [review('r1'), review('r2')], new Set(['r1']), minutes(2)).current?.questionId).toBe('r2');
	});
});

