/**
 * CRC-32 (the polynomial of zip and PNG). A link's checksum: it finds every change of one
 * character for certain (any burst of up to 32 bits), needs no secure context, unlike
 * crypto.subtle, and costs eight characters.
 */

const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** The CRC-32 of a text of ASCII characters (a base64url link), as eight lower-case hex digits. */
export function crc32Hex(text: string): string {
	let crc = 0xffffffff;
	for (let i = 0; i < text.length; i++) crc = TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
	return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
