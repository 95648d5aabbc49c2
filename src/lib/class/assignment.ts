/**
 * Making an assignment from a set, and what its page says of it: pure, time and randomness passed
 * in. Dealing it to a student is in deal-assignment.ts, with the quiz engine it needs.
 */
import type { QuestionSet } from '$lib/bank/schema';
import { cleanText } from '$lib/text/normalize';
import type { Assignment } from './types';

/** The teacher's choices on the assignment form. */
export type AssignmentChoices = Pick<Assignment, 'title' | 'mode' | 'length' | 'due'>;

/** A new assignment of `set` as it is now, without its articles; `seed` is random, `now` the time. */
export function makeAssignment(set: QuestionSet, choices: AssignmentChoices, seed: string, now: number): Assignment {
	const { $schema: _, ...copy } = structuredClone(set);
	return {
		id: `a-${now.toString(36)}-${seed.slice(0, 8)}`,
		// no invisible or direction characters: a right-to-left override turned the chat message around its link
		title: cleanText(choices.title),
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

/** Whether `day` is a day of the calendar written `YYYY-MM-DD`: 2026-02-29 and 2026-13-45 are not. */
export function isCalendarDay(day: string): boolean {
	const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!parts) return false;
	const [year, month, date] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
	// a Date rolls day 45 over into the next month; setUTCFullYear, unlike Date.UTC, keeps years below 100
	const moment = new Date(0);
	moment.setUTCFullYear(year, month - 1, date);
	return moment.getUTCFullYear() === year && moment.getUTCMonth() === month - 1 && moment.getUTCDate() === date;
}

/** The local day of `now` as a date field writes it, `YYYY-MM-DD`. */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether the due day (local, `YYYY-MM-DD`) is over at `now`. */
export function isOverdue(due: string | undefined, now: Date): boolean {
	if (!due) return false;
	return localDay(now) > due;
}
