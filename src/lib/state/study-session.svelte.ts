/** A flashcard session: the queue, the card on screen, flipping, rating and undo. */
import { rateCard, undoRating, type StoredRating } from '$lib/db/cards';
import { storageProblem } from '$lib/db/errors';
import { preview, RATING_OF, type PreviewItem, type RatingName, type StudyItem } from '$lib/srs';
import { currentScheduler } from './scheduler';

/** A card rated again within this window comes back in the same session (learning steps). */
const RELEARN_WINDOW_MS = 20 * 60_000;

export class StudySession {
	/** Cards still to study, the one on screen first. */
	queue = $state.raw<StudyItem[]>([]);
	/** Whether the card on screen shows its back. */
	flipped = $state(false);
	/** Ratings given this session, newest last, for undo. */
	history = $state.raw<{ item: StudyItem; stored: StoredRating; name: RatingName }[]>([]);
	/** Why the last rating or undo could not be stored ('full': the phone is out of space); undefined once one is. */
	storageProblem = $state<'full' | 'failed' | undefined>();

	#now: () => Date;

	constructor(queue: StudyItem[], now: () => Date = () => new Date()) {
		this.queue = queue;
		this.#now = now;
	}

	/** The card on screen. */
	get current(): StudyItem | undefined {
		return this.queue[0];
	}

	/** What each rating would do to the card on screen. */
	previews(): Record<RatingName, PreviewItem> | undefined {
		const item = this.current;
		return item ? preview(currentScheduler(), item.card, this.#now()) : undefined;
	}

	/** Turns the card on screen over, either way. */
	flip(): void {
		if (this.current) this.flipped = !this.flipped;
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
		const rest = this.queue.slice(1);
		const soon = stored.card.due.getTime() - now.getTime() <= RELEARN_WINDOW_MS;
		this.queue = soon ? [...rest, { questionId: item.questionId, isNew: false, card: stored.card }] : rest;
		this.history = [...this.history, { item, stored, name }];
		this.flipped = false;
		return stored;
	}

	/** Takes back the last rating: the card returns to the front, as it was. */
	async undo(): Promise<boolean> {
		const last = this.history.at(-1);
		if (!last) return false;
		try {
			await undoRating(currentScheduler(), last.stored);
			this.storageProblem = undefined;
		} catch (error) {
			this.storageProblem = storageProblem(error);
			return false;
		}
		const withoutRequeued = this.queue.filter((i) => i.questionId !== last.item.questionId);
		this.queue = [last.item, ...withoutRequeued];
		this.history = this.history.slice(0, -1);
		this.flipped = true;
		return true;
	}
}
