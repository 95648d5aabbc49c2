/**
 * Cards as Kasoti stores them, and the three things done to one: rate it, preview the four
 * ratings, undo the last rating. Thin over ts-fsrs; `now` is always passed in.
 */
import { createEmptyCard, Rating, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import { formatInterval, type Interval } from './interval';
import type { Scheduler } from './scheduler';

/**
 * One question's memory state, as stored: ts-fsrs's Card fields unchanged, keyed by question id.
 * `elapsed_days` is left out: ts-fsrs 5 deprecates it and works it out from `last_review`.
 */
export type CardRecord = { questionId: string } & Omit<Card, 'elapsed_days'>;

/**
 * One rating, as stored for undo and for the progress page: ts-fsrs's ReviewLog fields without the
 * deprecated `elapsed_days` and `last_elapsed_days`. As in ts-fsrs, `review` is when the rating was
 * given and `due` is the card's previous `last_review` (or, for a new card, its creation time);
 * `stability`, `difficulty`, `state`, `scheduled_days` and `learning_steps` are the values before it.
 * `via` is 'quiz' for a rating a quiz answer gave: a card a quiz started is not one of the day's new cards.
 */
export type ReviewRecord = { questionId: string; rating: Grade; via?: 'quiz' } & Omit<
	ReviewLog,
	'rating' | 'elapsed_days' | 'last_elapsed_days'
>;

/** The four answer buttons, in the order shown. */
export const RATING_NAMES = ['again', 'hard', 'good', 'easy'] as const;
/** The name of an answer button. */
export type RatingName = (typeof RATING_NAMES)[number];

/** The rating behind each answer button. */
export const RATING_OF: Readonly<Record<RatingName, Grade>> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

/** What one answer button would do: the rating, the next due time, and the wait until then. */
export type PreviewItem = { rating: Grade; due: Date; interval: Interval };

/** Copies the stored fields only, with fresh Dates: ts-fsrs hands back the caller's own `now` object. */
function toRecord(questionId: string, card: Card): CardRecord {
	const record: CardRecord = {
		questionId,
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state
	};
	if (card.last_review) record.last_review = new Date(card.last_review);
	return record;
}

function toReviewRecord(questionId: string, log: ReviewLog): ReviewRecord {
	// next() takes a Grade, so the log can never hold Rating.Manual.
	const rating = log.rating as Grade;
	return {
		questionId,
		rating,
		state: log.state,
		due: new Date(log.due),
		stability: log.stability,
		difficulty: log.difficulty,
		scheduled_days: log.scheduled_days,
		learning_steps: log.learning_steps,
		review: new Date(log.review)
	};
}

/**
 * ts-fsrs's types still ask for the deprecated field; it recomputes it and only echoes it into logs.
 * The question id rides along for the scheduler's fuzz seed.
 */
function toFsrsCard(card: CardRecord): Card {
	return { ...card, elapsed_days: 0 };
}

/** A card for a question never studied, due at once. */
export function newCard(questionId: string, now: Date): CardRecord {
	return toRecord(questionId, createEmptyCard(now));
}

/** Applies one rating given at `now`: the card to store and the review to keep for undo. */
export function rate(
	scheduler: Scheduler,
	card: CardRecord,
	rating: Grade,
	now: Date
): { card: CardRecord; log: ReviewRecord } {
	const next = scheduler.fsrs.next(toFsrsCard(card), now, rating);
	return { card: toRecord(card.questionId, next.card), log: toReviewRecord(card.questionId, next.log) };
}

/** What each of the four buttons would schedule if pressed at `now`, for labels like "10 min". */
export function preview(scheduler: Scheduler, card: CardRecord, now: Date): Record<RatingName, PreviewItem> {
	const options = scheduler.fsrs.repeat(toFsrsCard(card), now);
	const item = (name: RatingName): PreviewItem => {
		const rating = RATING_OF[name];
		const due = new Date(options[rating].card.due);
		return { rating, due, interval: formatInterval(now, due) };
	};
	return { again: item('again'), hard: item('hard'), good: item('good'), easy: item('easy') };
}

/**
 * The card as it was before `log` was applied (ts-fsrs rollback). Memory state, counts, state and
 * `last_review` come back exactly. ts-fsrs keeps no record of the old due time of a card already
 * studied, so such a card comes back due at the undone review's time: due now, as it was.
 */
export function undo(scheduler: Scheduler, card: CardRecord, log: ReviewRecord): CardRecord {
	if (log.questionId !== card.questionId) {
		throw new Error(`cannot undo a review of ${log.questionId} on the card of ${card.questionId}`);
	}
	const { questionId: _questionId, ...fields } = log;
	const previous = scheduler.fsrs.rollback(toFsrsCard(card), { ...fields, elapsed_days: 0, last_elapsed_days: 0 });
	return toRecord(card.questionId, previous);
}
