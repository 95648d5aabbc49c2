/** Finds an answer inside its quote so the screen can mark it. */
import { toAsciiDigits } from './normalize';

/** Vowel signs and other combining marks: split from their letter they render on a dotted circle. */
const COMBINING = /\p{M}/u;

/** Moves an end index past any combining marks, so a mark never cuts "રવિવાર|ે" apart. */
export function extendOverMarks(text: string, end: number): number {
	while (end < text.length && COMBINING.test(text[end]!)) end++;
	return end;
}

/** A piece of a quote: marked when it is the answer. */
export interface QuotePart {
	text: string;
	marked: boolean;
}

/**
 * Splits a quote around the first place one of the answer's forms occurs, longest form first
 * (so "કિમ જોંગ ઉન" is marked whole, not just "કિમ"). Digits match in either script.
 * A quote without any form comes back as one unmarked part.
 */
export function markAnswer(quote: string, forms: readonly string[]): QuotePart[] {
	// Digit conversion keeps every index in place: one digit for one digit.
	const haystack = toAsciiDigits(quote).toLowerCase();
	const candidates = [...forms].filter((f) => f.trim()).sort((a, b) => b.length - a.length);
	for (const form of candidates) {
		const start = haystack.indexOf(toAsciiDigits(form.trim()).toLowerCase());
		if (start < 0) continue;
		const end = extendOverMarks(quote, start + form.trim().length);
		return [
			{ text: quote.slice(0, start), marked: false },
			{ text: quote.slice(start, end), marked: true },
			{ text: quote.slice(end), marked: false }
		].filter((part) => part.text !== '');
	}
	return [{ text: quote, marked: false }];
}
