/**
 * What Home shows from the phone, read after the page shows. On a phone that has stored nothing
 * (a first visit), it is worked out without the database's code, and without creating the database.
 * Home imports it with the page: a returning student's count waits for no file more than before.
 */
import { mayHoldDatabase } from '$lib/db/status';
import type { HomeFacts, HomeStatus } from '$lib/db/home';

/** Today's cards, an unfinished quiz and the own sets; rejects when the device cannot be read. */
export async function readHomeStatus(now: Date, facts: HomeFacts): Promise<HomeStatus> {
	if (await mayHoldDatabase()) return (await import('$lib/db/home')).homeStatus(now, facts);
	// nothing stored: no card, no quiz, no own set, and the day's new cards from the built-in sets
	const { newToday } = await import('$lib/srs/due');
	return { ownSets: [], due: 0, fresh: newToday(facts.newPerDay, 0, facts.builtinQuestions) };
}
