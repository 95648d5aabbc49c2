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

/** The questions drawn after the list, with their places in the set. */
export function addedApart<Q extends { id: string }>(questions: readonly Q[], listed: number, added: ReadonlySet<string>) {
	const apart: { question: Q; index: number }[] = [];
	// each question past the list is read through the editor's reactive proxies: none when nothing was added
	if (added.size === 0) return apart;
	for (let index = listed; index < questions.length; index++) {
		const question = questions[index]!;
		if (drawnApart(index, question.id, listed, added)) apart.push({ question, index });
	}
	return apart;
}

/** Has the question at `index` drawn: listed through and drawn at once in its place, unless it is drawn apart. */
export function showQuestion(list: Pick<PagedList, 'listed' | 'showThrough'>, index: number, id: string, added: ReadonlySet<string>): void {
	if (!drawnApart(index, id, list.listed, added)) list.showThrough(index + 1);
}
