/** Reading own sets, apart from the code that makes and changes them: the study pages only read. */
import { storedReadiness } from '$lib/teach/verdict';
import { getDb } from './open';
import type { SetSummary, TeacherSetRecord } from './schema';
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

/**
 * The own set that holds one of `questionIds`, most recently changed first: the set a file exported
 * from it came from, whatever the file is called now. Ids are never shared between sets (ids.ts).
 */
export async function ownSetHolding(questionIds: ReadonlySet<string>): Promise<TeacherSetRecord | undefined> {
	if (questionIds.size === 0) return undefined;
	return (await allTeacherSets()).find((record) => record.set.questions.some((q) => questionIds.has(q.id)));
}

/** The own sets' stamp (sets-stamp.ts) from their summaries: a few bytes per set, not every question. */
export async function ownSetsStamp(): Promise<string> {
	return setsStamp(await (await getDb()).getAll('summaries'));
}

/**
 * The summaries of the own sets whose stored verdict gives them to students, in the order
 * readyTeacherSets gives the sets: a list of them without reading every question. A set stored
 * without a verdict of the checks of now is not among them until it is read and checked. With
 * them, from the same read, the stamp of every own set (as `ownSetsStamp` gives it).
 */
export async function readySummariesAndStamp(): Promise<{ ready: SetSummary[]; stamp: string }> {
	const summaries = await (await getDb()).getAll('summaries');
	return { ready: readyOf(summaries), stamp: setsStamp(summaries) };
}

function readyOf(summaries: SetSummary[]): SetSummary[] {
	// most recently changed first, as the sets' index read backwards orders them (a tie by id, backwards)
	const order = (a: SetSummary, b: SetSummary) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
	return summaries.filter((summary) => storedReadiness(summary) === true).sort(order);
}
