/**
 * The questions of the cards due soonest, kept in localStorage with the stamp of the own sets they
 * were read from (db/sets-stamp.ts), the app's version and the database's. /cards shows a returning student's first
 * card from them before it reads every own set (a 10,000-question set is 3.4 MB, half a second to
 * read on a slow phone). A kept question is used only while its own set is as it was when kept:
 * a set added, changed or deleted since leaves the other sets' questions usable.
 * Only own sets' questions are kept: the page has the built-in ones from its code, and they are
 * long (150 of them take twice the room of 150 own ones), so keeping them pushed own ones out.
 */
import { version } from '$app/environment';
import { isBuiltinSet } from '$lib/bank/builtin';
import { CATEGORIES } from '$lib/bank/categories';
import { DB_VERSION } from '$lib/db/migrations';
import type { IndexedQuestion, QuestionIndex } from '$lib/quiz/question-index';
import { readStored, writeStored } from './persisted';

export const FIRST_CARDS_KEY = 'kasoti.first-cards';
/** How many of the soonest cards' questions are kept: a day's first reading (50) and the days after it. */
export const FIRST_CARDS_KEPT = 150;
/** At most this many, with the questions of cards rated or dealt in a quiz since. */
const MOST_KEPT = 400;
/**
 * What the kept questions were kept by. The database's version is part of it: a kept question is a
 * stored one as it was read, and a migration may rewrite stored questions without a set's stamp
 * changing; the app's version alone stays the same from build to build until it is raised.
 */
const KEPT_BY = `${version} database ${DB_VERSION}`;

/** Questions by id; null for a card whose question no set the student has holds. */
export type KeptQuestions = ReadonlyMap<string, IndexedQuestion | null>;

type Entry = [string, IndexedQuestion | null];

interface Kept {
	/** What kept the questions (KEPT_BY), and the own sets' stamp (db/sets-stamp.ts) they were read with. */
	version: string;
	sets: string;
	questions: Entry[];
}

const categories = new Set<string>(CATEGORIES);
/** Whether a question is worth keeping: not a built-in set's (a card whose question is gone is kept as none). */
const isKept = (q: IndexedQuestion | null) => q === null || !isBuiltinSet(q.setId);
const isText = (value: unknown) => typeof value === 'string';

/** Whether an entry is one this module wrote: a damaged one is left out, not shown. */
function isEntry(entry: unknown): entry is Entry {
	if (!Array.isArray(entry) || entry.length !== 2 || !isText(entry[0])) return false;
	const q = entry[1] as Partial<IndexedQuestion> | null;
	if (q === null) return true;
	return (
		typeof q === 'object' &&
		q.id === entry[0] &&
		isText(q.setId) &&
		categories.has(q.category as string) &&
		[q.prompt, q.answer, q.quote, q.en, q.article].every(isText) &&
		Array.isArray(q.accept) &&
		q.accept.every(isText)
	);
}

function parse(raw: string | null): Kept | undefined {
	if (!raw) return undefined;
	const kept = JSON.parse(raw) as Partial<Kept> | null;
	if (!kept || !isText(kept.version) || !isText(kept.sets) || !Array.isArray(kept.questions)) return undefined;
	return { version: kept.version!, sets: kept.sets!, questions: kept.questions.filter(isEntry) };
}

/** Each own set's part of a sets stamp, by set id: a set's part is the same while the set is. */
function partsOf(setsStamp: string): Map<string, string> {
	try {
		const entries: unknown = JSON.parse(setsStamp);
		return new Map(Array.isArray(entries) ? entries.filter(Array.isArray).map((e) => [String(e[0]), JSON.stringify(e)]) : []);
	} catch {
		return new Map();
	}
}

/**
 * The kept entries that still hold under `setsStamp`: a question while its set is as it was; a
 * card kept as having no question only while no set has changed (a set added since may hold it).
 */
function stillHeld(kept: Kept | undefined, setsStamp: string): Entry[] {
	if (!kept || kept.version !== KEPT_BY) return [];
	if (kept.sets === setsStamp) return kept.questions;
	const then = partsOf(kept.sets);
	const now = partsOf(setsStamp);
	return kept.questions.filter(([, q]) => q !== null && then.get(q.setId) !== undefined && then.get(q.setId) === now.get(q.setId));
}

/** The kept questions that hold for the own sets as `setsStamp` (db/sets-stamp.ts) says they are now; undefined when none do. */
export function keptQuestions(setsStamp: string): KeptQuestions | undefined {
	const held = stillHeld(readStored(FIRST_CARDS_KEY, parse), setsStamp);
	return held.length ? new Map(held) : undefined;
}

/** Keeps the questions of `ids` (the soonest cards' questions) as `index`, read with the own sets' stamp `sets`, holds them. */
export function keepQuestions(sets: string, ids: readonly string[], index: QuestionIndex): void {
	const questions = ids.map((id): Entry => [id, index.questions[index.byId.get(id) ?? -1] ?? null]).filter(([, q]) => isKept(q));
	writeStored(FIRST_CARDS_KEY, { version: KEPT_BY, sets, questions } satisfies Kept);
}

/**
 * Adds questions whose cards may come back soon (rated, or dealt in a quiz), read with the own
 * sets' stamp `sets`, to those kept that still hold for it.
 */
export function keepAlso(sets: string, added: readonly IndexedQuestion[]): void {
	const own = added.filter(isKept);
	// a quiz or a rating of built-in questions only has nothing to add: the entry is not read or written again
	if (own.length === 0) return;
	const questions = new Map(stillHeld(readStored(FIRST_CARDS_KEY, parse), sets));
	for (const question of own) {
		questions.delete(question.id);
		questions.set(question.id, question);
	}
	writeStored(FIRST_CARDS_KEY, { version: KEPT_BY, sets, questions: [...questions].slice(-MOST_KEPT) } satisfies Kept);
}

/**
 * Adds the questions of `ids`, as the library holds them, to those kept with its stamp (none
 * before it has read the own sets): cards a rating, a quiz or Learn has just made or moved.
 */
export function keepAlsoByIds(library: { readonly stamp: string; readonly index: QuestionIndex }, ids: readonly string[]): void {
	if (!library.stamp) return;
	const { index } = library;
	keepAlso(library.stamp, ids.flatMap((id) => index.questions[index.byId.get(id) ?? -1] ?? []));
}
