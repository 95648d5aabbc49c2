import { toAsciiDigits } from '../text/digits';

/**
 * The digit a key press types, 0–9, from an English layout (1) or a Gujarati or Hindi one (૧, १);
 * undefined for any other key. Keyboard shortcuts read option and rating numbers through it.
 */
export function keyDigit(key: string): number | undefined {
	const ascii = toAsciiDigits(key);
	return /^[0-9]$/.test(ascii) ? Number(ascii) : undefined;
}
