/**
 * Searching a set's questions as a student types: every word typed must be found in the prompt,
 * the answer, an accepted form or the quote. Gujarati is compared as normalizeForSearch writes it
 * (any digits, invisible marks aside); a word in Latin letters is compared through looseKey, as
 * the typed-answer check reads "putin" for પુતિન. Pure.
 */
import type { Question } from '../bank/schema';
import { normalizeForSearch } from '../text/normalize';
import { looseKey } from '../text/translit';

/** What the search reads of a question. */
export type Searchable = Pick<Question, 'id' | 'prompt' | 'answer' | 'accept' | 'quote'>;

/** Shortest loose key compared: folding makes a letter or two of Latin match nearly every text ("zzz" is "j"). */
const MIN_LOOSE = 3;

/** A word of the query, as compared: plain (normalised, lower case) and, for Latin letters, loose. */
interface Term {
	plain: string;
	loose?: string;
}

/** A question's searchable texts, made once: its words' loose keys only when a Latin word first asks. */
interface Entry<T> {
	question: T;
	plain: string[];
	loose?: string[];
}

/** Normalised for comparing: any digits as ASCII, no invisible marks, single spaces, lower case. */
const plainOf = (text: string) => normalizeForSearch(text).trim().toLowerCase();

/** The words of a query: split at spaces, each kept once. */
export function queryTerms(query: string): Term[] {
	const words = [...new Set(plainOf(query).split(' ').filter(Boolean))];
	return words.map((plain) => {
		// a word with a Latin letter may be a Gujarati word spelled out: putin, mangalvare, kozhemyako
		const loose = /[a-z]/.test(plain) ? looseKey(plain) : '';
		return loose.length >= MIN_LOOSE ? { plain, loose } : { plain };
	});
}

/**
 * A set's questions, ready to be searched again and again as the query changes. Their texts are
 * normalised at the first query, not before: a set's page lists the questions unsearched, and a
 * 10,000-question set takes a slow phone about a quarter of a second to normalise.
 */
export class QuestionSearch<T extends Searchable> {
	readonly #questions: readonly T[];
	#entries: Entry<T>[] | undefined;
	/** Loose keys by word: a set's quotes share most of their words, and keying is the slow part. */
	#keys = new Map<string, string>();

	constructor(questions: readonly T[]) {
		this.#questions = questions;
	}

	/** How many questions there are to search. */
	get size(): number {
		return this.#questions.length;
	}

	/** The questions every word of `query` is found in, in their order; all of them for an empty query. */
	find(query: string): T[] {
		const terms = queryTerms(query);
		if (terms.length === 0) return [...this.#questions];
		this.#entries ??= this.#questions.map((question) => ({
			question,
			plain: [question.prompt, question.answer, ...question.accept, question.quote].map(plainOf)
		}));
		return this.#entries.filter((entry) => terms.every((term) => this.#has(entry, term))).map((e) => e.question);
	}

	#has(entry: Entry<T>, term: Term): boolean {
		if (entry.plain.some((text) => text.includes(term.plain))) return true;
		if (!term.loose) return false;
		entry.loose ??= [...new Set(entry.plain.flatMap((text) => text.split(' ')))].map((word) => this.#key(word));
		return entry.loose.some((key) => key.includes(term.loose!));
	}

	#key(word: string): string {
		let key = this.#keys.get(word);
		if (key === undefined) this.#keys.set(word, (key = looseKey(word)));
		return key;
	}
}

/**
 * The questions to show: those the search finds, only the starred ones when `starredOnly`.
 * `starred` holds question ids.
 */
export function visibleQuestions<T extends Searchable>(
	search: QuestionSearch<T>,
	query: string,
	starred: ReadonlySet<string>,
	starredOnly: boolean
): T[] {
	const found = search.find(query);
	return starredOnly ? found.filter((q) => starred.has(q.id)) : found;
}
