/** A finished quiz in numbers: the score, per category, and what was missed. Pure. */
import { CATEGORIES, type Category } from '../bank/categories';
import type { QuizItem } from './build-quiz';

/** The few facts of an answer the results need. */
export interface AnswerFact {
	questionId: string;
	correct: boolean;
	/** What the student gave: the option, the text typed, or 'true' / 'false'. */
	given: string;
}

/** A question answered wrongly, with the answer the student gave. */
export interface Missed {
	item: QuizItem;
	given: string;
}

export interface QuizResults {
	right: number;
	total: number;
	/** Right and asked per category, only for categories the quiz asked about. */
	byCategory: { category: Category; right: number; total: number }[];
	/** The items answered wrongly, in quiz order, each with the student's answer. */
	missed: Missed[];
}

/** Scores a quiz from its items and the answers given (the first answer to each item counts). */
export function scoreQuiz(items: readonly QuizItem[], answers: readonly AnswerFact[]): QuizResults {
	const first = new Map<string, AnswerFact>();
	for (const a of answers) if (!first.has(a.questionId)) first.set(a.questionId, a);
	const answered = items.filter((item) => first.has(item.question.id));
	const isRight = (item: QuizItem) => first.get(item.question.id)?.correct === true;
	const byCategory = CATEGORIES.map((category) => {
		const asked = answered.filter((item) => item.question.category === category);
		return { category, right: asked.filter(isRight).length, total: asked.length };
	}).filter((c) => c.total > 0);
	return {
		right: answered.filter(isRight).length,
		total: items.length,
		byCategory,
		missed: answered.filter((item) => !isRight(item)).map((item) => ({ item, given: first.get(item.question.id)!.given }))
	};
}
