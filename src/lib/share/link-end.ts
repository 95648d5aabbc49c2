/**
 * Where a Kasoti link ends. Every fragment (`v2.<crc32>.<payload>`, `a1.…`, `r1.…`) ends in a base64url
 * character, so whatever follows one in a message — a full stop, a bracket, a closing quotation mark,
 * a danda, a space — is the sentence's, not the link's. A browser opening such a link escapes a
 * character beyond ASCII (`”` becomes `%E2%80%9D`); `%` is no link character either, so that goes too.
 */

/** The characters after a link's last one: anything outside base64url, escaped or not. */
const AFTER_LINK = /(?:%[0-9A-Fa-f]{2}|[^A-Za-z0-9_-])+$/;

/** The text without what follows the link at its end: punctuation a link never ends with. */
export function trimLinkEnd(text: string): string {
	return text.replace(AFTER_LINK, '');
}
