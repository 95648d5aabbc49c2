/**
 * base64url without padding (RFC 4648 §5): the alphabet that survives a URL fragment, a chat
 * message and a QR code unchanged.
 */

/** Characters a base64url text may hold. */
const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Whether a text holds only base64url characters, whatever its length. */
export const isBase64Url = (text: string) => ALPHABET.test(text);

/** Bytes to base64url text, without `=` padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// in slices: spreading a large array into fromCharCode overflows the call stack
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text (padding optional) to bytes; undefined when it cannot be base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
	const body = text.replace(/=+$/, '');
	// a single character left over after whole groups of four encodes no byte at all
	if (!ALPHABET.test(body) || body.length % 4 === 1) return undefined;
	const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
