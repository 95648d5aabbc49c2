/**
 * Where the editor draws a question added during this visit: in its place in the list when that
 * place is listed, else after the list, apart. Adding a question to a long imported set must not
 * draw every question before it: a thousand editors hold a phone for seconds.
 */
import type { PagedList } from '$lib/components/paged-list.svelte';

/** Whether the question at `index` (id `id`) is drawn after the list, apart from it. */
export function drawnApart(index: number, id: string, listed: number, added: ReadonlySet<string>): boolean {
	return index >= listed && added.has(id);
}

/**
 * The questions drawn after the list, with their places in the set, in its order. Each added id is
 * looked up by `indexOf` (the editor's, in its plain copy): walking every question past the list
 * through the editor's reactive proxies would make a proxy of each, thousands in a long set.
 */
export function addedApart<Q extends { id: string }>(
	questions: readonly Q[],
	listed: number,
	added: ReadonlySet<string>,
	indexOf: (id: string) => number = (id) => questions.findIndex((q) => q.id === id)
) {
	const apart: { question: Q; index: number }[] = [];
	// the length read first: a question added, deleted or brought back works the list out again
	if (listed >= questions.length || added.size === 0) return apart;
	for (const id of added) {
		const index = indexOf(id);
		if (index !== -1 && drawnApart(index, id, listed, added)) apart.push({ question: questions[index]!, index });
	}
	return apart.sort((a, b) => a.index - b.index);
}

/** Has the question at `index` drawn: listed through and drawn at once in its place, unless it is drawn apart. */
export function showQuestion(list: Pick<PagedList, 'listed' | 'showThrough'>, index: number, id: string, added: ReadonlySet<string>): void {
	if (!drawnApart(index, id, list.listed, added)) list.showThrough(index + 1);
}
