/**
 * Which of its set's questions an assignment deals. Every student is dealt the same ones, chosen
 * by the quiz engine's selection from the assignment's seed, before any option is drawn
 * (deal-assignment.ts deals them with their options). The teacher's page needs only the choice.
 */
import { CATEGORIES } from '$lib/bank/categories';
import { bankQuestions, prepareBank } from '$lib/quiz/bank-index';
import { createRng } from '$lib/quiz/random';
import { selectQuestions } from '$lib/quiz/select';
import type { Assignment } from './types';

/**
 * The quiz every student of `assignment` is dealt: the whole of its set, in its mode. The mode
 * decides which texts may give an answer away, and so which questions are dealt together.
 */
export function assignmentQuizOptions(assignment: Assignment) {
	const source = { type: 'set', id: assignment.set.id } as const;
	return { categories: [...CATEGORIES], source, length: assignment.length, mode: assignment.mode, weakSpots: false };
}

/** The ids of the questions every student of `assignment` is dealt, in the order they are asked. */
export function dealtQuestionIds(assignment: Assignment): string[] {
	const bank = prepareBank(bankQuestions([assignment.set]));
	return selectQuestions(bank, assignmentQuizOptions(assignment), createRng(assignment.seed)).map((q) => q.id);
}
