/**
 * The words shown and announced after an answer besides the verdict: the range of numbers that
 * count as right, and the teacher's feedback for the option given, in the student's digits.
 */
import { optionFeedback, rangeToName, type AnsweredMode, type Told } from '$lib/quiz/feedback';
import { shownDigits, writtenNumber } from '$lib/quiz/shown';
import { settings } from '$lib/state/settings.svelte';

/** The notes on one answer; each is absent when there is nothing to say. */
export type AnswerNotesText = { range?: string; feedback?: string };

/** The notes on the answer `given` to `question`, in the interface's language and digits. */
export function answerNotes(question: Told, mode: AnsweredMode, given: string): AnswerNotesText {
	const t = settings.t;
	const range = rangeToName(question, mode, given);
	const feedback = optionFeedback(question, mode, given);
	return {
		...(range && { range: t.numericRange(settings.num(writtenNumber(range.min)), settings.num(writtenNumber(range.max))) }),
		...(feedback !== undefined && { feedback: shownDigits(feedback, settings.digitsIn) })
	};
}

/** The notes as one sentence for the page's live region, after its verdict. */
export function spokenNotes(notes: AnswerNotesText): string {
	const words = [notes.range, notes.feedback && `${settings.t.optionFeedbackLabel} ${notes.feedback}`];
	return words.filter(Boolean).join(' ');
}
