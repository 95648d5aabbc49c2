/** Right answers as a share of all answers, by category and by source article. */
import type { AttemptLike, QuestionInfo, QuestionLookup } from './types';

/**
 * One group's record: how many answers, how many right, and right/answers (0..1). An article's
 * row also names the set of its first question, to name the row when the article has no headline.
 */
export type AccuracyRow = { key: string; answers: number; right: number; accuracy: number; setId?: string };

/** Groups answers by a field of their question; answers to questions no longer in the bank are skipped. */
function accuracyBy(
	attempts: readonly AttemptLike[],
	lookup: QuestionLookup,
	field: keyof QuestionInfo
): AccuracyRow[] {
	const tally = new Map<string, { answers: number; right: number; setId: string }>();
	for (const attempt of attempts) {
		const question = lookup(attempt.questionId);
		if (!question) continue;
		const key = question[field];
		const row = tally.get(key) ?? { answers: 0, right: 0, setId: question.setId };
		row.answers += 1;
		if (attempt.correct) row.right += 1;
		tally.set(key, row);
	}
	return [...tally]
		.map(([key, { answers, right, setId }]) => ({
			key,
			answers,
			right,
			accuracy: right / answers,
			...(field === 'article' && { setId })
		}))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Accuracy per question category (date, person, place), sorted by category. */
export function accuracyByCategory(attempts: readonly AttemptLike[], lookup: QuestionLookup): AccuracyRow[] {
	return accuracyBy(attempts, lookup, 'category');
}

/** Accuracy per source article file, sorted by file name. */
export function accuracyByArticle(attempts: readonly AttemptLike[], lookup: QuestionLookup): AccuracyRow[] {
	return accuracyBy(attempts, lookup, 'article');
}
