/**
 * The quiz this tab has just dealt and stored, handed to the quiz's screen in memory: the screen
 * opens it without reading it back, or looking for answers a quiz dealt a moment ago cannot have.
 */
import type { QuizRecord } from '$lib/db/schema';

let handed: QuizRecord | undefined;

/** Hands `quiz` to the quiz's screen while `open` goes there: once that ends, opened or not, it is gone. */
export async function openHandedOver<T>(quiz: QuizRecord, open: () => Promise<T>): Promise<T> {
	handed = quiz;
	try {
		return await open();
	} finally {
		handed = undefined;
	}
}

/** The quiz handed over to this opening of the quiz's screen, if any; given once. */
export function takeHandedOver(): QuizRecord | undefined {
	const quiz = handed;
	handed = undefined;
	return quiz;
}
