/**
 * The built-in question bank, read from questions/sets at build time so it is
 * bundled, precached and available offline. `npm run check:questions` validates it.
 */
import type { QuestionSet } from './schema';

const files = import.meta.glob<QuestionSet>('/questions/sets/*.json', {
	eager: true,
	import: 'default'
});

/** Every built-in set, ordered by id so lists are stable. */
export const builtinSets: QuestionSet[] = Object.values(files)
	.map((set) => ({ ...set, articles: set.articles ?? [] }))
	.sort((a, b) => a.id.localeCompare(b.id));
