/** Dealt quizzes: saved when started, so a quiz cut short resumes where it stopped. */
import { failedWrite } from './errors';
import { getDb } from './open';
import type { QuizRecord } from './schema';

/** Saves a new quiz as the active one; any other unfinished quiz is set aside. All or nothing. */
export async function startQuiz(quiz: QuizRecord): Promise<void> {
	const db = await getDb();
	const tx = db.transaction('quizzes', 'readwrite');
	try {
		for (const old of await tx.store.index('by-status').getAll('active')) {
			await tx.store.put({ ...old, status: 'abandoned' });
		}
		await tx.store.put(quiz);
		await tx.done;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** The unfinished quiz, if there is one. */
export async function activeQuiz(): Promise<QuizRecord | undefined> {
	const db = await getDb();
	const active = await db.getAllFromIndex('quizzes', 'by-status', 'active');
	return active.sort((a, b) => b.startedAt - a.startedAt)[0];
}

/** One quiz by id. */
export async function getQuiz(id: string): Promise<QuizRecord | undefined> {
	return (await getDb()).get('quizzes', id);
}

/** Stops offering an unfinished quiz. */
export async function abandonQuiz(id: string): Promise<void> {
	const db = await getDb();
	const tx = db.transaction('quizzes', 'readwrite');
	try {
		const quiz = await tx.store.get(id);
		if (quiz?.status === 'active') await tx.store.put({ ...quiz, status: 'abandoned' });
		await tx.done;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}
