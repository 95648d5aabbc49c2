/** Saving an own set as its page goes away: the one write that cannot wait for the event loop. */
import { getDb } from './open';
import type { TeacherSetRecord } from './schema';
import { setsChanged } from './set-events';

/**
 * Writes the set and commits at once. A page being unloaded does not return to the event loop,
 * where a transaction would commit on its own, so Chromium aborts it; an explicit commit is sent
 * with the write and survives the unload.
 */
export async function saveSetWhileLeaving(record: TeacherSetRecord): Promise<void> {
	const tx = (await getDb()).transaction('sets', 'readwrite');
	const written = tx.store.put(record);
	tx.commit();
	await Promise.all([written, tx.done]);
	setsChanged();
}
