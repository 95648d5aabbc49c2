/** From a quiz answer to an FSRS rating, so a quiz counts as a review without asking the student. */
import { Rating, type Grade } from 'ts-fsrs';

/** A right answer slower than this (15 s) was recalled with effort. */
export const SLOW_ANSWER_MS = 15_000;

/** Wrong -> Again; right -> Good; right but slower than SLOW_ANSWER_MS -> Hard. Never Easy. */
export function ratingFromQuizAnswer(correct: boolean, ms: number): Grade {
	if (!correct) return Rating.Again;
	return ms > SLOW_ANSWER_MS ? Rating.Hard : Rating.Good;
}
