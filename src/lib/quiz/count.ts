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
	const named = source.type === 'questions' ? new Set(source.ids) : undefined;
	const seen = new Set<string>();
	let count = 0;
	for (const set of sets) {
		for (const q of set.questions) {
			if (seen.has(q.id)) continue;
			seen.add(q.id);
			if (!wanted.has(q.category)) continue;
			const inSource =
				source.type === 'all' ||
				(source.type === 'set' && set.id === source.id) ||
				(source.type === 'article' && q.article === source.file) ||
				(named?.has(q.id) ?? false);
			if (inSource) count++;
		}
	}
	return count;
}
