/**
 * A short record beside each own set: what Home lists of it. Home then reads a few bytes per set,
 * not every question (a 10,000-question set is 3.4 MB, half a second to read on a slow phone).
 * Every write of a set goes through `putSet` and `deleteSet`, in the transaction that writes the
 * set, so the two never disagree; a restore and the migration that made the store write them too.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { KasotiDB, SetSummary, TeacherSetRecord } from './schema';

export type { SetSummary } from './schema';

/** The stores a write of an own set takes. */
export const SET_STORES = ['sets', 'summaries'] as const satisfies readonly StoreNames<KasotiDB>[];

/** A transaction that can write own sets and their summaries. */
type SetsTransaction = IDBPTransaction<KasotiDB, StoreNames<KasotiDB>[], 'readwrite' | 'versionchange'>;

/** The summary of a stored set. */
export function summaryOf(record: TeacherSetRecord): SetSummary {
	const { id, updatedAt, set, verdict } = record;
	return { id, updatedAt, title: set.title, title_en: set.title_en, total: set.questions.length, ...(verdict ? { verdict } : {}) };
}

/** Puts a set and its summary; resolves when both are written. */
export async function putSet(tx: SetsTransaction, record: TeacherSetRecord): Promise<void> {
	await Promise.all([tx.objectStore('sets').put(record), tx.objectStore('summaries').put(summaryOf(record))]);
}

/** Adds a new set and its summary: fails (ConstraintError) when the id is taken. */
export async function addSet(tx: SetsTransaction, record: TeacherSetRecord): Promise<void> {
	await Promise.all([tx.objectStore('sets').add(record), tx.objectStore('summaries').put(summaryOf(record))]);
}

/** Deletes a set and its summary. */
export async function deleteSet(tx: SetsTransaction, id: string): Promise<void> {
	await Promise.all([tx.objectStore('sets').delete(id), tx.objectStore('summaries').delete(id)]);
}
