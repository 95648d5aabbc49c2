/** Deals a quiz from the student's choices and stores it as the active one. */
import { pastResults } from '$lib/db/attempts';
import { startQuiz } from '$lib/db/quizzes';
import type { QuizRecord } from '$lib/db/schema';
import { buildQuiz, createRng, randomSeed } from '$lib/quiz';
import { library } from './library.svelte';
import type { QuizSetup } from './quiz-setup';

/** The choices a quiz is dealt from: the setup screen's, or a retry's named questions. */
export type DealOptions = Omit<QuizSetup, 'source' | 'length'> & {
	source: QuizRecord['options']['source'];
	length: QuizRecord['options']['length'];
};

/** Builds and saves a quiz; returns undefined when no question matches the choices. */
export async function dealQuiz(options: DealOptions, now = Date.now()): Promise<QuizRecord | undefined> {
	const history = options.weakSpots ? await pastResults() : undefined;
	const seed = randomSeed();
	const items = buildQuiz(
		library.bank,
		{ ...options, history, maxYear: new Date(now).getFullYear() },
		createRng(seed)
	);
	if (items.length === 0) return undefined;
	const quiz: QuizRecord = {
		id: `${now.toString(36)}-${seed}`,
		seed,
		options,
		items,
		startedAt: now,
		status: 'active'
	};
	await startQuiz(quiz);
	return quiz;
}
