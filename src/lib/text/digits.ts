/** Conversions between Gujarati (and Devanagari) digits and ASCII ones. */
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
