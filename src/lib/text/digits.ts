/** Conversions between Gujarati (and Devanagari) digits and ASCII ones. */
const GUJARATI_ZERO = 0x0ae6;
const DEVANAGARI_ZERO = 0x0966;

const NATIVE_DIGIT = /[\u0AE6-\u0AEF\u0966-\u096F]/;
const NATIVE_DIGITS = /[\u0AE6-\u0AEF\u0966-\u096F]+/g;

/** Gujarati (and Devanagari) digits to ASCII: ૨૦૨૨ -> 2022. */
export function toAsciiDigits(text: string): string {
	// answers are keyed by the thousand when a quiz starts: most hold no digit, and a number is converted as one run
	if (!NATIVE_DIGIT.test(text)) return text;
	return text.replace(NATIVE_DIGITS, (run) => {
		let ascii = '';
		for (let i = 0; i < run.length; i++) {
			const code = run.charCodeAt(i);
			ascii += String.fromCharCode(48 + code - (code >= GUJARATI_ZERO ? GUJARATI_ZERO : DEVANAGARI_ZERO));
		}
		return ascii;
	});
}

/** ASCII digits to Gujarati: 2022 -> ૨૦૨૨. */
export function toGujaratiDigits(text: string): string {
	return text.replace(/[0-9]/g, (d) => String.fromCharCode(GUJARATI_ZERO + Number(d)));
}

/** A Latin name with digits (Tu-160, G20, COVID-19): "Tu-૧૬૦" would be neither script. */
const LATIN_NAME = /[A-Za-z]+-?[0-9\u0AE6-\u0AEF]+[A-Za-z0-9-]*|[0-9]+[A-Za-z]+/g;

/** `text` with its digits in the chosen style (`digitsIn`); a Latin name keeps Latin digits. */
export function shownDigits(text: string, digitsIn: (text: string) => string): string {
	let shown = '';
	let from = 0;
	for (const name of text.matchAll(LATIN_NAME)) {
		shown += digitsIn(text.slice(from, name.index)) + toAsciiDigits(name[0]);
		from = name.index + name[0].length;
	}
	return shown + digitsIn(text.slice(from));
}
