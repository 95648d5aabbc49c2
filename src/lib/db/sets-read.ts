/** Reading own sets, apart from the code that makes and changes them: the study pages only read. */
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
