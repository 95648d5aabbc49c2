/**
 * Fill-in-the-blank prompts: the sentence with its answer blanked out. Every other place the
 * answer stands as a word is blanked too, so the prompt never gives the answer away.
 */
import type { Sentence } from './types';
import { isEndingOrNothing } from './words';

/** What stands in for the answer. */
export const BLANK = '_____';

/** A letter, mark or digit: the answer must not start in the middle of a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The sentence with [start, end) (offsets in the whole text) blanked, and every other occurrence
 * of each of `forms` that stands as a word, alone or with a case ending. A case ending after a
 * blank stays: "_____નું સ્વાગત".
 */
export function cloze(sentence: Sentence, start: number, end: number, forms: readonly string[] = []): string {
	const blanks = [{ from: start - sentence.start, to: end - sentence.start }];
	const answer = sentence.text.slice(blanks[0]!.from, blanks[0]!.to);
	for (const form of [answer, ...forms]) {
		if (form === '') continue;
		for (let at = sentence.text.indexOf(form); at !== -1; at = sentence.text.indexOf(form, at + 1)) {
			const startsWord = at === 0 || !WORD_CHAR.test(sentence.text[at - 1]!);
			// what follows in the same word may only be a case ending: રામને, not રામાયણ
			const rest = /^[\p{L}\p{M}\p{N}]*/u.exec(sentence.text.slice(at + form.length))![0];
			const overlaps = blanks.some((b) => at < b.to && at + form.length > b.from);
			if (startsWord && isEndingOrNothing(rest) && !overlaps) blanks.push({ from: at, to: at + form.length });
		}
	}
	blanks.sort((a, b) => b.from - a.from);
	let out = sentence.text;
	for (const { from, to } of blanks) out = out.slice(0, from) + BLANK + out.slice(to);
	return out;
}
