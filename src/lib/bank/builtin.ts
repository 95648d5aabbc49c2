/**
 * The built-in question bank, read from questions/sets at build time so it is
 * bundled, precached and available offline. `npm run check:questions` validates it.
 */
import type { QuestionSet } from './schema';

// as text, parsed once: a phone parses JSON far faster than the same data as a JavaScript literal
const files = import.meta.glob<string>('/questions/sets/*.json', {
	eager: true,
	query: '?raw',
	import: 'default'
});

/** Every built-in set, ordered by id so lists are stable. */
export const builtinSets: QuestionSet[] = Object.values(files)
	.map((text) => JSON.parse(text) as QuestionSet)
	.map((set) => ({ ...set, articles: set.articles ?? [] }))
	// ids are ASCII slugs: comparing code units orders them as a collator would, and a collator's
	// first use costs a slow phone 60–150 ms of page start (it loads the locale's rules)
	.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
