/**
 * A long list of questions as a student reads it, or a teacher edits it: a page listed at first and
 * a page more at each "Show more", drawn a few at a time at idle moments. Drawing fifty at once held
 * a slow phone for a quarter of a second; a set of thousands is never drawn whole.
 */
import { nextIdle } from './idle';

/** How many items are listed at first, and added by each "Show more". */
export const PAGE = 50;
/** How many items are drawn in one task. */
export const STEP = 10;
/** How long the next few wait for an idle moment at most (ms): background work must not hold back a list the student asked for. */
const STEP_WITHIN_MS = 50;

export class PagedList {
	/** How many items are listed: a page more at each request. */
	#listed = $state(PAGE);
	/** How many are drawn so far. */
	#drawn = $state(STEP);
	readonly #length: () => number;

	/** Made as a component starts, with the list's length as it changes (a search, a set read later). */
	constructor(length: () => number) {
		this.#length = length;
		$effect(() => {
			if (this.#drawn < Math.min(this.#listed, length())) void nextIdle(STEP_WITHIN_MS).then(() => (this.#drawn += STEP));
		});
	}

	/** How many of the list's first items are listed: drawn now, or soon. */
	get listed(): number {
		return Math.min(this.#listed, this.#length());
	}

	/** How many of the list's first items to draw now. */
	get shown(): number {
		return Math.min(this.#listed, this.#drawn, this.#length());
	}

	/** How many "Show more" adds; 0 once every item is listed. */
	get more(): number {
		return Math.max(0, Math.min(PAGE, this.#length() - this.#listed));
	}

	showMore(): void {
		this.#listed += PAGE;
	}

	/** Lists and draws the first `count` items at once, at least: the one a teacher is taken to must be there. */
	showThrough(count: number): void {
		this.#listed = Math.max(this.#listed, count);
		this.#drawn = Math.max(this.#drawn, count);
	}

	/** Lists the first page again: the list became another (a new search). */
	restart(): void {
		this.#listed = PAGE;
	}
}
