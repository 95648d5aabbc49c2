/**
 * Which answer's feedback showed last, and whether the student has moved on from it: kept in
 * localStorage, so a quiz opened again after a reload (or the next day) shows that feedback again
 * if they had not, the last answer's too. One entry; the answers themselves are in IndexedDB.
 */
import { readStored, writeStored } from './persisted';

const KEY = 'kasoti.quiz-feedback';

/** The feedback last shown: of which question, in which quiz, and whether the student left it. */
export type ShownFeedback = { quiz: string; question: string; left: boolean };

function parse(raw: string | null): ShownFeedback | undefined {
	const value: unknown = raw ? JSON.parse(raw) : undefined;
	const { quiz, question, left } = (value ?? {}) as Partial<ShownFeedback>;
	if (typeof quiz !== 'string' || typeof question !== 'string' || typeof left !== 'boolean') return undefined;
	return { quiz, question, left };
}

/** The feedback last shown in this browser; undefined when none is known. */
export function lastFeedback(): ShownFeedback | undefined {
	return readStored(KEY, parse);
}

/** Notes that the feedback of `question` in `quiz` shows (`left` false) or that the student left it. */
export function noteFeedback(quiz: string, question: string, left: boolean): void {
	writeStored(KEY, { quiz, question, left } satisfies ShownFeedback);
}
