/**
 * What "due today" and "new today" mean, once for Home, /cards and /progress. Pure, and free of
 * ts-fsrs at run time (its State values are written out below), so Home can count without it.
 */
import type { CardRecord } from './cards';

/** ts-fsrs's State.New, Learning, Review and Relearning; due.test.ts checks they still match. */
export const STATE_NEW = 0;
export const STATE_LEARNING = 1;
export const STATE_REVIEW = 2;
export const STATE_RELEARNING = 3;

/** The fields of a card the counts read. */
export type DueCard = Pick<CardRecord, 'due' | 'state'>;

/** Whether a card is in learning steps (minutes apart): shown only once its due time comes. */
export function isLearning(card: Pick<CardRecord, 'state'>): boolean {
	return card.state === STATE_LEARNING || card.state === STATE_RELEARNING;
}

/**
 * Whether a card is due today: studied (a card still New is counted as new, not due) and due
 * before `dayEnd`, the end of the student's day. As in Anki, a review due this evening counts
 * (and may be studied) this morning; a card in learning steps counts but waits for its time.
 */
export function isDueBy(card: DueCard, dayEnd: Date): boolean {
	return card.state !== STATE_NEW && card.due.getTime() < dayEnd.getTime();
}

/** The states of a studied card, each of which may be due (a New card never is): Home counts each in an index. */
export const STUDIED_STATES = [STATE_LEARNING, STATE_REVIEW, STATE_RELEARNING] as const;

/** Whether a stored rating used up one of the day's new cards: a first rating given in study, not by a quiz. */
export function startsNewCard(review: { state: number; via?: string }): boolean {
	return review.state === STATE_NEW && review.via !== 'quiz';
}

/** How many new cards may still be started today. */
export function newAllowance(newPerDay: number, newRatedToday: number): number {
	return Math.max(0, newPerDay - newRatedToday);
}

/** How many new cards wait today: the day's allowance, or fewer when fewer questions are left unstudied. */
export function newToday(newPerDay: number, newRatedToday: number, unstudied: number): number {
	return Math.min(newAllowance(newPerDay, newRatedToday), Math.max(0, unstudied));
}

/** Local midnight of `now`'s day, for "new cards today". */
export function startOfLocalDay(now: Date): Date {
	const day = new Date(now);
	day.setHours(0, 0, 0, 0);
	return day;
}

/** Local midnight at the end of `now`'s day: what is due before it is due today. */
export function endOfLocalDay(now: Date): Date {
	const day = startOfLocalDay(now);
	day.setDate(day.getDate() + 1);
	return day;
}
