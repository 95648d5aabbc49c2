/**
 * Gujarati text normalisation shared by the bank checker, the quiz and the importers.
 */

const GUJARATI_ZERO = 0x0ae6;
const DEVANAGARI_ZERO = 0x0966;

/** Gujarati (and Devanagari) digits to ASCII: ૨૦૨૨ -> 2022. */
export function toAsciiDigits(text: string): string {
	return text.replace(/[\u0AE6-\u0AEF\u0966-\u096F]/g, (d) => {
		const code = d.charCodeAt(0);
		const zero = code >= GUJARATI_ZERO ? GUJARATI_ZERO : DEVANAGARI_ZERO;
		return String(code - zero);
	});
}

/** ASCII digits to Gujarati: 2022 -> ૨૦૨૨. */
export function toGujaratiDigits(text: string): string {
	return text.replace(/[0-9]/g, (d) => String.fromCharCode(GUJARATI_ZERO + Number(d)));
}

/** Zero-width joiners, non-joiners, spaces and the BOM: invisible, and typed inconsistently. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Control characters except tab and newline. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Punctuation and symbols: quotes, dashes, the danda, brackets. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** Clean text for storage: NFC, no control or invisible characters, tidy spaces. Keeps punctuation. */
export function cleanText(text: string): string {
	return text
		.normalize('NFC')
		.replace(CONTROL, '')
		.replace(INVISIBLE, '')
		.replace(/[^\S\n]+/g, ' ')
		.replace(/ ?\n ?/g, '\n')
		.trim();
}

/** વિશ્ર્વ, પશ્ર્ચિમ: old Gujarati fonts wrote શ્વ and શ્ચ with a stray ર, and papers still print it. */
const OLD_FONT_CLUSTER = /\u0ACD\u0AB0\u0ACD(?=[\u0AB5\u0A9A])/g;

/**
 * A comparison key: NFC, ASCII digits, no punctuation or invisible characters, the old-font
 * spelling of શ્વ and શ્ચ folded, single spaces, lower case. Two answers that mean the same text get the same key.
 */
export function normalizeForMatch(text: string): string {
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
