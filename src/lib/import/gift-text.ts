/**
 * The text of a GIFT question taken apart: escapes, `[html]`-style prefixes, options with their
 * `%weights%` and `#feedback`, numbers and their ranges. Shared by the GIFT reader's question types.
 */
import { toAsciiDigits } from '../text/normalize';
import { takeMedia, type Media } from './gift-media';
import { stripHtml } from './shared';

/** Escaped special characters stand in as private-use characters while the text is taken apart. */
const HIDDEN = new Map([
	['\\', '\uE05C'],
	['~', '\uE07E'],
	['=', '\uE03D'],
	['#', '\uE023'],
	['{', '\uE07B'],
	['}', '\uE07D'],
	[':', '\uE03A'],
	['n', '\uE00A']
]);
const SHOWN = new Map([...HIDDEN].map(([char, hidden]) => [hidden, char === 'n' ? '\n' : char]));

/** Escapes swapped for stand-ins; `\\` first, so `\\~` is a backslash, then a real tilde, as in Moodle. */
export const hide = (text: string) => text.replace(/\\([\\~=#{}:n])/g, (_, char: string) => HIDDEN.get(char)!);
/** Escaped characters back as themselves (`\\n` as a newline). */
export const show = (text: string) => text.replace(/[\uE000-\uE07F]/g, (char) => SHOWN.get(char) ?? char);

/** Moodle's answer weight: `%50%`, `%-100%`, `%33.3%`. */
const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;

/** Moodle's text formats: HTML loses its tags; every format but plain loses its images and sounds. */
export type TextFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/**
 * Text after its `[html]`-style prefix, as plain text: images, sounds and files are taken out
 * and named in `media` (plain text has none), and HTML loses its tags.
 */
export function readText(raw: string, fallback: TextFormat, media: Media[]): { text: string; format: TextFormat } {
	const trimmed = raw.trim();
	const prefix = /^\[(moodle|html|plain|markdown)\]/.exec(trimmed);
	const format = (prefix?.[1] as TextFormat | undefined) ?? fallback;
	const shown = show(prefix ? trimmed.slice(prefix[0].length) : trimmed);
	const text = format === 'plain' ? shown : takeMedia(shown, media);
	return { text: (format === 'html' ? stripHtml(text) : format === 'markdown' ? plainMarkdown(text) : text).trim(), format };
}

/**
 * Markdown's marks of emphasis, code and links taken off, as Moodle shows such text rendered: a
 * student would otherwise read the asterisks of **સરદાર પટેલ**. Marks inside a word (snake_case) stay.
 */
export function plainMarkdown(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(?<![\p{L}\p{M}\p{N}])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{M}\p{N}])/gu, '$2')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/^#{1,6}\s+/gm, '');
}

/** One answer of a block: its text, weight (1 is full marks) and feedback. */
export type Option = { text: string; weight: number; feedback: string };

/** An option's `%weight%` (else `weight`), text and `#feedback`; its images and sounds go to `media`. */
export function readOption(raw: string, format: TextFormat, weight: number, media: Media[]): Option {
	let body = raw.trim();
	const stated = WEIGHT.exec(body);
	if (stated) {
		weight = Number(stated[1]) / 100;
		body = body.slice(stated[0].length);
	}
	const hash = body.indexOf('#');
	const text = hash === -1 ? body : body.slice(0, hash);
	const feedback = hash === -1 ? '' : readText(body.slice(hash + 1), format, media).text;
	return { text: readText(text, format, media).text, weight, feedback };
}

/** Items of an answer block split at `marker`, the empty text before the first one dropped. */
export function splitAt(answers: string, marker: string): string[] {
	const parts = answers.split(marker);
	if (parts[0]!.trim() === '') parts.shift();
	return parts;
}

/** A number as Moodle's `is_numeric` takes it: 12, -3.5, +4, .5, 1e3 */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number as written, for reading: no `+`, and `0` before a leading point. */
const tidy = (number: string) => number.replace(/^\+/, '').replace(/^(-?)\./, '$10.');

/** A sum without its binary noise: 0.3 - 0.1 is 0.2, not 0.19999999999999998. */
export const exact = (value: number) => Number(value.toPrecision(15));

/** A numerical answer: the text a student reads as right, and the range a typed number may fall in. */
export type NumberAnswer = { text: string; min: number; max: number };

/**
 * A numerical answer in ASCII digits (Gujarati ૧૮૨૨ reads as 1822): `1822` is exactly 1822,
 * `3:2` is 3 give or take 2 (1 to 5), and `1..5` any number from 1 to 5, read as "1–5" (no
 * made-up middle number). Undefined when it is not a number.
 */
export function readNumber(written: string): NumberAnswer | undefined {
	const ascii = toAsciiDigits(written).replace(/\s+/g, '');
	const range = /^(.+?)\.\.(.+)$/.exec(ascii);
	if (range) {
		const [low, high] = [range[1]!, range[2]!];
		if (!NUMBER.test(low) || !NUMBER.test(high)) return undefined;
		// Moodle's reading of 5..1 accepts nothing; the teacher meant the numbers between
		const [min, max] = [Number(low), Number(high)].sort((a, b) => a - b) as [number, number];
		const text = min === max ? String(min) : `${min}–${max}`;
		return { text, min, max };
	}
	const [value = '', tolerance, ...rest] = ascii.split(':');
	if (rest.length > 0 || !NUMBER.test(value) || (tolerance !== undefined && !NUMBER.test(tolerance))) return undefined;
	const center = Number(value);
	const spread = Math.abs(Number(tolerance ?? 0));
	return { text: tidy(value), min: exact(center - spread), max: exact(center + spread) };
}
