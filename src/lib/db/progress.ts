/** What the progress page counts, read in one read-only transaction. */
import type { CardRecord } from '$lib/srs';
import { getDb } from './open';
import type { Attempt } from './schema';

/** Every answer (but a teacher's trial runs) and card, and when each rating was given. */
export type StoredProgress = { attempts: Attempt[]; cards: CardRecord[]; reviewTimes: Date[] };

/** Loads the student's whole history; a few thousand records at most, so one read suffices. */
export async function loadProgress(): Promise<StoredProgress> {
	const db = await getDb();
	const tx = db.transaction(['attempts', 'cards', 'reviews'], 'readonly');
	const [attempts, cards, reviews] = await Promise.all([
		tx.objectStore('attempts').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviews').getAll()
	]);
	await tx.done;
	return { attempts: attempts.filter((a) => !a.trial), cards, reviewTimes: reviews.map((r) => r.review) };
}
