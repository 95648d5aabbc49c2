/** Dealing an assignment to a student: pure, time and randomness passed in. The quiz engine loads with it. */
import { builtinSets, isBuiltinSet } from '$lib/bank/builtin';
import type { QuizRecord } from '$lib/db/records';
import { buildQuiz } from '$lib/quiz/build-quiz';
import { bankQuestions, prepareBank } from '$lib/quiz/bank-index';
import { createRng } from '$lib/quiz/random';
import { cleanText } from '$lib/text/normalize';
import { assignmentQuizOptions } from './dealt-questions';
import type { Assignment } from './types';

/**
 * The assignment's quiz for one student. Every student is dealt the same questions and options,
 * from the assignment's seed and the year it was made (date options depend on the year); `quizSeed`
 * makes this student's quiz id unique. Wrong options come as in any quiz on the set: from the set,
 * and from the built-in bank only when it has no other answer of a question's category.
 */
export function dealAssignment(assignment: Assignment, student: string, quizSeed: string, now: number): QuizRecord | undefined {
	const bank = prepareBank(bankQuestions([assignment.set, ...builtinSets]), { sharesOptions: isBuiltinSet });
	const options = assignmentQuizOptions(assignment);
	const maxYear = new Date(assignment.createdAt).getFullYear();
	const items = buildQuiz(bank, { ...options, maxYear }, createRng(assignment.seed));
	if (items.length === 0) return undefined;
	return {
		id: `${now.toString(36)}-${quizSeed}`,
		seed: assignment.seed,
		options: { ...options, assignment: { id: assignment.id, title: assignment.title, student: cleanText(student) } },
		items,
		startedAt: now,
		status: 'active'
	};
}
