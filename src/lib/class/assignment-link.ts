/**
 * An assignment as a link: `<origin>/assignment#a1.<crc32>.<payload>` (share/pack.ts). It carries
 * the assignment and its set's questions, not the articles: a quiz needs only the questions, and a
 * shorter link needs fewer QR codes. The set passes the Kasoti JSON importer's checks on the way in,
 * as a shared set does.
 */
import { ID_PATTERN, MAX_ID_LENGTH } from '$lib/bank/ids';
import { hasErrors } from '$lib/bank/problems';
import type { QuestionSet } from '$lib/bank/schema';
import { readKasotiData } from '$lib/import/json';
import { MAX_BYTES, MAX_QUESTIONS } from '$lib/import/limits';
import { trimLinkEnd } from '$lib/share/link-end';
import { packJson, unpackJson, type UnpackProblem } from '$lib/share/pack';
import { cleanText } from '$lib/text/normalize';
import { isCalendarDay } from './assignment';
import type { Assignment } from './types';

/** The page that opens assignment links. */
export const ASSIGNMENT_PATH = '/assignment';
/** The format this version writes, before the first dot (assignment-fragment.ts finds it in a text). */
const FORMAT = 'a1';
/** The longest title the form takes and a link may carry. */
export const MAX_TITLE = 120;
/** Quiz modes an assignment may ask for. */
const MODES = ['choice', 'typed', 'tf', 'mixed'] as const;

/** Why a link gives no assignment. */
export type AssignmentLinkProblem = 'empty' | 'format' | UnpackProblem | 'invalid';

/** An opened assignment link: the assignment, or what is wrong. */
export type OpenedAssignment = { ok: true; assignment: Assignment } | { ok: false; problem: AssignmentLinkProblem };

/** The link students open to take the assignment. */
export async function encodeAssignmentLink(assignment: Assignment, origin: string): Promise<string> {
	const { $schema: _, ...set } = assignment.set;
	return `${origin}${ASSIGNMENT_PATH}#${await packJson(FORMAT, { ...assignment, set })}`;
}

/** Opens an assignment link's fragment (with or without `#`); never throws. */
export async function decodeAssignmentLink(hash: string): Promise<OpenedAssignment> {
	// a link quoted in a sentence arrives with the sentence's full stop or bracket after it
	const fragment = trimLinkEnd(hash.trim().replace(/^.*?#/, ''));
	if (fragment === '') return { ok: false, problem: 'empty' };
	if (!fragment.startsWith(`${FORMAT}.`)) return { ok: false, problem: 'format' };
	try {
		const unpacked = await unpackJson(fragment.slice(FORMAT.length + 1), MAX_BYTES);
		if (!unpacked.ok) return unpacked;
		const assignment = readAssignment(unpacked.data);
		return assignment ? { ok: true, assignment } : { ok: false, problem: 'invalid' };
	} catch {
		return { ok: false, problem: 'invalid' };
	}
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The assignment in a link's JSON, checked field by field; undefined when anything is wrong. */
function readAssignment(data: unknown): Assignment | undefined {
	if (!isRecord(data) || !isRecord(data.set)) return undefined;
	const { id, title, mode, length, due, seed, createdAt } = data;
	if (typeof id !== 'string' || id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) return undefined;
	if (typeof title !== 'string' || cleanText(title) === '' || title.length > MAX_TITLE) return undefined;
	if (!MODES.includes(mode as (typeof MODES)[number])) return undefined;
	if (length !== 'all' && !(Number.isInteger(length) && (length as number) >= 1 && (length as number) <= MAX_QUESTIONS))
		return undefined;
	// the form's date field gives only real days: an impossible one was written in by hand, so the link was changed
	if (due !== undefined && !(typeof due === 'string' && isCalendarDay(due))) return undefined;
	if (typeof seed !== 'string' || seed === '' || seed.length > 64) return undefined;
	if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || createdAt < 0) return undefined;
	const set = checkedSet(data.set);
	if (!set) return undefined;
	return {
		id,
		// a link made before titles were cleaned, or made by hand, may hold a direction override
		title: cleanText(title),
		mode: mode as Assignment['mode'],
		length: length as Assignment['length'],
		...(due === undefined ? {} : { due: due as string }),
		seed,
		set,
		createdAt
	};
}

/** The set as the JSON importer reads it (its depth measured as it was unpacked): checked and cleaned, or undefined with any mistake. */
function checkedSet(raw: Record<string, unknown>): QuestionSet | undefined {
	const result = readKasotiData(raw, 'assignment.json');
	// a link is made from a checked set: a question with a mistake means it was changed, not that it may be left out
	if (!result.set || hasErrors(result.problems) || result.drafts.length > MAX_QUESTIONS || result.set.questions.length === 0)
		return undefined;
	return result.set;
}
