/** QR codes of share links, drawn as SVG; how large a link may be for one code is in qr-plan.ts. */
import qrcode from 'qrcode-generator';
import type { QrLevel } from './qr-plan';

/** A text's UTF-8 bytes, one per character, as qrcode-generator's byte mode reads a string. */
function byteString(text: string): string {
	return String.fromCharCode(...new TextEncoder().encode(text));
}

/**
 * The dark modules of a QR code as one SVG path (a rectangle per horizontal run), with the
 * code's width in modules. Throws when the text is too long for any QR code.
 */
export function qrPath(text: string, level: QrLevel): { size: number; path: string } {
	const code = qrcode(0, level);
	code.addData(byteString(text), 'Byte');
	code.make();
	const size = code.getModuleCount();
	const parts: string[] = [];
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; ) {
			if (!code.isDark(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < size && code.isDark(row, col)) col++;
			parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
		}
	}
	return { size, path: parts.join('') };
}
