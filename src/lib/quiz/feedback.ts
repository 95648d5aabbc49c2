/**
 * What a question tells a student after an answer, besides right or wrong: the teacher's feedback
 * for the option they gave (Moodle's per-answer feedback) and, for a typed number, the range of
 * numbers that count as right. Pure.
 */
import type { NumericRange, Question } from '../bank/schema';
import { FALSE_ANSWER, TRUE_ANSWER } from '../bank/truth-words';
import type { QuizItem } from './build-quiz';
import { answerKeys, checkTyped, matchKeys, typedNumbers } from './typed';

/** The parts of a question its feedback comes from. */
export type Told = Pick<Question, 'answer' | 'accept'> & Partial<Pick<Question, 'numeric' | 'feedback'>>;

/** How an item was answered: an option picked, a text typed, or a statement judged. */
export type AnsweredMode = QuizItem['mode'];

/**
 * The teacher's feedback for what the student gave, or undefined when there is none.
 * A choice: the feedback of the option picked, by its exact text (a true/false question from a
 * file is a choice of સાચું and ખોટું). A typed answer that is right: the feedback of the form it
 * matched, the answer (with its range) or an accept form, matched as checkTyped matches; one that
 * is not: the feedback of a wrong option it matches. A judged statement (mode 'tf', given "true"
 * or "false") gave no option, its claim made by swapping the answer, unless the question is itself
 * a statement (answer સાચું or ખોટું): then the feedback of the word the student chose.
 */
export function optionFeedback(question: Told, mode: AnsweredMode, given: string): string | undefined {
	const entries = question.feedback ?? [];
	if (entries.length === 0) return undefined;
	if (mode === 'tf') {
		if (question.answer !== TRUE_ANSWER && question.answer !== FALSE_ANSWER) return undefined;
		const said = given === 'true' ? TRUE_ANSWER : FALSE_ANSWER;
		return entries.find((entry) => entry.option === said)?.text;
	}
	if (mode === 'choice') return entries.find((entry) => entry.option === given)?.text;
	const right = checkTyped(question, given) === 'right';
	const matches = (option: string) => {
		// the range belongs to the answer: a number in it matched the answer's form
		const numeric = option === question.answer ? question.numeric : undefined;
		return matchKeys(answerKeys({ answer: option, accept: [], numeric }), given) === 'right';
	};
	// a right answer takes the feedback of a right form, a wrong one that of a wrong option
	const sameSide = entries.filter((entry) => (checkTyped(question, entry.option) === 'right') === right);
	return sameSide.find((entry) => matches(entry.option))?.text;
}

/**
 * The range to name after a typed answer to a question with one, so that a right number other than
 * the answer shown (4 for 3 in 1..5), or a wrong one, is not a puzzle. Undefined when the answer was
 * not typed, the question has no range or a single number, or the student typed the answer's number.
 */
export function rangeToName(question: Told, mode: AnsweredMode, given: string): NumericRange | undefined {
	const range = question.numeric;
	if (mode !== 'typed' || !range || !(range.min < range.max)) return undefined;
	const typed = typedNumbers(given)?.[0];
	return typed !== undefined && typed === typedNumbers(question.answer)?.[0] ? undefined : range;
}
