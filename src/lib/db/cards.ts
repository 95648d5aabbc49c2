/** Memory cards and their ratings: each rating writes the card and its log in one transaction. */
import type { IDBPTransaction, StoreNames } from 'idb';
import { newCard, rate, State, undo, type CardRecord, type Grade, type Scheduler } from '$lib/srs';
import { getDb } from './open';
import type { KasotiDB, StoredReview } from './schema';

/** Any read-write transaction that holds at least the cards and reviews stores. */
type CardTx = IDBPTransaction<KasotiDB, StoreNames<KasotiDB>[], 'readwrite'>;

/** A rating as it was stored: enough to take it back. */
export interface StoredRating {
	card: CardRecord;
	/** The card as it was before, or undefined when the question had no card yet. */
	before: CardRecord | undefined;
	reviewId: number;
	log: StoredReview;
}

/** Rates a question's card inside a transaction that already holds the cards and reviews stores. */
export async function rateInTransaction(
	tx: CardTx,
	scheduler: Scheduler,
	questionId: string,
	rating: Grade,
	now: Date
): Promise<StoredRating> {
	const before = await tx.objectStore('cards').get(questionId);
	// Scheduling is pure and synchronous: nothing but database work is awaited in here.
	const { card, log } = rate(scheduler, before ?? newCard(questionId, now), rating, now);
	await tx.objectStore('cards').put(card);
	const reviewId = await tx.objectStore('reviews').add(log);
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
	const stored = await rateInTransaction(tx, scheduler, questionId, rating, now);
	await tx.done;
	return stored;
}

/** Takes back a rating: the card returns to its state before (ts-fsrs rollback) and the log is removed. */
export async function undoRating(scheduler: Scheduler, stored: StoredRating): Promise<CardRecord | undefined> {
	const db = await getDb();
	const tx = db.transaction(['cards', 'reviews'], 'readwrite');
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
}

/** What /cards needs to deal its first card, read in one transaction (one round trip). */
export interface StudySnapshot {
	/** Cards due by `now`, oldest due first, at most `limit`. */
	due: CardRecord[];
	/** Ids of every question that has a card: the others are new. */
	known: Set<string>;
	/** Ratings given since `since` to cards that were new then. */
	newRatedSince: number;
	/** The earliest due time among cards not yet due, if any. */
	nextDue: Date | undefined;
}

/** Reads the due cards, the known card ids and today's new-card count together. */
export async function studySnapshot(now: Date, since: Date, limit = 200): Promise<StudySnapshot> {
	const db = await getDb();
	const tx = db.transaction(['cards', 'reviews'], 'readonly');
	const byDue = tx.objectStore('cards').index('by-due');
	const [due, keys, today, later] = await Promise.all([
		byDue.getAll(IDBKeyRange.upperBound(now), limit),
		tx.objectStore('cards').getAllKeys(),
		tx.objectStore('reviews').index('by-review').getAll(IDBKeyRange.lowerBound(since)),
		byDue.openCursor(IDBKeyRange.lowerBound(now, true))
	]);
	await tx.done;
	return {
		due,
		known: new Set(keys),
		newRatedSince: today.filter((r) => r.state === State.New).length,
		nextDue: later?.value.due
	};
}

/** Every card (progress page, backup). */
export async function allCards(): Promise<CardRecord[]> {
	return (await getDb()).getAll('cards');
}

/** Every rating (progress page, backup). */
export async function allReviews(): Promise<StoredReview[]> {
	return (await getDb()).getAll('reviews');
}

/** How many cards are due by `now`: for Home. */
export async function countDue(now: Date): Promise<number> {
	return (await getDb()).countFromIndex('cards', 'by-due', IDBKeyRange.upperBound(now));
}

/** The cards due soonest after `now`: for studying ahead when nothing is due. */
export async function upcomingCards(now: Date, limit = 50): Promise<CardRecord[]> {
	return (await getDb()).getAllFromIndex('cards', 'by-due', IDBKeyRange.lowerBound(now, true), limit);
}

/** The card due soonest (overdue first): what /cards shows next. */
export async function nextDueCard(now: Date): Promise<CardRecord | undefined> {
	const cursor = await (await getDb()).transaction('cards').store.index('by-due').openCursor(IDBKeyRange.upperBound(now));
	return cursor?.value;
}
