/**
 * Whether the phone already holds the very set a link carries, as the question library would say
 * (a built-in set, or an own set students may be given): for an own set, from its one stored
 * record, so a shared link shows its set without the built-in bank's code and every own set read.
 */
import type { QuestionSet } from '$lib/bank/schema';
import { mayHoldDatabase } from '$lib/db/status';
import builtinSummaries from 'virtual:kasoti/builtin-summaries?share';
import { alreadyHeld } from '$lib/share/link';

const builtinIds = new Set(builtinSummaries.map((summary) => summary.id));

/** Asks the question library itself: it loads the bank and reads, or checks, every own set. */
async function libraryHolds(set: QuestionSet): Promise<boolean> {
	const { library } = await import('./library.svelte');
	await library.load();
	return alreadyHeld(set, library.sets);
}

/** Whether the library holds `set` under its id, unchanged; rejects when the device cannot be read. */
export async function heldHere(set: QuestionSet): Promise<boolean> {
	if (builtinIds.has(set.id)) return libraryHolds(set);
	// a first visit holds no own set: its set shows without the database's code, or creating the database
	if (!(await mayHoldDatabase())) return false;
	const [{ getTeacherSet }, { storedReadiness }] = await Promise.all([import('$lib/db/sets-read'), import('$lib/teach/verdict')]);
	const record = await getTeacherSet(set.id);
	if (!record) return false;
	const ready = storedReadiness(record);
	// stored without a verdict of the checks of now: the library checks it, and stores the verdict
	if (ready === undefined) return libraryHolds(set);
	return ready && alreadyHeld(set, [record.set]);
}
