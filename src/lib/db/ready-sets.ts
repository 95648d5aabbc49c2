/**
 * The own sets students may be given, as the study pages read them. Every write stores a set with
 * the checks' verdict (sets.ts, a restore), so a page load trusts it: only a set stored without a
 * verdict of the checks of now (by an older Kasoti, or before the checks changed) is checked, once,
 * and its verdict written back. Checking a 10,000-question set takes seconds on a slow phone.
 */
import type { QuestionSet } from '$lib/bank/schema';
import { storedReadiness } from '$lib/teach/verdict';
import type { TeacherSetRecord } from './schema';
import { allTeacherSets } from './sets-read';
import { setsStamp } from './sets-stamp';

/** Verdicts made here, by `id@updatedAt`: one that could not be written back is not made twice. */
const made = new Map<string, boolean>();

/** Whether students may be given the set: its stored verdict, else the checks' (written back). */
async function isReady(record: TeacherSetRecord): Promise<boolean> {
	const stored = storedReadiness(record);
	if (stored !== undefined) return stored;
	const key = `${record.id}@${record.updatedAt}`;
	const known = made.get(key);
	if (known !== undefined) return known;
	// the checks and the set-writing code load only for a set that needs them, not on every page load
	const [{ checkRecord, verdictOf }, { storeVerdict }] = await Promise.all([import('$lib/teach/check'), import('./sets')]);
	const verdict = verdictOf(checkRecord(record));
	made.set(key, verdict.ready);
	// a verdict not written back costs a check at the next page load, nothing more
	await storeVerdict(record, verdict).catch(() => {});
	return verdict.ready;
}

/** The own sets that pass the checks, most recently changed first, and the stamp of every own set read (sets-stamp.ts). */
export async function readyTeacherSets(): Promise<{ sets: QuestionSet[]; stamp: string }> {
	const records = await allTeacherSets();
	const sets: QuestionSet[] = [];
	for (const record of records) if (await isReady(record)) sets.push(record.set);
	return { sets, stamp: setsStamp(records) };
}
