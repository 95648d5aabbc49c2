/**
 * What the quiz screens show of a question, in the digits the student chose (Settings → digits):
 * prompts, options, answers. A quote from the article is shown as written instead, a false claim
 * swapped into it too, and so is a Latin name with digits in it (Tu-160, G20). Pure.
 */
import { isTrueFalse, truthOf } from '$lib/bank/truth-words';
import { statementFor } from '$lib/quiz/true-false';
import type { QuizItem, TrueFalseItem } from '$lib/quiz/types';
import { toAsciiDigits } from '$lib/text/normalize';

/** Puts every digit of a text in the chosen style (settings.digitsIn). */
export type DigitsIn = (text: string) => string;

import { shownDigits } from '$lib/text/digits';

// with the digit conversions, which the shell's settings use for titles: see text/digits.ts
export { shownDigits } from '$lib/text/digits';

/**
 * The statement of a true/false item as shown: the article's sentence as written, the swapped-in
 * claim of a false one in the digits of the text it replaced (made again, for a quiz dealt before
 * they were: other digits would mark it false); a statement written for the set (not a quote)
 * wholly in the chosen digits.
 */
export function shownStatement(item: TrueFalseItem, digitsIn: DigitsIn): string {
	if (!item.fromQuote) return shownDigits(item.statement, digitsIn);
	if (item.truth) return item.statement;
	return statementFor(item.question, item.claim)?.text ?? item.statement;
}

/** The words for a true/false answer, in the interface language. */
export type TrueFalseWords = { statementTrue: string; statementFalse: string };

/** What tells a true/false statement (see isTrueFalse). */
type Answerable = Parameters<typeof isTrueFalse>[0];

/**
 * A question's answer, or one of its options, as shown: for a statement written as true/false its
 * સાચું or ખોટું in the interface's words (an English screen says True, as its buttons do), any
 * other in the chosen digits.
 */
export function shownAnswer(question: Answerable, text: string, t: TrueFalseWords, digitsIn: DigitsIn): string {
	const truth = isTrueFalse(question) ? truthOf(text) : undefined;
	if (truth === undefined) return shownDigits(text, digitsIn);
	return truth ? t.statementTrue : t.statementFalse;
}

/** A stored answer as the student gave it: the option or typed text (see shownAnswer), or True/False in words. */
export function shownGiven(item: QuizItem, given: string, t: TrueFalseWords, digitsIn: DigitsIn): string {
	if (item.mode === 'tf') return given === 'true' ? t.statementTrue : t.statementFalse;
	return shownAnswer(item.question, given, t, digitsIn);
}

/** The words for what was right, in the interface language. */
export type RightWords = TrueFalseWords & {
	correctAnswerIs: (answer: string) => string;
	statementWasTrue: string;
	statementWasFalse: (answer: string) => string;
	statementWasFalseAlone: string;
};

/**
 * What was right, as the feedback and the results say it: the answer, or for a true/false item the
 * judgement the statement needed, with the answer when the statement was false (the answer alone
 * does not say which way the statement should have been judged). The answer in the chosen digits.
 */
export function shownRight(item: QuizItem, t: RightWords, digitsIn: DigitsIn): string {
	const answer = shownAnswer(item.question, item.question.answer, t, digitsIn);
	if (item.mode !== 'tf') return t.correctAnswerIs(answer);
	if (item.truth) return t.statementWasTrue;
	// a statement written as false has no answer to name but ખોટું itself
	return isTrueFalse(item.question) ? t.statementWasFalseAlone : t.statementWasFalse(answer);
}

/**
 * A range's end as a person writes it: rounding slips gone (0.19999999999999998 is 0.2), large
 * numbers grouped the Indian way (1,40,00,00,000), years and small numbers as they are (2022).
 * ASCII digits: the screen puts them in the chosen style. Here, not beside the feedback it is
 * written for: a set's page shows ranges too and needs none of the typed-answer checks.
 */
export function writtenNumber(n: number): string {
	const rounded = Number(n.toPrecision(12));
	const grouped = Math.abs(rounded) >= 10_000;
	return new Intl.NumberFormat('en-IN', { maximumFractionDigits: 10, useGrouping: grouped }).format(rounded);
}
