/**
 * The built-in question bank, read from questions/sets at build time so it is
 * bundled, precached and available offline. `npm run check:questions` validates it.
 */
import { orderBuiltin } from './builtin-order';
import type { QuestionSet } from './schema';

// as text, parsed once: a phone parses JSON far faster than the same data as a JavaScript literal
const files = import.meta.glob<string>('/questions/sets/*.json', {
	eager: true,
	query: '?raw',
	import: 'default'
});

/** Every built-in set, ordered by id so lists are stable. */
export const builtinSets: QuestionSet[] = orderBuiltin(Object.values(files));

const builtinIds = new Set(builtinSets.map((set) => set.id));

/** Whether a set is one of the built-in ones (a teacher's set, or a set from a link, is not). */
export const isBuiltinSet = (id: string): boolean => builtinIds.has(id);
