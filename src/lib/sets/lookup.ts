/** What the set page shows for an id: the set, a wait, a set that needs fixing, or nothing. Pure. */
import type { QuestionSet } from '../bank/schema';

/** The set page's state for one id. */
export type SetLookup =
	| { state: 'found'; set: QuestionSet }
	/** Own sets are still being read and checked. */
	| { state: 'checking' }
	/** An own set of this id is stored, but its checks found problems: students do not get it. */
	| { state: 'not-ready' }
	/** The own sets could not be read (storage blocked or broken): whether the set is there is not known. */
	| { state: 'unreadable' }
	| { state: 'unknown' };

/** What is known of the sets on this phone. */
export interface KnownSets {
	/** The sets students get: built-in, then own sets that passed their checks. */
	sets: readonly QuestionSet[];
	/** Whether the own sets have been read yet. */
	loaded: boolean;
	/** Whether an own set of the id is stored at all (undefined: not asked yet). */
	stored?: boolean;
	/** Whether reading the own sets failed. */
	failed?: boolean;
}

/** Finds the set of `id`; a built-in set is found before the own sets are read. */
export function lookupSet(id: string, known: KnownSets): SetLookup {
	const set = id ? known.sets.find((s) => s.id === id) : undefined;
	if (set) return { state: 'found', set };
	if (!id) return { state: 'unknown' };
	if (known.failed) return { state: 'unreadable' };
	if (!known.loaded || known.stored === undefined) return { state: 'checking' };
	return known.stored ? { state: 'not-ready' } : { state: 'unknown' };
}

/** Where the set's cards and Learn rounds are, for all its questions or its starred ones only. */
export function setLinks(id: string, starred = false): { cards: string; learn: string } {
	const query = `set=${encodeURIComponent(id)}${starred ? '&starred=1' : ''}`;
	return { cards: `/cards?${query}`, learn: `/learn?${query}` };
}

/** The set page's address for a set. */
export const setPageHref = (id: string) => `/set?id=${encodeURIComponent(id)}`;
