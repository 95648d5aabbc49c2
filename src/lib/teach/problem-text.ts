/**
 * The checker's problems in the teacher's language. The checker words its problems in English
 * for files and the command line; the editor shows the ones a teacher meets in both languages,
 * and any other in the checker's own English.
 */
import type { Messages } from '../i18n';
import type { BankProblem } from '../bank/validate';

/** What to show for a problem; `lang` is set when the text is the checker's English. */
export type ProblemText = { text: string; lang?: 'en' };

type Rule = [pattern: RegExp, say: (t: Messages, match: RegExpExecArray, num: (n: number | string) => string) => string];

const RULES: Rule[] = [
	[/^(?:must not be empty|is missing)$/, (t) => t.problemEmpty],
	[/^is too long: at most (\d+) characters$/, (t, m, num) => t.problemTooLong(num(m[1]!))],
	[/^is not copied word for word from /, (t) => t.problemQuoteNotInSource],
	[/occurs? in the quote$/, (t) => t.problemAnswerNotInQuote],
	[/^gives away the answer: it contains "(.*)"$/, (t, m) => t.problemGivesAway(m[1]!)],
	[/^is the same as the prompt of /, (t) => t.problemSamePrompt],
	[/^is already used by another question/, (t) => t.problemDuplicateId],
	[/^is the answer "/, (t) => t.problemDistractorIsAnswer],
	[/^is the accept form "/, (t) => t.problemDistractorIsAccept],
	[/^repeats distractors\[/, (t) => t.problemDistractorRepeats],
	[/^a place question needs a kind/, (t) => t.problemPlaceKind],
	[/^a set needs at least one question$/, (t) => t.problemNoQuestions]
];

/**
 * A problem as the editor shows it beside its field. A problem with one line of a one-per-line
 * box (`distractors[1]`) names the line. `num` writes numbers in the chosen digits.
 */
export function describeProblem(p: BankProblem, t: Messages, num: (n: number | string) => string): ProblemText {
	for (const [pattern, say] of RULES) {
		const match = pattern.exec(p.message);
		if (!match) continue;
		const text = say(t, match, num);
		const line = /^(?:accept|distractors)\[(\d+)\]$/.exec(p.field);
		return { text: line ? t.problemAtLine(num(Number(line[1]) + 1), text) : text };
	}
	return { text: p.message, lang: 'en' };
}
