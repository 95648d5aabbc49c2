/**
 * What the assignment form checks before it makes an assignment: every choice must give a link the
 * student's phone opens (assignment-link.ts reads it back field by field), so nothing is sent to a
 * class that only fails there.
 */
import { cleanText } from '$lib/text/normalize';
import { isCalendarDay } from './assignment';
import { decodeAssignmentLink, encodeAssignmentLink, MAX_TITLE, type AssignmentLinkProblem } from './assignment-link';
import type { Assignment } from './types';

/** A choice the form must have corrected, named by its field. */
export type ChoiceProblem = 'title-missing' | 'title-too-long' | 'due-invalid' | 'due-past';

/**
 * The title as an assignment keeps it (makeAssignment) and a link gives it back: without invisible
 * or direction characters, which reversed every chat message that quoted it. Its length is what the link is checked for.
 */
export const keptTitle = (title: string): string => cleanText(title);

/**
 * The first choice that would make a link no student could open, or a due day already over on
 * `today` (the teacher's local day, `YYYY-MM-DD`). `dueUnread` is true when the date field holds
 * something that is not yet a date (a day and month without a year), which it gives as ''.
 */
export function choiceProblem(title: string, due: string, today: string, dueUnread = false): ChoiceProblem | undefined {
	const kept = keptTitle(title);
	if (kept === '') return 'title-missing';
	if (kept.length > MAX_TITLE) return 'title-too-long';
	// a typed year of five or six digits is a date to the field, and no backup could restore it
	if (dueUnread || (due !== '' && !isCalendarDay(due))) return 'due-invalid';
	// a day already over tells every student the assignment is late the moment it arrives
	if (due !== '' && due < today) return 'due-past';
	return undefined;
}

/**
 * A set's title made to fit an assignment's name: whole when it fits, else cut after the last whole
 * word that leaves room for "…" (or, in one long word, after the last whole letter), at most `max` long.
 */
export function fittingTitle(title: string, max = MAX_TITLE): string {
	const whole = keptTitle(title).replace(/\s+/g, ' ');
	if (whole.length <= max) return whole;
	const room = max - 1;
	const space = whole.lastIndexOf(' ', room);
	// a cut in the first half loses most of the title: better a word cut short than a stump
	let cut = space > room / 2 ? whole.slice(0, space) : '';
	if (cut === '') {
		// whole letters only: a vowel sign or virama left without its consonant shows as a broken glyph
		for (const { segment } of new Intl.Segmenter('gu', { granularity: 'grapheme' }).segment(whole)) {
			if (cut.length + segment.length > room) break;
			cut += segment;
		}
	}
	return `${cut.replace(/[\s,;:.\-–—(]+$/u, '')}…`;
}

/** Why the assignment's own link would not open on a student's phone; undefined when it opens. */
export async function linkProblem(assignment: Assignment): Promise<AssignmentLinkProblem | undefined> {
	const opened = await decodeAssignmentLink(await encodeAssignmentLink(assignment, ''));
	return opened.ok ? undefined : opened.problem;
}
