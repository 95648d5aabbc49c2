/** The questions a student gets wrong most, to offer them again. */
import type { AttemptLike } from './types';

/** One question's record. `wrongShare` is wrong/answers (0..1); `lastAt` is its latest answer. */
export type WeakQuestion = { questionId: string; answers: number; wrong: number; wrongShare: number; lastAt: number };

/** Fewer answers than this say too little: one slip is not a weak spot. */
export const MIN_ANSWERS_FOR_WEAK = 2;

/**
 * Up to `limit` questions answered wrong at least once and answered at least `minAnswers` times,
 * worst first: the largest share wrong, then the most recently answered, then by question id.
 */
export function weakestQuestions(
	attempts: readonly AttemptLike[],
	limit: number,
	minAnswers = MIN_ANSWERS_FOR_WEAK
): WeakQuestion[] {
	const records = new Map<string, { answers: number; wrong: number; lastAt: number }>();
	for (const attempt of attempts) {
		const record = records.get(attempt.questionId) ?? { answers: 0, wrong: 0, lastAt: -Infinity };
		record.answers += 1;
		if (!attempt.correct) record.wrong += 1;
		record.lastAt = Math.max(record.lastAt, attempt.at);
		records.set(attempt.questionId, record);
	}
	return [...records]
		.filter(([, r]) => r.wrong > 0 && r.answers >= minAnswers)
		.map(([questionId, r]) => ({ questionId, ...r, wrongShare: r.wrong / r.answers }))
		.sort(
			(a, b) =>
				b.wrongShare - a.wrongShare || b.lastAt - a.lastAt || (a.questionId < b.questionId ? -1 : 1)
		)
		.slice(0, Math.max(0, limit));
}
