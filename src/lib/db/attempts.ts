/** Answers: written one at a time, the moment each is given. */
import { State, type Grade, type Scheduler } from '$lib/srs';
import { rateInTransaction } from './cards';
import { failedWrite } from './errors';
import { getDb } from './open';
import type { Attempt } from './schema';

/** What the quiz engine needs to know of a question's history to favour weak spots. */
export interface PastResult {
	seen: number;
	wrong: number;
	lastRight: boolean;
	lastAt: number;
}

/** The quiz already has an answer to this question (given in another tab): nothing was written. */
export class AlreadyAnsweredError extends Error {
	override readonly name = 'AlreadyAnsweredError';

	constructor(readonly questionId: string) {
		super(`Question ${questionId} of this quiz is already answered`);
	}
}

/**
 * Stores an answer, rates the question's memory card with `rating` (the caller's rule turns the
 * answer into one; undefined leaves the card alone) and, when it is the quiz's last, marks the quiz
 * done, all in one transaction: any failure part way, a thrown error included, aborts the whole, so
 * a reload never finds the answer without the card and quiz state that go with it. An answer that
 * gave its question a card is stored with `newCard`, so the results can say how many questions
 * joined the flashcards. With `once`, a question the quiz already has an answer to is refused
 * (AlreadyAnsweredError): checked inside the transaction, so two tabs cannot both answer it.
 */
export async function recordAnswer(
	attempt: Attempt,
	rating: Grade | undefined,
	isLast: boolean,
	scheduler: Scheduler,
	{ once = false }: { once?: boolean } = {}
): Promise<number> {
	const db = await getDb();
	const tx = db.transaction(['attempts', 'quizzes', 'cards', 'reviews'], 'readwrite');
	try {
		const attempts = tx.objectStore('attempts');
		if (once) {
			const given = await attempts.index('by-quiz').getAll(attempt.quizId);
			if (given.some((a) => a.questionId === attempt.questionId)) throw new AlreadyAnsweredError(attempt.questionId);
		}
		const id = await attempts.add(attempt);
		if (rating !== undefined) {
			const stores = { cards: tx.objectStore('cards'), reviews: tx.objectStore('reviews') };
			const at = new Date(attempt.at);
			const { before } = await rateInTransaction(stores, scheduler, attempt.questionId, rating, at, 'quiz');
			if (!before || before.state === State.New) await attempts.put({ ...attempt, id, newCard: true });
		}
		if (isLast) {
			const quizzes = tx.objectStore('quizzes');
			const quiz = await quizzes.get(attempt.quizId);
			if (quiz) await quizzes.put({ ...quiz, status: 'done', finishedAt: attempt.at });
		}
		await tx.done;
		return id;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** Every answer of one quiz, in the order given. */
export async function attemptsOfQuiz(quizId: string): Promise<Attempt[]> {
	const db = await getDb();
	const attempts = await db.getAllFromIndex('attempts', 'by-quiz', quizId);
	return attempts.sort((a, b) => a.at - b.at);
}

/** Each answered question's record: how often seen, how often wrong, and how it went last time. A teacher's trial run is not the student's record. */
export async function pastResults(): Promise<Map<string, PastResult>> {
	const db = await getDb();
	const results = new Map<string, PastResult>();
	let cursor = await db.transaction('attempts').store.index('by-at').openCursor();
	while (cursor) {
		const a = cursor.value;
		if (a.trial) {
			cursor = await cursor.continue();
			continue;
		}
		const r = results.get(a.questionId) ?? { seen: 0, wrong: 0, lastRight: false, lastAt: 0 };
		results.set(a.questionId, {
			seen: r.seen + 1,
			wrong: r.wrong + (a.correct ? 0 : 1),
			lastRight: a.correct,
			lastAt: a.at
		});
		cursor = await cursor.continue();
	}
	return results;
}
