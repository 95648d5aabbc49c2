/**
 * The order of a flashcard session, the way Anki keeps it: cards in learning steps come back
 * only once they are due, and the counts (new, learning, to review) go down as cards are rated.
 * Pure: every change returns a new queue, and the time is passed in.
 */
import type { CardRecord } from './cards';
import { isLearning } from './due';
import type { StudyItem } from './queue';

/** Where a session stands. */
export interface SessionQueue {
	/** The card on screen; undefined when nothing is due now (see `learning`). */
	readonly current: StudyItem | undefined;
	/** Cards to show in turn: reviews first, then new cards, as dealt. */
	readonly waiting: readonly StudyItem[];
	/** Cards in learning steps, soonest due first: each is shown once its due time comes. */
	readonly learning: readonly StudyItem[];
	/** The end of the session's day: a card rated to come back before it stays in the session. */
	readonly dayEnd: Date;
}

/** The three figures a student follows while studying. */
export type SessionCounts = { fresh: number; learning: number; review: number };

const byDue = (a: StudyItem, b: StudyItem) => a.card.due.getTime() - b.card.due.getTime();

/** Whether an item counts as a card in learning steps (never a new one). */
const inLearning = (item: StudyItem) => !item.isNew && isLearning(item.card);

/**
 * A session over `items`. With `hold`, cards already in learning steps wait for their due time
 * (a deck dealt for today); without it every item is shown in the order given (a card opened on
 * purpose, or studying ahead).
 */
export function startSession(items: readonly StudyItem[], now: Date, dayEnd: Date, hold = true): SessionQueue {
	const held = hold ? items.filter(inLearning) : [];
	const waiting = hold ? items.filter((item) => !inLearning(item)) : [...items];
	return showNext({ current: undefined, waiting, learning: [...held].sort(byDue), dayEnd }, now);
}

/**
 * The queue with its waiting cards dealt again from `items`, the deal of the whole day (a session
 * started from its oldest cards, before the rest were read). Left out: the card on screen, the
 * cards in learning steps it holds and `done`, the cards already rated and gone; a card in
 * learning steps it did not hold joins them. Then the next card shows if none is on screen.
 */
export function redealWaiting(queue: SessionQueue, items: readonly StudyItem[], done: ReadonlySet<string>, now: Date): SessionQueue {
	const taken = new Set(done);
	if (queue.current) taken.add(queue.current.questionId);
	for (const item of queue.learning) taken.add(item.questionId);
	const left = items.filter((item) => !taken.has(item.questionId));
	const learning = [...queue.learning, ...left.filter(inLearning)].sort(byDue);
	return showNext({ ...queue, waiting: left.filter((item) => !inLearning(item)), learning }, now);
}

/**
 * Puts the next card on screen when none is: a learning card whose time has come first (it was
 * due soonest), else the next card waiting. Leaves the queue as it is when a card is on screen.
 */
export function showNext(queue: SessionQueue, now: Date): SessionQueue {
	if (queue.current) return queue;
	const [soonest, ...later] = queue.learning;
	if (soonest && soonest.card.due.getTime() <= now.getTime()) return { ...queue, current: soonest, learning: later };
	const [next, ...rest] = queue.waiting;
	return next ? { ...queue, current: next, waiting: rest } : queue;
}

/**
 * After the card on screen was rated and stored as `card`: it leaves the screen, and comes back
 * in this session when it is due again today (a learning step), counted under learning.
 */
export function afterRating(queue: SessionQueue, card: CardRecord, now: Date): SessionQueue {
	const item = queue.current;
	if (!item) return queue;
	const back = card.due.getTime() < queue.dayEnd.getTime();
	const again: StudyItem = { questionId: item.questionId, isNew: false, card };
	const learning = back ? [...queue.learning, again].sort(byDue) : queue.learning;
	return showNext({ ...queue, current: undefined, learning }, now);
}

/** Shows the soonest learning card before its time, at the student's asking. */
export function studyNow(queue: SessionQueue): SessionQueue {
	const [soonest, ...later] = queue.learning;
	if (queue.current || !soonest) return queue;
	return { ...queue, current: soonest, learning: later };
}

/** When the next learning card comes back, while none is on screen and nothing else waits. */
export function nextComeback(queue: SessionQueue): Date | undefined {
	if (queue.current || queue.waiting.length > 0) return undefined;
	return queue.learning[0]?.card.due;
}

/** New cards, cards in learning steps and reviews still to study, the one on screen included. */
export function sessionCounts(queue: SessionQueue): SessionCounts {
	const counts = { fresh: 0, learning: 0, review: 0 };
	const all = queue.current ? [queue.current, ...queue.waiting, ...queue.learning] : [...queue.waiting, ...queue.learning];
	for (const item of all) {
		if (item.isNew) counts.fresh++;
		else if (isLearning(item.card)) counts.learning++;
		else counts.review++;
	}
	return counts;
}
