/**
 * Making an assignment from a set, and what its page says of it: pure, time and randomness passed
 * in. Dealing it to a student is in deal-assignment.ts, with the quiz engine it needs.
 */
import type { QuestionSet } from '$lib/bank/schema';
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
