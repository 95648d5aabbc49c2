/** Saving an own set as its page goes away: the one write that cannot wait for the event loop. */
import { withVerdict, type TeachReport } from '$lib/teach/check';
import { getDb } from './open';
import type { TeacherSetRecord } from './schema';
import { setsChanged } from './set-events';
import { putSet, SET_STORES } from './set-summaries';

/**
 * Writes the set and commits at once. A page being unloaded does not return to the event loop,
 * where a transaction would commit on its own, so Chromium aborts it; an explicit commit is sent
 * with the write and survives the unload. `report` is the checks' on this very record: a large
 * set is not checked again while the page goes.
 */
export async function saveSetWhileLeaving(record: TeacherSetRecord, report?: TeachReport): Promise<void> {
	const judged = withVerdict(record, report);
	const tx = (await getDb()).transaction(SET_STORES, 'readwrite');
	const written = putSet(tx, judged);
	tx.commit();
	await Promise.all([written, tx.done]);
	setsChanged();
}
