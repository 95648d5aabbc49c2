/**
 * How strictly an imported set is checked. A teacher's file brings no article texts, so every
 * article it names is taken as present and its quotes go unchecked; a place may lack its kind,
 * since a teacher's file seldom says what sort of place an answer is and the quiz copes without.
 */
import { AFTER_SCHEMA, type CheckOptions } from '../bank/validate';

/** Kasoti JSON: the strict format, where everything else the checker finds is the file's mistake. */
export const JSON_IMPORT: CheckOptions = {
	texts: new Map(),
	missingText: 'trusted',
	severity: { 'place-needs-kind': 'off' }
};

/**
 * Questions made from another format's drafts: what breaks the schema stops the import, and what
 * only the checks after it find (a prompt that gives the answer away, one asked twice) comes as a note.
 */
export const DRAFTS_IMPORT: CheckOptions = {
	...JSON_IMPORT,
	severity: { ...Object.fromEntries(AFTER_SCHEMA.map((code) => [code, 'note'])), 'place-needs-kind': 'off' }
};
