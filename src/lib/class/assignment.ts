/** Making an assignment from a set and dealing it to a student: pure, time and randomness passed in. */
import { CATEGORIES } from '$lib/bank/categories';
import type { QuestionSet } from '$lib/bank/schema';
import type { QuizRecord } from '$lib/db/records';
import { bankQuestions, buildQuiz, createRng, prepareBank } from '$lib/quiz';
import type { Assignment } from './types';

/** The teacher's choices on the assignment form. */
export type AssignmentChoices = Pick<Assignment, 'title' | 'mode' | 'length' | 'due'>;

/** A new assignment of `set` as it is now, without its articles; `seed` is random, `now` the time. */
export function makeAssignment(set: QuestionSet, choices: AssignmentChoices, seed: string, now: number): Assignment {
	const { $schema: _, ...copy } = structuredClone(set);
	return {
		id: `a-${now.toString(36)}-${seed.slice(0, 8)}`,
		title: choices.title.normalize('NFC').trim(),
		mode: choices.mode,
		length: choices.length,
		...(choices.due ? { due: choices.due } : {}),
		seed,
		set: copy,
		createdAt: now
	};
}

/**
 * The assignment's quiz for one student. Every student is dealt the same questions and options,
 * from the assignment's seed and the year it was made (date options depend on the year); `quizSeed`
 * makes this student's quiz id unique.
 */
export function dealAssignment(assignment: Assignment, student: string, quizSeed: string, now: number): QuizRecord | undefined {
	const bank = prepareBank(bankQuestions([assignment.set]));
	const options = {
		categories: [...CATEGORIES],
		source: { type: 'set', id: assignment.set.id } as const,
		length: assignment.length,
		mode: assignment.mode,
		weakSpots: false
	};
	const maxYear = new Date(assignment.createdAt).getFullYear();
	const items = buildQuiz(bank, { ...options, maxYear }, createRng(assignment.seed));
	if (items.length === 0) return undefined;
	return {
		id: `${now.toString(36)}-${quizSeed}`,
		seed: assignment.seed,
		options: { ...options, assignment: { id: assignment.id, title: assignment.title, student: student.normalize('NFC').trim() } },
		items,
		startedAt: now,
		status: 'active'
	};
}

/** How many questions each student is dealt. */
export function questionsDealt(assignment: Assignment): number {
	const total = assignment.set.questions.length;
	return assignment.length === 'all' ? total : Math.min(assignment.length, total);
}

/** Whether the due day (local, `YYYY-MM-DD`) is over at `now`. */
export function isOverdue(due: string | undefined, now: Date): boolean {
	if (!due) return false;
	const pad = (n: number) => String(n).padStart(2, '0');
	const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	return today > due;
}
