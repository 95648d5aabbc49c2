/** Reading own sets, apart from the code that makes and changes them: the study pages only read. */
import { getDb } from './open';
import type { TeacherSetRecord } from './schema';
import { setsStamp } from './sets-stamp';

/** Every own set, most recently changed first. */
export async function allTeacherSets(): Promise<TeacherSetRecord[]> {
	const sets = await (await getDb()).getAllFromIndex('sets', 'by-updated');
	return sets.reverse();
}

/** One own set. */
export async function getTeacherSet(id: string): Promise<TeacherSetRecord | undefined> {
	return (await getDb()).get('sets', id);
}

/** The own sets' stamp (sets-stamp.ts) from their summaries: a few bytes per set, not every question. */
export async function ownSetsStamp(): Promise<string> {
	return setsStamp(await (await getDb()).getAll('summaries'));
}
