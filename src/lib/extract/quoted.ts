/**
 * A long sentence that quotes several sentences (ઝાલાએ કહ્યું, "… . … ."): a question on a fact in
 * the quotation keeps who said it and the quoted sentence that holds the fact, not every sentence.
 */
import type { Sentence } from './types';

/**
 * The longest prompt, in characters, a phone shows at a glance: a longer sentence's quotation is
 * trimmed, a longer prompt offered unticked.
 */
export const LONG_PROMPT = 250;

/** Where a quoted sentence ends: its mark, and a space before the next. */
const QUOTED_END = /[.!?।](?=\s)/gu;

/**
 * For a fact at [start, end) of a long `sentence`, inside a quotation of several sentences:
 * the words up to the quotation's opening mark (`lead`) and the quoted sentence holding the fact
 * (`inner`, a slice of the text), and the closing mark the prompt ends with when `inner` leaves the
 * quotation open. Null when the sentence is short or the fact is not quoted so.
 */
export function quotedPart(sentence: Sentence, start: number, end: number): { lead: string; inner: Sentence; close: string } | null {
	const { text } = sentence;
	if (text.length <= LONG_PROMPT) return null;
	const at = start - sentence.start;
	const open = Math.max(text.lastIndexOf('"', at), text.lastIndexOf('“', at));
	// the fact must follow an opening mark: an even count of straight marks before it
	if (open < 0 || (text[open] === '"' && (text.slice(0, open).match(/"/g)?.length ?? 0) % 2 === 1)) return null;
	const ends = [...text.slice(open).matchAll(QUOTED_END)].map((m) => open + m.index + 1);
	const from = ends.filter((e) => e <= at).at(-1) ?? open + 1;
	const to = ends.find((e) => e >= end - sentence.start) ?? text.length;
	if (from === open + 1 && to === text.length) return null;
	// the closing mark goes with the quotation, not with a question made of its last sentence
	const slice = text.slice(from, to);
	const body = slice.replace(/([.!?।])["”]$/u, '$1');
	const closed = body === slice && /["”]/u.test(slice);
	const trimmed = body.trim();
	const begin = sentence.start + from + body.length - body.trimStart().length;
	const inner = { text: trimmed, start: begin, end: begin + trimmed.length };
	const close = closed ? '' : text[open] === '“' ? '”' : '"';
	return { lead: `${text.slice(0, open + 1)}${from > open + 1 ? '… ' : ''}`, inner, close };
}
