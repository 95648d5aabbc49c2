/**
 * Gujarati text normalisation shared by the bank checker, the quiz and the importers.
 */

import { toAsciiDigits } from './digits.ts';

// in a file of their own, so the app's frame converts digits without loading this file's patterns
export { toAsciiDigits, toGujaratiDigits } from './digits.ts';

/** Zero-width joiners, non-joiners, spaces and the BOM: invisible, and typed inconsistently. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Control characters except tab and newline. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Punctuation and symbols: quotes, dashes, the danda, brackets. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/**
 * Characters that show nothing yet change what a text is: format characters (bidi controls such
 * as U+202E, invisible operators U+2061, the soft hyphen, tag characters), Hangul fillers, the
 * blank braille pattern, the combining grapheme joiner and Mongolian selectors. ZWJ and ZWNJ are
 * format characters too, but Gujarati needs them for half forms and the eyelash ર, so they are handled apart.
 */
const HIDDEN = /[^\P{Cf}\u200C\u200D]|[\u115F\u1160\u3164\uFFA0\u2800\u034F\u180B-\u180F]/gu;
/** Variation selectors, except text/emoji presentation right after an emoji or keycap base. */
const SELECTORS = /[\uFE00-\uFE0D\u{E0100}-\u{E01EF}]|(?<![\p{Extended_Pictographic}#*0-9])[\uFE0E\uFE0F]/gu;
const JOINERS = /[\u200C\u200D]+/g;
/** An Indic virama ends the text: a joiner after it picks a half form or an explicit virama. */
const AFTER_VIRAMA = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D]$/;
const BEFORE_LETTER = /^\p{L}/u;
const AFTER_EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const BEFORE_EMOJI = /^\p{Extended_Pictographic}/u;

/** A joiner run that changes how the text looks: one ZWJ or ZWNJ after a virama, or a ZWJ inside an emoji. */
function joinerKept(run: string, at: number, text: string): string {
	const before = text.slice(Math.max(0, at - 2), at);
	const after = text.slice(at + run.length, at + run.length + 2);
	if (run.length === 1 && AFTER_VIRAMA.test(before) && BEFORE_LETTER.test(after)) return run;
	if (run === '\u200D' && AFTER_EMOJI.test(before) && BEFORE_EMOJI.test(after)) return run;
	return '';
}

/** Text without the characters no reader can see or type; ZWJ and ZWNJ are kept where they shape letters. */
export function stripInvisible(text: string): string {
	return text.replace(HIDDEN, '').replace(SELECTORS, '').replace(JOINERS, joinerKept);
}

/**
 * Clean text for storage: NFC, no control or invisible characters (ZWJ and ZWNJ kept after a
 * virama, where Gujarati needs them), tidy spaces. Keeps punctuation.
 */
export function cleanText(text: string): string {
	return stripInvisible(text.normalize('NFC').replace(CONTROL, ''))
		.replace(/[^\S\n]+/g, ' ')
		.replace(/ ?\n ?/g, '\n')
		.trim();
}

/**
 * Words of Gujarati letters, signs and digits, lower-case Latin letters and ASCII digits, one
 * space apart: nothing in them is punctuation or invisible, has another NFC form or a lower case.
 */
const PLAIN = /^[\u0A81-\u0AE3\u0AE6-\u0AEFa-z0-9]+(?: [\u0A81-\u0AE3\u0AE6-\u0AEFa-z0-9]+)*$/;
/** What a plain text may still hold that changes its key: virama then nukta (NFC puts the nukta first), the old-font cluster. */
const REORDERED_OR_OLD = /\u0ACD(?:\u0ABC|\u0AB0\u0ACD)/;

/** વિશ્ર્વ, પશ્ર્ચિમ: old Gujarati fonts wrote શ્વ and શ્ચ with a stray ર, and papers still print it. */
const OLD_FONT_CLUSTER = /\u0ACD\u0AB0\u0ACD(?=[\u0AB5\u0A9A])/g;

/**
 * A comparison key: NFC, ASCII digits, no punctuation or invisible characters, the old-font
 * spelling of શ્વ and શ્ચ folded, single spaces, lower case. Two answers that mean the same text get the same key.
 */
export function normalizeForMatch(text: string): string {
	// most answers are plain words, which only their digits change: a bank of 10,000 questions is
	// keyed on every load of a quiz, and the patterns below cost most of that
	if (PLAIN.test(text) && !REORDERED_OR_OLD.test(text)) return toAsciiDigits(text);
	return toAsciiDigits(text.normalize('NFC'))
		.replace(OLD_FONT_CLUSTER, '\u0ACD')
		.replace(INVISIBLE, '')
		.replace(CONTROL, ' ')
		.replace(PUNCTUATION, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Text with digits made ASCII and invisible marks removed, punctuation kept: for finding answers in quotes. */
export function normalizeForSearch(text: string): string {
	return toAsciiDigits(text.normalize('NFC')).replace(INVISIBLE, '').replace(/\s+/g, ' ');
}
