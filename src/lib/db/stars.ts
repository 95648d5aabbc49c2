/** Starred questions: the ones a student marked to study, kept until unstarred. */
import { failedWrite } from './errors';
import { getDb } from './open';

type Listener = () => void;
const listeners = new Set<Listener>();

/** The ids of every starred question. */
export async function starredIds(): Promise<Set<string>> {
	const db = await getDb();
	return new Set(await db.getAllKeys('stars'));
}

/** Stars (`on`) or unstars a question, at once; a failure is thrown as a storage error. */
export async function setStar(questionId: string, on: boolean, now = Date.now()): Promise<void> {
	const db = await getDb();
	const tx = db.transaction('stars', 'readwrite');
	try {
		await (on ? tx.store.put({ questionId, at: now }) : tx.store.delete(questionId));
		await tx.done;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
	for (const listener of listeners) listener();
}

/** Calls `listener` after every change made in this tab; returns the way to stop. */
export function onStarsChanged(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
