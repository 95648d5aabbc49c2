/**
 * Where the editor draws a question added during this visit: in its place in the list when that
 * place is listed, else after the list, apart. Adding a question to a long imported set must not
 * draw every question before it: a thousand editors hold a phone for seconds.
 */

/** Whether the question at `index` (id `id`) is drawn after the list, apart from it. */
export function drawnApart(index: number, id: string, listed: number, added: ReadonlySet<string>): boolean {
	return index >= listed && added.has(id);
}

/** The questions drawn after the list, with their places in the set. */
export function addedApart<Q extends { id: string }>(questions: readonly Q[], listed: number, added: ReadonlySet<string>) {
	const apart: { question: Q; index: number }[] = [];
	for (let index = listed; index < questions.length; index++) {
		const question = questions[index]!;
		if (drawnApart(index, question.id, listed, added)) apart.push({ question, index });
	}
	return apart;
}
