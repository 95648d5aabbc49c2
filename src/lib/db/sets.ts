/** Teachers' own question sets: each change is one write, so nothing half-saved survives a reload. */
import { getDb } from './open';
import type { TeacherSetRecord } from './schema';

/** Every own set, most recently changed first. */
export async function allTeacherSets(): Promise<TeacherSetRecord[]> {
	const sets = await (await getDb()).getAllFromIndex('sets', 'by-updated');
	return sets.reverse();
}

/** One own set. */
export async function getTeacherSet(id: string): Promise<TeacherSetRecord | undefined> {
	return (await getDb()).get('sets', id);
}

/** Saves a set as it now is (create or replace). */
export async function saveTeacherSet(record: TeacherSetRecord): Promise<void> {
	await (await getDb()).put('sets', record);
}

/** Adds new sets in one transaction: all of them are stored, or none (an id already taken fails it). */
export async function addTeacherSets(records: readonly TeacherSetRecord[]): Promise<void> {
	const db = await getDb();
	const tx = db.transaction('sets', 'readwrite');
	await Promise.all(records.map((r) => tx.store.add(r)));
	await tx.done;
}

/** Deletes an own set (the progress on its questions stays, keyed by question id). */
export async function deleteTeacherSet(id: string): Promise<void> {
	await (await getDb()).delete('sets', id);
}
