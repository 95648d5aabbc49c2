/**
 * Finding an assignment link's fragment in a text, apart from reading it (assignment-link.ts): the
 * page that opens assignments looks for one in what is pasted or scanned without the importer's
 * checks. Nothing is shared with that module, so this stays in the page's own code; a test of
 * assignment-link.ts finds in a text the fragment it writes.
 */

/** A fragment: the format assignment-link.ts writes (a1), a checksum (crc32, hex) and the packed assignment (base64url). */
const FRAGMENT = /\ba1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+/;

/** The first assignment fragment in a text: a pasted message, a file's contents. */
export function findAssignmentFragment(text: string): string | undefined {
	return FRAGMENT.exec(text)?.[0];
}
