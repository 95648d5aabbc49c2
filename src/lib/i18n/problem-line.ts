/** Problems as the command line prints them: one English line each, from the same codes as the pages. */
import type { Problem } from '../bank/problems';
import { problemText } from './problem-text';
import { enProblems } from './problems-en';

/** What a line prints in place of a question id for a problem with the whole set or file. */
export const NO_QUESTION = '-';

/**
 * `file[:line]: question id: field: what is wrong`. Problems with the set or file as a whole
 * print `-` as the question id (no id can be `-`), so every line has four parts.
 */
export function problemLine(p: Problem): string {
	const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
	return `${where}: ${p.questionId ?? NO_QUESTION}: ${p.field}: ${problemText({ problems: enProblems }, p)}`;
}
