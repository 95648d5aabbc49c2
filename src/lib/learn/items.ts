/**
 * A Learn question on screen, dealt by the quiz engine: the same distractors, the same typed-answer
 * check. Each ask is seeded by the round, the fact and how often it was asked, so a reload shows
 * the very same options and a fact asked again gets them shuffled anew.
 */
import { CATEGORIES } from '$lib/bank/categories';
import { buildQuiz, createRng, type ChoiceItem, type PreparedBank, type TypedItem } from '$lib/quiz';
import type { AskStep } from './engine';

/** A Learn question: a choice item or a typed one, as the quiz engine deals them. */
export type LearnItem = ChoiceItem | TypedItem;

/** What one ask of a fact depends on. */
export interface AskOptions {
	/** The round's id. */
	roundId: string;
	/** How often the fact was asked before in this round. */
	asked: number;
	/** The latest year a year option may be: the round's start year keeps it stable across a reload. */
	maxYear: number;
}

/**
 * The fact asked at `step`; undefined when the question is not in the bank. A choice that cannot
 * get a single wrong option comes back typed, as the quiz engine deals it.
 */
export function learnItem(
	bank: PreparedBank,
	questionId: string,
	step: AskStep,
	{ roundId, asked, maxYear }: AskOptions
): LearnItem | undefined {
	if (!bank.byId.has(questionId)) return undefined;
	const rng = createRng(`${roundId}:${questionId}:${asked}`);
	const source = { type: 'questions', ids: [questionId] } as const;
	const [item] = buildQuiz(bank, { categories: CATEGORIES, source, length: 'all', mode: step, maxYear }, rng);
	return item?.mode === 'choice' || item?.mode === 'typed' ? item : undefined;
}

/** Whether a fact can be asked as a choice: the bank has another answer of its kind to offer. */
export function canChoose(bank: PreparedBank, questionId: string, maxYear: number): boolean {
	return learnItem(bank, questionId, 'choice', { roundId: '', asked: 0, maxYear })?.mode === 'choice';
}
