import type { QuestionSet } from './schema';

/** The built-in sets as the app lists them: every set with its articles, ordered by id so lists are stable. */
export function orderBuiltin(texts: readonly string[]): QuestionSet[] {
	return (
		texts
			.map((text) => JSON.parse(text) as QuestionSet)
			.map((set) => ({ ...set, articles: set.articles ?? [] }))
			// ids are ASCII slugs: comparing code units orders them as a collator would, and a collator's
			// first use costs a slow phone 60–150 ms of page start (it loads the locale's rules)
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
	);
}
