/**
 * A student's result as a link: `<origin>/teach/class#r1.<crc32>.<payload>` (share/pack.ts). The
 * payload is as short as the teacher's report allows: short keys, and no answer text for a right
 * multiple-choice answer (it is the question's answer). Opening it on the teacher's phone needs no
 * network; the checksum refuses a link changed or cut in a chat. The phone's id (`p`) came later,
 * as a key older readers pass over, so it stays `r1`: a link without it still opens, known by its name alone.
 */
import { EARLIEST_DATE, latestDate } from '$lib/db/backup-limits';
import { MAX_QUESTIONS } from '$lib/import/limits';
import { packJson, unpackJson, type UnpackProblem } from '$lib/share/pack';
import { PHONE_PATTERN, studentPhone } from './student-phone';
import { studentName } from './student-name';
import type { Assignment, ClassResult, HandedIn, ResultAnswer } from './types';

/** The page that collects results. */
export const CLASS_PATH = '/teach/class';
const FORMAT = 'r1';
/** The longest name a student may type. */
export const MAX_NAME = 80;
/** The longest answer text kept: a typed answer is a name, a place or a date. */
const MAX_GIVEN = 500;
/** The most a result unpacks to: a few hundred answers at most. */
const MAX_RESULT_BYTES = 1024 * 1024;
/** An answer's time is held to an hour: longer means the phone was put down. */
const MAX_MS = 3_600_000;
const MODES = { c: 'choice', w: 'typed', t: 'tf' } as const;
const CODES = { choice: 'c', typed: 'w', tf: 't' } as const;

/** Why a text gives no result. */
export type ResultProblem = 'format' | UnpackProblem | 'invalid';

/** An opened result, not yet matched to its assignment. */
export type OpenedResult = { ok: true; result: HandedIn } | { ok: false; problem: ResultProblem };

/** One answer as packed: question id, mode, 1 or 0, ms, and the answer text where it is needed. */
type PackedAnswer = [string, string, 0 | 1, number] | [string, string, 0 | 1, number, string];

/** The result's link. */
export async function encodeResultLink(result: HandedIn, origin: string): Promise<string> {
	const x: PackedAnswer[] = result.answers.map((a) => {
		const packed: [string, string, 0 | 1, number] = [a.questionId, CODES[a.mode], a.correct ? 1 : 0, Math.round(a.ms)];
		return a.mode === 'choice' && a.correct ? packed : [...packed, a.given];
	});
	const data = {
		a: result.assignmentId,
		n: result.student,
		q: result.quizId,
		...(result.phone === undefined ? {} : { p: result.phone }),
		s: result.startedAt,
		f: result.finishedAt,
		x
	};
	return `${origin}${CLASS_PATH}#${await packJson(FORMAT, data)}`;
}

/** Every result fragment in a text: pasted links, a chat's messages, a file's contents. */
export function findResultFragments(text: string): string[] {
	return [...new Set(text.match(/\br1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+/g) ?? [])];
}

/** Opens a result fragment (`r1.…`, with or without what comes before `#`); never throws. */
export async function decodeResult(text: string): Promise<OpenedResult> {
	const fragment = text.trim().replace(/^.*?#/, '');
	if (!fragment.startsWith(`${FORMAT}.`)) return { ok: false, problem: 'format' };
	try {
		const unpacked = await unpackJson(fragment.slice(FORMAT.length + 1), MAX_RESULT_BYTES);
		if (!unpacked.ok) return unpacked;
		const result = readResult(unpacked.data);
		return result ? { ok: true, result } : { ok: false, problem: 'invalid' };
	} catch {
		return { ok: false, problem: 'invalid' };
	}
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function readResult(data: unknown): HandedIn | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { a, n, q, p, s, f, x } = data as Record<string, unknown>;
	if (!isText(a, 100) || a === '' || !isText(n, MAX_NAME) || studentName(n) === '' || !isText(q, 100) || q === '') return undefined;
	if (!isTime(s) || !isTime(f) || !Array.isArray(x) || x.length === 0 || x.length > MAX_QUESTIONS) return undefined;
	const answers: ResultAnswer[] = [];
	for (const packed of x as unknown[]) {
		if (!Array.isArray(packed)) return undefined;
		const [questionId, code, correct, ms, given] = packed as unknown[];
		const mode = MODES[code as keyof typeof MODES];
		if (!isText(questionId, 200) || !mode || (correct !== 0 && correct !== 1) || !isTime(ms)) return undefined;
		if (given !== undefined && !isText(given, MAX_GIVEN)) return undefined;
		if (given === undefined && !(mode === 'choice' && correct === 1)) return undefined;
		answers.push({ questionId, mode, given: given ?? '', correct: correct === 1, ms: Math.min(ms, MAX_MS) });
	}
	// an id of a shape this version does not know only costs telling namesakes apart, not the result
	const phone = typeof p === 'string' && PHONE_PATTERN.test(p) ? { phone: p } : {};
	// a name that looks the same is the same student: no invisible or direction characters in it
	return { assignmentId: a, student: studentName(n), quizId: q, ...phone, startedAt: s, finishedAt: Math.max(f, s), answers };
}

/**
 * Why a result is not stored with the assignment: it answers another assignment; it answers a
 * question its set does not have, one question twice, or more questions than the assignment deals; or its times lie outside what a
 * backup restores (the student's phone had a wrong date), so keeping it would make every backup
 * of this phone one that cannot be restored.
 */
export type MatchProblem = 'other-assignment' | 'wrong-questions' | 'wrong-clock';

/** Whether a moment can be stored: a backup made at `now` or later restores it (backup-limits.ts). */
function isStorableMoment(ms: number, now: number): boolean {
	return ms >= EARLIEST_DATE && ms <= latestDate(now);
}

/**
 * The result as stored, received at `receivedAt`, its right choice answers filled in from the set;
 * a problem when it answers another assignment, a question the set does not have, one question
 * twice or more questions than `dealt` (the questions the assignment deals, dealt-questions.ts), or
 * when its times cannot be stored. Which of the set's questions were dealt is not held against it:
 * a student's phone on an older version of the app may have dealt others from the same seed.
 */
export function matchResult(
	result: HandedIn,
	assignment: Assignment,
	dealt: readonly string[],
	receivedAt: number
): { ok: true; result: ClassResult } | { ok: false; problem: MatchProblem } {
	if (result.assignmentId !== assignment.id) return { ok: false, problem: 'other-assignment' };
	const questions = new Map(assignment.set.questions.map((q) => [q.id, q]));
	const answered = new Set<string>();
	for (const a of result.answers) {
		if (!questions.has(a.questionId) || answered.has(a.questionId)) return { ok: false, problem: 'wrong-questions' };
		answered.add(a.questionId);
	}
	if (answered.size > dealt.length) return { ok: false, problem: 'wrong-questions' };
	if (!isStorableMoment(result.startedAt, receivedAt) || !isStorableMoment(result.finishedAt, receivedAt))
		return { ok: false, problem: 'wrong-clock' };
	const answers = result.answers.map((a) => (a.given === '' ? { ...a, given: questions.get(a.questionId)!.answer } : a));
	return { ok: true, result: { ...result, answers, id: `${result.assignmentId}/${result.quizId}`, receivedAt } };
}

/**
 * The result of a finished quiz from its answers, in the order they were given, with `phone`, the id
 * of the phone handing it in (this one's unless said; none where storage keeps nothing).
 */
export function handIn(
	quiz: { id: string; startedAt: number; options: { assignment?: { id: string; student: string } } },
	attempts: readonly { questionId: string; mode: ResultAnswer['mode']; given: string; correct: boolean; ms: number; at: number }[],
	phone: string | undefined = studentPhone()
): HandedIn | undefined {
	const ref = quiz.options.assignment;
	if (!ref || attempts.length === 0) return undefined;
	// two tabs could once store two answers to one question: the first counts
	const seen = new Set<string>();
	const ordered = [...attempts].sort((a, b) => a.at - b.at).filter((a) => !seen.has(a.questionId) && seen.add(a.questionId));
	return {
		assignmentId: ref.id,
		student: ref.student,
		quizId: quiz.id,
		...(phone === undefined ? {} : { phone }),
		startedAt: quiz.startedAt,
		finishedAt: ordered[ordered.length - 1]!.at,
		answers: ordered.map((a) => ({ questionId: a.questionId, mode: a.mode, given: a.given, correct: a.correct, ms: Math.max(0, a.ms) }))
	};
}
