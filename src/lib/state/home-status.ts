/**
 * What Home shows from the phone, read after the page shows. On a phone that has stored nothing
 * (a first visit), it is worked out without the database's code, and without creating the database.
 */
import { mayHoldDatabase } from '$lib/db/status';
import type { HomeFacts, HomeStatus } from '$lib/db/home';
import { newToday } from '$lib/srs/due';

/** Home's status with nothing stored: no card, no quiz, no own set; the day's new cards from the built-in sets. */
export function statusWithNothingStored(facts: HomeFacts): HomeStatus {
	return { ownSets: [], due: 0, fresh: newToday(facts.newPerDay, 0, facts.builtinQuestions) };
}

/** Today's cards, an unfinished quiz and the own sets; rejects when the device cannot be read. */
export async function readHomeStatus(now: Date, facts: HomeFacts): Promise<HomeStatus> {
	if (!(await mayHoldDatabase())) return statusWithNothingStored(facts);
	const { homeStatus } = await import('$lib/db/home');
	return homeStatus(now, facts);
}
