/**
 * Forgetting the memory cards of questions no set holds any more: /cards never shows such a card,
 * yet Home counted it as due. Answers and reviews stay, for Progress. No scheduler code is loaded.
 */
import { getDb } from './open';

/** Deletes the cards of `questionIds` in one transaction. */
export async function forgetCards(questionIds: readonly string[]): Promise<void> {
	if (questionIds.length === 0) return;
	const tx = (await getDb()).transaction('cards', 'readwrite');
	await Promise.all([...questionIds.map((id) => tx.store.delete(id)), tx.done]);
}
