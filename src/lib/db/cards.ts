/** Memory cards and their ratings: each rating writes the card and its log in one transaction. */
import type { IDBPObjectStore, StoreNames } from 'idb';
import { endOfLocalDay, isLearning, newCard, rate, startsNewCard, undo, type CardRecord, type Grade, type Scheduler } from '$lib/srs';
import { STATE_LEARNING, STATE_RELEARNING } from '$lib/srs/due';
import { failedWrite } from './errors';
import { getDb } from './open';
import type { KasotiDB, StoredReview } from './schema';

export { knownAmong } from './card-keys';

/** A store of a read-write transaction, whatever other stores that transaction holds. */
type WritableStore<Name extends StoreNames<KasotiDB>> = IDBPObjectStore<
	KasotiDB,
	ArrayLike<StoreNames<KasotiDB>>,
	Name,
	'readwrite'
>;

/** The two stores a rating writes, taken from one read-write transaction. */
export type CardStores = { cards: WritableStore<'cards'>; reviews: WritableStore<'reviews'> };

/** A rating as it was stored: enough to take it back. */
export interface StoredRating {
	card: CardRecord;
	/** The card as it was before, or undefined when the question had no card yet. */
	before: CardRecord | undefined;
	reviewId: number;
	log: StoredReview;
}

/**
 * Rates a question's card inside a transaction the caller holds (it may span more stores), given
 * that transaction's cards and reviews stores.
 */
export async function rateInTransaction(
	{ cards, reviews }: CardStores,
	scheduler: Scheduler,
	questionId: string,
	rating: Grade,
	now: Date,
	via?: 'quiz'
): Promise<StoredRating> {
	const before = await cards.get(questionId);
	// Scheduling is pure and synchronous: nothing but database work is awaited in here.
	const rated = rate(scheduler, before ?? newCard(questionId, now), rating, now);
	const { card } = rated;
	const log = via ? { ...rated.log, via } : rated.log;
	await cards.put(card);
	const reviewId = await reviews.add(log);
	return { card, before, reviewId, log };
}

/** Rates a card and stores the card and its log together. */
export async function rateCard(
	scheduler: Scheduler,
	questionId: string,
	rating: Grade,
	now: Date
): Promise<StoredRating> {
	const db = await getDb();
	const tx = db.transaction(['cards', 'reviews'], 'readwrite');
	try {
		const stores = { cards: tx.objectStore('cards'), reviews: tx.objectStore('reviews') };
		const stored = await rateInTransaction(stores, scheduler, questionId, rating, now);
		await tx.done;
		return stored;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** What undoing a rating found: the card was rated again since (in another tab), so nothing was taken back. */
export const RATED_SINCE = 'rated-since';

/**
 * Takes back a rating: the card returns to its state before (ts-fsrs rollback) and the log is
 * removed. A card rated again since, in another tab, is left as it is: putting back the state
 * before this rating would wipe the later one, whose log would then describe a card that is not there.
 */
export async function undoRating(scheduler: Scheduler, stored: StoredRating): Promise<CardRecord | undefined | typeof RATED_SINCE> {
	const db = await getDb();
	const tx = db.transaction(['cards', 'reviews'], 'readwrite');
	try {
		const current = await tx.objectStore('cards').get(stored.card.questionId);
		if (JSON.stringify(current) !== JSON.stringify(stored.card)) {
			await tx.done;
			return RATED_SINCE;
		}
		let restored: CardRecord | undefined;
		if (stored.before) {
			// Rollback cannot know the old due date of a card rated late; the copy taken before the rating does.
			restored = { ...undo(scheduler, stored.card, stored.log), due: stored.before.due };
			await tx.objectStore('cards').put(restored);
		} else {
			await tx.objectStore('cards').delete(stored.card.questionId);
		}
		await tx.objectStore('reviews').delete(stored.reviewId);
		await tx.done;
		return restored;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** What /cards needs to deal its first card, read in one transaction (one round trip). */
export interface StudySnapshot {
	/**
	 * Cards due before the end of the day, oldest due first: all of them, or (with a limit) the
	 * oldest `limit` and the soonest in learning steps, which is enough to deal the first card right.
	 */
	due: CardRecord[];
	/** Whether `due` holds every card due today. */
	complete: boolean;
	/** Ratings given since `since` in study to cards that were new then (a quiz's do not count). */
	newRatedSince: number;
	/** The earliest due time among cards not due today, if any. */
	nextDue: Date | undefined;
}

const byDueThenId = (a: CardRecord, b: CardRecord) =>
	a.due.getTime() - b.due.getTime() || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0);

/**
 * Reads the cards due today (before `dayEnd`, local midnight by default) and the new cards started
 * since `since` together. Which questions are new is knownAmong's, once the deck is known.
 *
 * With `limit`, only the oldest `limit` due cards are read, and the soonest due today of each
 * kind in learning steps (an index finds them): a session dealt from these shows the same first
 * card as one dealt from all, because a card in learning steps comes first once its time has come
 * and otherwise the oldest review does. When none of the oldest is a review and no learning card's
 * time has come, the first review may lie further on, and every due card is read.
 */
export async function studySnapshot(
	now: Date,
	since: Date,
	limit?: number,
	dayEnd: Date = endOfLocalDay(now)
): Promise<StudySnapshot> {
	const db = await getDb();
	const tx = db.transaction(['cards', 'reviews'], 'readonly');
	const cards = tx.objectStore('cards');
	const byDue = cards.index('by-due');
	const soonestIn = async (state: number) =>
		limit === undefined ? [] : cards.index('by-state-due').getAll(IDBKeyRange.bound([state, new Date(0)], [state, dayEnd], false, true), 1);
	const [oldest, today, later, learning, relearning] = await Promise.all([
		byDue.getAll(IDBKeyRange.upperBound(dayEnd, true), limit),
		tx.objectStore('reviews').index('by-review').getAll(IDBKeyRange.lowerBound(since)),
		byDue.openCursor(IDBKeyRange.lowerBound(dayEnd)),
		soonestIn(STATE_LEARNING),
		soonestIn(STATE_RELEARNING)
	]);
	let due = oldest;
	let complete = limit === undefined || oldest.length < limit;
	const soonest = [...learning, ...relearning];
	if (!complete && oldest.every(isLearning) && !soonest.some((card) => card.due.getTime() <= now.getTime())) {
		due = await byDue.getAll(IDBKeyRange.upperBound(dayEnd, true));
		complete = true;
	} else if (!complete) {
		const read = new Set(oldest.map((card) => card.questionId));
		due = [...oldest, ...soonest.filter((card) => !read.has(card.questionId))].sort(byDueThenId);
	}
	await tx.done;
	return { due, complete, newRatedSince: today.filter(startsNewCard).length, nextDue: later?.value.due };
}

/** Every card due before `dayEnd`, oldest first: the rest of the day once the first card is dealt. */
export async function dueCards(dayEnd: Date): Promise<CardRecord[]> {
	return (await getDb()).getAllFromIndex('cards', 'by-due', IDBKeyRange.upperBound(dayEnd, true));
}

/** The ids of the `count` cards due soonest, overdue ones first: the questions /cards keeps for its next first card. */
export async function soonestCardIds(count: number): Promise<string[]> {
	return (await getDb()).getAllKeysFromIndex('cards', 'by-due', undefined, count);
}

/** The cards due soonest from `from` on (the end of the day): for studying ahead when nothing is due. */
export async function upcomingCards(from: Date, limit = 50): Promise<CardRecord[]> {
	return (await getDb()).getAllFromIndex('cards', 'by-due', IDBKeyRange.lowerBound(from), limit);
}

/** The stored card of a question, or undefined when it was never rated. */
export async function getCard(questionId: string): Promise<CardRecord | undefined> {
	return (await getDb()).get('cards', questionId);
}
