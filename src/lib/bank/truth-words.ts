/**
 * True/false questions as Kasoti stores them: the answer સાચું or ખોટું, the other its only
 * distractor, no accept forms. No field of the schema marks them; this shape does, whichever file
 * brought them (Moodle's `{T}`, an Aiken "A. True / B. False" pair, a CSV answer "False"), and the
 * GIFT export writes it back as `{TRUE}` or `{FALSE}`. A module of its own, with no imports, so a
 * quiz can tell such a question without loading any importer.
 */

/** The answer of a true/false question whose statement is true. */
export const TRUE_ANSWER = 'સાચું';
/** The answer of a true/false question whose statement is false. */
export const FALSE_ANSWER = 'ખોટું';

/** Words files use for true and false, lower case: Gujarati with and without the anusvara, and English. */
const TRUTH_WORDS = new Map<string, boolean>([
	['સાચું', true],
	['સાચુ', true],
	['true', true],
	['ખોટું', false],
	['ખોટુ', false],
	['false', false]
]);

/** Whether a word says true or false ("True", "ખોટું"), or undefined for any other text. */
export function truthOf(text: string): boolean | undefined {
	return TRUTH_WORDS.get(text.normalize('NFC').trim().toLowerCase());
}

/** Kasoti's word for a truth. */
export const truthWord = (truth: boolean): string => (truth ? TRUE_ANSWER : FALSE_ANSWER);

/** Whether a question is a true/false statement: answer સાચું or ખોટું, the other its one distractor. */
export function isTrueFalse(q: { answer: string; accept: readonly string[]; distractors?: readonly string[] }): boolean {
	const distractors = q.distractors ?? [];
	const truth = q.answer === TRUE_ANSWER ? true : q.answer === FALSE_ANSWER ? false : undefined;
	return truth !== undefined && q.accept.length === 0 && distractors.length === 1 && distractors[0] === truthWord(!truth);
}

/**
 * The truth a question's answer and options say when they are a true/false pair in any of its words
 * (answer "True", option "False"; or an answer "ખોટું" and no options), else undefined: every accept
 * form must say what the answer says and every distractor the opposite.
 */
export function pairTruth(answer: string, accept: readonly string[], distractors: readonly string[]): boolean | undefined {
	const truth = truthOf(answer);
	if (truth === undefined) return undefined;
	if (!accept.every((form) => truthOf(form) === truth)) return undefined;
	return distractors.every((option) => truthOf(option) === !truth) ? truth : undefined;
}
