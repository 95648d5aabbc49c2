/** A flashcard session: the card on screen, flipping, rating and undo; the order is srs/session's. */
import { RATED_SINCE, rateCard, undoRating, type StoredRating } from '$lib/db/cards';
import { storageProblem } from '$lib/db/errors';
import {
	afterRating,
	endOfLocalDay,
	nextComeback,
	preview,
	RATING_OF,
	redealWaiting,
	sessionCounts,
	showNext,
	startSession,
	studyNow,
	type PreviewItem,
	type RatingName,
	type SessionCounts,
	type SessionQueue,
	type StudyItem
} from '$lib/srs';
import { currentScheduler } from './scheduler';

/** How a session is dealt. */
export type SessionOptions = {
	/** The end of the study day: a card rated to come back before it stays in the session (default: local midnight). */
	dayEnd?: Date;
	/** Hold cards already in learning steps until they are due (a deck dealt for today); off for a card opened on purpose. */
	hold?: boolean;
};

export class StudySession {
	/** Where the session stands: the card on screen, the cards waiting and those in learning steps. */
	queue = $state.raw<SessionQueue>({ current: undefined, waiting: [], learning: [], dayEnd: new Date(0) });
	/** Whether the card on screen shows its back. */
	flipped = $state(false);
	/** Ratings given this session, newest last, each with the queue as it stood before it, for undo. */
	history = $state.raw<{ item: StudyItem; stored: StoredRating; name: RatingName; before: SessionQueue }[]>([]);
	/** Why the last rating or undo could not be stored ('full': the phone is out of space); undefined once one is. */
	storageProblem = $state<'full' | 'failed' | undefined>();

	#now: () => Date;

	constructor(items: StudyItem[], now: () => Date = () => new Date(), { dayEnd, hold = false }: SessionOptions = {}) {
		this.#now = now;
		const at = now();
		this.queue = startSession(items, at, dayEnd ?? endOfLocalDay(at), hold);
	}

	/** The card on screen. */
	get current(): StudyItem | undefined {
		return this.queue.current;
	}

	/** New cards, cards in learning steps and reviews still to study today, the one on screen included. */
	get counts(): SessionCounts {
		return sessionCounts(this.queue);
	}

	/** When the next learning card comes back, while it is the only kind left; undefined otherwise. */
	get nextComeback(): Date | undefined {
		return nextComeback(this.queue);
	}

	/** What each rating would do to the card on screen. */
	previews(): Record<RatingName, PreviewItem> | undefined {
		const item = this.current;
		return item ? preview(currentScheduler(), item.card, this.#now()) : undefined;
	}

	/**
	 * Deals the cards still waiting again from `items`, the deal of the whole day, once the rest of
	 * the day's cards are read (the session began with the oldest). The card on screen, the cards
	 * in learning steps and every rating stay; so does undo, whose earlier queues are dealt again too.
	 */
	redeal(items: StudyItem[]): void {
		const now = this.#now();
		const rated = this.history.map((entry) => entry.item.questionId);
		this.queue = redealWaiting(this.queue, items, new Set(rated), now);
		this.history = this.history.map((entry, i) => ({ ...entry, before: redealWaiting(entry.before, items, new Set(rated.slice(0, i)), now) }));
	}

	/** Turns the card on screen over, either way. */
	flip(): void {
		if (this.current) this.flipped = !this.flipped;
	}

	/** Shows a learning card whose time has come, when no card is on screen (the page's timer calls it). */
	wake(): void {
		this.queue = showNext(this.queue, this.#now());
	}

	/** Shows the next learning card before its time, at the student's asking. */
	studyNow(): void {
		this.queue = studyNow(this.queue);
	}

	/** Rates the card on screen; the card and its log are stored before the next card shows. */
	async rate(name: RatingName): Promise<StoredRating | undefined> {
		const item = this.current;
		if (!item || !this.flipped) return;
		const now = this.#now();
		let stored: StoredRating;
		try {
			stored = await rateCard(currentScheduler(), item.questionId, RATING_OF[name], now);
			this.storageProblem = undefined;
		} catch (error) {
			this.storageProblem = storageProblem(error);
			return;
		}
		const before = this.queue;
		this.queue = afterRating(before, stored.card, now);
		this.history = [...this.history, { item, stored, name, before }];
		this.flipped = false;
		return stored;
	}

	/**
	 * Takes back the last rating: the card returns to the screen, turned over, and every count as it
	 * was. A card rated again since in another tab keeps that rating ('rated-since'), and this one can no longer be taken back.
	 */
	async undo(): Promise<'undone' | typeof RATED_SINCE | false> {
		const last = this.history.at(-1);
		if (!last) return false;
		let outcome;
		try {
			outcome = await undoRating(currentScheduler(), last.stored);
			this.storageProblem = undefined;
		} catch (error) {
			this.storageProblem = storageProblem(error);
			return false;
		}
		this.history = this.history.slice(0, -1);
		if (outcome === RATED_SINCE) return RATED_SINCE;
		this.queue = last.before;
		this.flipped = true;
		return 'undone';
	}
}
