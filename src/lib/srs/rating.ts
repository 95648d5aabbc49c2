/** From a quiz answer to an FSRS rating, so a quiz counts as a review without asking the student. */
import { Rating, type Grade } from 'ts-fsrs';

/** A right answer slower than this (15 s) was recalled with effort. */
export const SLOW_ANSWER_MS = 15_000;

/**
 * Wrong -> Again; right -> Good; right but slower than SLOW_ANSWER_MS -> Hard. Never Easy.
 * A right true/false answer rates nothing (undefined): a coin flip is right half the time, so it
 * says nothing of memory, while a wrong one shows a belief that needs correcting.
 */
export function ratingFromQuizAnswer(correct: boolean, ms: number, mode: 'choice' | 'typed' | 'tf'): Grade | undefined {
	if (!correct) return Rating.Again;
	if (mode === 'tf') return undefined;
	return ms > SLOW_ANSWER_MS ? Rating.Hard : Rating.Good;
}
