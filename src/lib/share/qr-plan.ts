/**
 * Whether a share link fits one QR code, and at which level (qr.ts draws the code). Apart from the
 * drawing, so pages that only read codes do not load the QR code generator.
 * A QR code can hold 2,953 bytes (version 40 at level L, 177×177 modules), but modules that small
 * blur on a projected image seen from the back row. Kasoti stops at version 25 (117×117 modules):
 * on a picture 1.5 m tall each module is still about 12 mm wide, which a phone camera reads across a classroom.
 */

/** The most bytes version 25 holds at level L (7% of the code can be lost): the longest link with a QR code. */
export const QR_MAX_LENGTH = 1273;

/** The most bytes version 25 holds at level M (15% can be lost): shorter links get the sturdier level. */
export const QR_MAX_LENGTH_M = 997;

/** Error correction levels Kasoti uses. */
export type QrLevel = 'L' | 'M';

/** Whether a link gets a QR code, and at which level; its length in bytes either way. */
export type QrPlan = { fits: true; level: QrLevel; length: number } | { fits: false; length: number };

/**
 * Whether a link is short enough for a QR code a projector can show: the sturdier level M up to
 * 997 bytes, level L up to 1,273; both stay within version 25.
 */
export function qrPlan(link: string): QrPlan {
	const length = new TextEncoder().encode(link).length;
	if (length <= QR_MAX_LENGTH_M) return { fits: true, level: 'M', length };
	if (length <= QR_MAX_LENGTH) return { fits: true, level: 'L', length };
	return { fits: false, length };
}
