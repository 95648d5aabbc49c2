/** What Home shows from the database: cards due and an unfinished quiz. Loaded after first paint. */
import { getDb } from './open';

export interface HomeStatus {
	due: number;
	/** The unfinished quiz's progress, when there is one. */
	unfinished?: { answered: number; total: number };
}

/** Reads the due count and the unfinished quiz in one transaction. */
export async function homeStatus(now: Date): Promise<HomeStatus> {
	const db = await getDb();
	const tx = db.transaction(['cards', 'quizzes', 'attempts'], 'readonly');
	const [due, active] = await Promise.all([
		tx.objectStore('cards').index('by-due').count(IDBKeyRange.upperBound(now)),
		tx.objectStore('quizzes').index('by-status').getAll('active')
	]);
	const quiz = active.sort((a, b) => b.startedAt - a.startedAt)[0];
	const answered = quiz ? await tx.objectStore('attempts').index('by-quiz').count(quiz.id) : 0;
	await tx.done;
	return { due, ...(quiz ? { unfinished: { answered, total: quiz.items.length } } : {}) };
}
