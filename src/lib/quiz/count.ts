/**
 * How many questions a quiz choice could ask, straight from the sets: the quiz screen shows it
 * before any quiz code loads, so it must not need the indexed bank (bank-index.ts) to say it.
 */
import type { Category } from '../bank/categories';
import type { QuestionSet } from '../bank/schema';
import type { QuizSource } from './select';

/** The lengths offered on the quiz screen. */
export const QUIZ_LENGTHS = [5, 10, 20, 'all'] as const;

/** The same count as countAvailable over prepareBank(bankQuestions(sets)): a repeated id counts once, as first seen. */
export function countQuestions(sets: readonly QuestionSet[], categories: readonly Category[], source: QuizSource): number {
	const wanted = new Set(categories);
	// the source is read once, not per question: the quiz screen passes its reactive state, whose
	// every read is tracked (10,000 questions took a slow phone 30 ms more)
	const all = source.type === 'all';
	const setId = source.type === 'set' ? source.id : undefined;
	const file = source.type === 'article' ? source.file : undefined;
	const named = source.type === 'questions' ? new Set(source.ids) : undefined;
	const seen = new Set<string>();
	let count = 0;
	for (const set of sets) {
		const wholeSet = all || set.id === setId;
		for (const q of set.questions) {
			if (seen.has(q.id)) continue;
			seen.add(q.id);
			if (!wanted.has(q.category)) continue;
			if (wholeSet || (file !== undefined && q.article === file) || (named?.has(q.id) ?? false)) count++;
		}
	}
	return count;
}
