/**
 * Finding an assignment link's fragment in a text, apart from reading it (assignment-link.ts): the
 * page that opens assignments looks for one in what is pasted or scanned without the importer's checks.
 */

/** The format this version writes, before the first dot. */
export const ASSIGNMENT_FORMAT = 'a1';

/** A fragment: the format, a checksum (crc32, hex) and the packed assignment (base64url). */
const FRAGMENT = new RegExp(`\\b${ASSIGNMENT_FORMAT}\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]+`);

/** The first assignment fragment in a text: a pasted message, a file's contents. */
export function findAssignmentFragment(text: string): string | undefined {
	return FRAGMENT.exec(text)?.[0];
}
