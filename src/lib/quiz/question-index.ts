/**
 * The bank's questions by id, without the quiz engine: the flashcard and progress screens only look
 * questions up, so they need neither the distractor pools nor the date rules bank-index.ts builds.
 */
import type { QuestionSet } from '../bank/schema';

/** A question with the id of the set it came from. */
export type IndexedQuestion = QuestionSet['questions'][number] & { setId: string };

/** Every question once (the first of a repeated id, as prepareBank keeps), and where each is. */
export type QuestionIndex = {
	questions: readonly IndexedQuestion[];
	byId: ReadonlyMap<string, number>;
};

/** Indexes the sets' questions in order, in one pass. */
export function indexQuestions(sets: readonly QuestionSet[]): QuestionIndex {
	const questions: IndexedQuestion[] = [];
	const byId = new Map<string, number>();
	for (const set of sets)
		for (const q of set.questions) {
			if (byId.has(q.id)) continue;
			byId.set(q.id, questions.length);
			questions.push({ ...q, setId: set.id });
		}
	return { questions, byId };
}
