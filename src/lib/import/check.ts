/**
 * How strictly a set is checked, in one place for every door a set comes in by: a teacher's
 * file, Kasoti JSON, or the editor's own check. What a quiz copes with is a note everywhere and
 * everything else an error everywhere, so a set that imports is ready for students, and a set
 * ready for students imports again from its own export.
 */
import type { Problem } from '../bank/problems';
import type { CheckOptions } from '../bank/validate';

/** Findings that leave the quiz working: a place without its kind, a prompt that gives the answer away or repeats another. */
export const NOTE_SEVERITY: CheckOptions['severity'] = {
	'place-needs-kind': 'note',
	'gives-away': 'note',
	'duplicate-prompt': 'note'
};

/**
 * An imported set: a teacher's file brings no article texts, so every article it names is taken
 * as present and its quotes go unchecked; a place may lack its kind without a note, since a
 * teacher's file seldom says what sort of place an answer is.
 */
export const IMPORT_CHECKS: CheckOptions = {
	texts: new Map(),
	missingText: 'trusted',
	severity: { ...NOTE_SEVERITY, 'place-needs-kind': 'off' }
};

/**
 * A repeated prompt that names the other question by its line in the file, as every problem of a
 * file is placed, rather than by its number in the set made of the file's good questions.
 */
export function repeatByLine(p: Problem, lineOf: (otherNumber: number, otherId: string) => number | undefined): Problem {
	if (p.code !== 'duplicate-prompt' || p.params.otherNumber === undefined) return p;
	const { otherNumber, ...params } = p.params;
	const otherLine = lineOf(otherNumber, params.otherId);
	return otherLine === undefined ? p : { ...p, params: { ...params, otherLine } };
}
