/**
 * Fill-in-the-blank prompts: the sentence with its answer blanked out. Every other place the
 * answer stands as a word is blanked too, so the prompt never gives the answer away.
 */
import { BLANK } from '../bank/blank';
import type { Sentence } from './types';
import { isEndingOrNothing } from './words';

/** A letter, mark or digit: the answer must not start in the middle of a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A span of a sentence, in offsets of the sentence's own text. */
export type Span = { from: number; to: number };

/**
 * Whether text[at, at + length) stands as a word: it starts one, and what follows in the same word
 * may only be a case ending (રામને, not રામાયણ).
 */
export function standsAsWord(text: string, at: number, length: number): boolean {
	const startsWord = at === 0 || !WORD_CHAR.test(text[at - 1]!);
	const rest = /^[\p{L}\p{M}\p{N}]*/u.exec(text.slice(at + length))![0];
	return startsWord && isEndingOrNothing(rest);
}

/**
 * Where the answer [start, end) (offsets in the whole text) stands in the sentence, and every
 * other occurrence of it or of each of `forms` that stands as a word, alone or with a case
 * ending; the answer's own span first.
 */
export function mentionsOf(sentence: Sentence, start: number, end: number, forms: readonly string[] = []): Span[] {
	const spans = [{ from: start - sentence.start, to: end - sentence.start }];
	const answer = sentence.text.slice(spans[0]!.from, spans[0]!.to);
	for (const form of [answer, ...forms]) {
		if (form === '') continue;
		for (let at = sentence.text.indexOf(form); at !== -1; at = sentence.text.indexOf(form, at + 1)) {
			const overlaps = spans.some((b) => at < b.to && at + form.length > b.from);
			if (standsAsWord(sentence.text, at, form.length) && !overlaps) spans.push({ from: at, to: at + form.length });
		}
	}
	return spans;
}

/** Vowel signs and the vowel letters that stand for them where no consonant comes before. */
const VOWEL_LETTERS: Readonly<Record<string, string>> = {
	'\u0ABE': 'આ',
	'\u0ABF': 'ઇ',
	'\u0AC0': 'ઈ',
	'\u0AC1': 'ઉ',
	'\u0AC2': 'ઊ',
	'\u0AC3': 'ઋ',
	'\u0AC5': 'ઍ',
	'\u0AC7': 'એ',
	'\u0AC8': 'ઐ',
	'\u0AC9': 'ઑ',
	'\u0ACB': 'ઓ',
	'\u0ACC': 'ઔ'
};

/**
 * The text with no mark hanging after a blank: a vowel sign becomes its letter (_____ે ->
 * _____એ, as Gujarati writes an ending after a vowel) and any other mark (ં, ્) goes.
 */
export function standAlone(text: string): string {
	return text.replace(/_____(\p{M}+)/gu, (_, marks: string) => BLANK + (VOWEL_LETTERS[marks[0]!] ?? ''));
}

/**
 * The sentence with [start, end) (offsets in the whole text) blanked, and every other occurrence
 * of each of `forms` that stands as a word, alone or with a case ending. A case ending after a
 * blank stays, written so it can stand alone: "_____નું સ્વાગત", "_____એ કહ્યું".
 */
export function cloze(sentence: Sentence, start: number, end: number, forms: readonly string[] = []): string {
	const blanks = mentionsOf(sentence, start, end, forms).sort((a, b) => b.from - a.from);
	let out = sentence.text;
	for (const { from, to } of blanks) out = out.slice(0, from) + BLANK + out.slice(to);
	return standAlone(out);
}
