/**
 * Bytes of an uploaded file to text. Spreadsheets save "Unicode text" as UTF-16, so the
 * byte-order mark decides; without one, a UTF-16 file still shows itself by its zero bytes.
 */

/** The encodings a file can be read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding of a file's bytes: its byte-order mark, else zero bytes on one side, else UTF-8. */
export function sniffEncoding(bytes: Uint8Array): TextEncoding {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	// UTF-8 text has no zero bytes; UTF-16 has one in every space, digit and Latin letter, always on
	// the same side of the pair; binary data has them on both sides
	const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < sample.length; i++) {
		if (sample[i] !== 0) continue;
		if (i % 2 === 0) evenZeros++;
		else oddZeros++;
	}
	const pairs = sample.length / 2;
	if (pairs >= 2 && oddZeros >= Math.max(1, pairs * 0.05) && evenZeros === 0) return 'utf-16le';
	if (pairs >= 2 && evenZeros >= Math.max(1, pairs * 0.05) && oddZeros === 0) return 'utf-16be';
	return 'utf-8';
}

/**
 * A file's bytes as text, without a byte-order mark. Bytes that are not valid in the encoding
 * become U+FFFD, which the format check counts to recognise binary data.
 */
export function decodeBytes(bytes: Uint8Array): string {
	const encoding = sniffEncoding(bytes);
	if (encoding === 'utf-16be') {
		// not every TextDecoder knows UTF-16BE: swap each pair and read it as UTF-16LE
		const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
		for (let i = 0; i + 1 < bytes.length; i += 2) {
			swapped[i] = bytes[i + 1]!;
			swapped[i + 1] = bytes[i]!;
		}
		return new TextDecoder('utf-16le').decode(swapped).replace(/^\uFEFF/, '');
	}
	return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}
