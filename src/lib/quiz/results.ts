/** A finished quiz in numbers: the score, per category, and what was missed. Pure. */
import { CATEGORIES, type Category } from '../bank/schema';
import type { QuizItem } from './build-quiz';

/** The few facts of an answer the results need. */
export interface AnswerFact {
	questionId: string;
	correct: boolean;
}

export interface QuizResults {
	right: number;
	total: number;
	/** Right and asked per category, only for categories the quiz asked about. */
	byCategory: { category: Category; right: number; total: number }[];
	/** The items answered wrongly, in quiz order. */
	missed: QuizItem[];
}

/** Scores a quiz from its items and the answers given (the first answer to each item counts). */
export function scoreQuiz(items: readonly QuizItem[], answers: readonly AnswerFact[]): QuizResults {
	const verdict = new Map<string, boolean>();
	for (const a of answers) if (!verdict.has(a.questionId)) verdict.set(a.questionId, a.correct);
	const answered = items.filter((item) => verdict.has(item.question.id));
	const isRight = (item: QuizItem) => verdict.get(item.question.id) === true;
	const byCategory = CATEGORIES.map((category) => {
		const asked = answered.filter((item) => item.question.category === category);
		return { category, right: asked.filter(isRight).length, total: asked.length };
	}).filter((c) => c.total > 0);
	return {
		right: answered.filter(isRight).length,
		total: items.length,
		byCategory,
		missed: answered.filter((item) => !isRight(item))
	};
}
