/**
 * The questions of the cards due soonest, kept in localStorage with the stamp of the own sets they
 * were read from (db/sets-stamp.ts) and the app's version. /cards shows a returning student's first
 * card from them before it reads every own set (a 10,000-question set is 3.4 MB, half a second to
 * read on a slow phone). The page uses them only while that stamp is the sets' as they are now.
 * Only own sets' questions are kept: the page has the built-in ones from its code, and they are
 * long (150 of them take twice the room of 150 own ones), so keeping them pushed own ones out.
 */
import { version } from '$app/environment';
import { builtinSets } from '$lib/bank/builtin';
import { CATEGORIES } from '$lib/bank/categories';
import type { IndexedQuestion, QuestionIndex } from '$lib/quiz/question-index';
import { readStored, writeStored } from './persisted';

export const FIRST_CARDS_KEY = 'kasoti.first-cards';
/** How many of the soonest cards' questions are kept: a day's first reading (50) and the days after it. */
export const FIRST_CARDS_KEPT = 150;
/** At most this many, with the questions of cards rated or dealt in a quiz since. */
const MOST_KEPT = 400;

/** Questions by id; null for a card whose question no set the student has holds. */
export type KeptQuestions = ReadonlyMap<string, IndexedQuestion | null>;

type Entry = [string, IndexedQuestion | null];

interface Kept {
	stamp: string;
	questions: Entry[];
}

const categories = new Set<string>(CATEGORIES);
const builtinSetIds = new Set(builtinSets.map((set) => set.id));
/** Whether a question is worth keeping: not a built-in set's (a card whose question is gone is kept as none). */
const isKept = (q: IndexedQuestion | null) => q === null || !builtinSetIds.has(q.setId);
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
	if (!kept || !isText(kept.stamp) || !Array.isArray(kept.questions)) return undefined;
	return { stamp: kept.stamp!, questions: kept.questions.filter(isEntry) };
}

/** The stamp questions are kept with: the own sets' (db/sets-stamp.ts) and this version of the app. */
export function stampOf(setsStamp: string): string {
	return `${version} ${setsStamp}`;
}

/** The questions kept and the stamp they were kept with; undefined when none are. */
export function keptQuestions(): { stamp: string; questions: KeptQuestions } | undefined {
	const kept = readStored(FIRST_CARDS_KEY, parse);
	return kept && { stamp: kept.stamp, questions: new Map(kept.questions) };
}

/** Keeps the questions of `ids` (the soonest cards' questions) as `index`, read with `stamp`, holds them. */
export function keepQuestions(stamp: string, ids: readonly string[], index: QuestionIndex): void {
	const questions = ids.map((id): Entry => [id, index.questions[index.byId.get(id) ?? -1] ?? null]).filter(([, q]) => isKept(q));
	writeStored(FIRST_CARDS_KEY, { stamp, questions } satisfies Kept);
}

/** Adds questions whose cards may come back soon (rated, or dealt in a quiz) to those kept with `stamp`. */
export function keepAlso(stamp: string, added: readonly IndexedQuestion[]): void {
	const own = added.filter(isKept);
	// a quiz or a rating of built-in questions only has nothing to add: the entry is not read or written again
	if (own.length === 0) return;
	const kept = readStored(FIRST_CARDS_KEY, parse);
	const questions = new Map(kept?.stamp === stamp ? kept.questions : []);
	for (const question of own) {
		questions.delete(question.id);
		questions.set(question.id, question);
	}
	writeStored(FIRST_CARDS_KEY, { stamp, questions: [...questions].slice(-MOST_KEPT) } satisfies Kept);
}

/**
 * Adds the questions of `ids`, as the library holds them, to those kept with its stamp (none
 * before it has read the own sets): cards a rating, a quiz or Learn has just made or moved.
 */
export function keepAlsoByIds(library: { readonly stamp: string; readonly index: QuestionIndex }, ids: readonly string[]): void {
	if (!library.stamp) return;
	const { index } = library;
	keepAlso(stampOf(library.stamp), ids.flatMap((id) => index.questions[index.byId.get(id) ?? -1] ?? []));
}
