/**
 * The text of a GIFT question taken apart: escapes, `[html]`-style prefixes, options with their
 * `%weights%` and `#feedback`, numbers. Shared by the GIFT reader's question types.
 */
import { toAsciiDigits } from '../text/normalize';
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

/** Moodle's text formats; only HTML changes how text is read. */
export type TextFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** Text after its `[html]`-style prefix, as plain text: HTML loses its tags. */
export function readText(raw: string, fallback: TextFormat): { text: string; format: TextFormat } {
	const trimmed = raw.trim();
	const prefix = /^\[(moodle|html|plain|markdown)\]/.exec(trimmed);
	const format = (prefix?.[1] as TextFormat | undefined) ?? fallback;
	const text = show(prefix ? trimmed.slice(prefix[0].length) : trimmed);
	return { text: (format === 'html' ? stripHtml(text) : text).trim(), format };
}

/** One answer of a block: its text, weight (1 is full marks) and feedback. */
export type Option = { text: string; weight: number; feedback: string };

/** An option's `%weight%` (else `weight`), text and `#feedback`. */
export function readOption(raw: string, format: TextFormat, weight: number): Option {
	let body = raw.trim();
	const stated = WEIGHT.exec(body);
	if (stated) {
		weight = Number(stated[1]) / 100;
		body = body.slice(stated[0].length);
	}
	const hash = body.indexOf('#');
	const text = hash === -1 ? body : body.slice(0, hash);
	const feedback = hash === -1 ? '' : readText(body.slice(hash + 1), format).text;
	return { text: readText(text, format).text, weight, feedback };
}

/** Items of an answer block split at `marker`, the empty text before the first one dropped. */
export function splitAt(answers: string, marker: string): string[] {
	const parts = answers.split(marker);
	if (parts[0]!.trim() === '') parts.shift();
	return parts;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The answer of a numerical block in ASCII digits (Gujarati ૧૮૨૨ is read as 1822): the number,
 * the number before a `:tolerance`, or the middle of a `min..max` range.
 */
export function numberOf(text: string): string | undefined {
	const ascii = toAsciiDigits(text).replace(/\s+/g, '');
	const range = /^(.+)\.\.(.+)$/.exec(ascii);
	if (range) {
		const [min, max] = [range[1]!, range[2]!];
		return NUMBER.test(min) && NUMBER.test(max) ? String((Number(min) + Number(max)) / 2) : undefined;
	}
	const value = ascii.split(':')[0]!;
	const tolerance = ascii.split(':')[1];
	if (tolerance !== undefined && !NUMBER.test(tolerance)) return undefined;
	return NUMBER.test(value) ? value : undefined;
}
