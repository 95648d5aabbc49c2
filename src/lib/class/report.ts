/**
 * How a class did on an assignment, per student and per question, in the manner of Moodle's quiz
 * statistics. Pure: the results come in as an array; nothing here reads the clock or storage.
 */
import { CATEGORIES } from '../bank/categories';
import { cleanText, toAsciiDigits } from '../text/normalize';
import type { Assignment, ClassReport, ClassResult, QuestionRow, StudentRow, WrongAnswer } from './types';

/** How a typed name is compared: "  Ravi Patel" and "ravi  patel" are the same student. */
export function studentKey(name: string): string {
	return cleanText(name).replace(/\s+/g, ' ').toLowerCase();
}

/** How wrong answers are grouped: ૨૦૨૦ and 2020, "Delhi " and "delhi" are one answer. */
export function answerKey(given: string): string {
	return toAsciiDigits(given.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFC'));
}

/** How far behind the teacher's a student's clock may be and the result still believed: a few minutes. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** How far past its arrival a result may say it finished: a day covers a phone set to the wrong time zone. */
const AHEAD_MS = 24 * 3_600_000;

/**
 * Whether a result's finish time could be true: not before its assignment was made (give or take
 * a few minutes of clock) nor more than a day after it reached the teacher's phone. There is no
 * trusted clock: this is only what the student's phone claims, checked against the teacher's.
 */
export function plausiblyTimed(result: Pick<ClassResult, 'finishedAt' | 'receivedAt'>, assignment: Pick<Assignment, 'createdAt'>): boolean {
	return result.finishedAt >= assignment.createdAt - CLOCK_SKEW_MS && result.finishedAt <= result.receivedAt + AHEAD_MS;
}

/**
 * A counted student: their first result, the name's key, the phone it came from, their later
 * results, and how many of all their results claim a time that cannot be true.
 */
type Counted = { result: ClassResult; key: string; phone: string | undefined; namesake: number; retakes: number; mistimed: number };

/**
 * Which of the students who typed one name (in the order of their first results) a result is from:
 * the one with its phone. A result without a phone, from an older version, is the name's first
 * student's, as before phones were sent; so is a result with a phone when that first student has
 * none yet (the student may have updated the app between two tries).
 */
function studentOf(namesakes: readonly Counted[], phone: string | undefined): Counted | undefined {
	const first = namesakes[0]!;
	if (phone === undefined || first.phone === undefined) return first;
	return namesakes.find((s) => s.phone === phone);
}

/**
 * The results that count, in hand-in order: later copies of one result and later results of one
 * student are left out. A student is a name and the phone it came from: two phones, two students.
 * Results whose time cannot be true come after every other: a phone's clock set back made a retake the first try.
 */
function firstResults(assignment: Assignment, results: readonly ClassResult[]) {
	const timed = new Map(results.map((r) => [r, plausiblyTimed(r, assignment)]));
	const ordered = results
		.filter((r) => r.assignmentId === assignment.id)
		.sort(
			(a, b) =>
				Number(!timed.get(a)) - Number(!timed.get(b)) ||
				a.finishedAt - b.finishedAt ||
				a.receivedAt - b.receivedAt ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
	const seenQuizzes = new Set<string>();
	const byName = new Map<string, Counted[]>();
	const counted: Counted[] = [];
	let duplicates = 0;
	let retakes = 0;
	for (const result of ordered) {
		if (seenQuizzes.has(result.quizId)) {
			duplicates++;
			continue;
		}
		seenQuizzes.add(result.quizId);
		const key = studentKey(result.student);
		const namesakes = byName.get(key);
		const same = namesakes && studentOf(namesakes, result.phone);
		// Moodle's item statistics count each student's first attempt by default: later ones
		// do not meet the assumptions of item analysis (a retake builds on the first try).
		const mistimed = timed.get(result) ? 0 : 1;
		if (same) {
			same.retakes++;
			same.mistimed += mistimed;
			same.phone ??= result.phone;
			retakes++;
			continue;
		}
		const student: Counted = { result, key, phone: result.phone, namesake: (namesakes?.length ?? 0) + 1, retakes: 0, mistimed };
		counted.push(student);
		if (namesakes) namesakes.push(student);
		else byName.set(key, [student]);
	}
	const shared = [...byName].filter(([, namesakes]) => namesakes.length > 1);
	const sharedNames = shared.map(([, namesakes]) => ({ student: displayName(namesakes[0]!.result.student), phones: namesakes.length }));
	return { counted, shared: new Set(shared.map(([key]) => key)), sharedNames, duplicates, retakes, received: ordered.length };
}

/** A name as the report shows it: spaces as typed but single, and one spelling of each letter. */
function displayName(name: string): string {
	return name.trim().replace(/\s+/g, ' ').normalize('NFC');
}

/** What one counted student's answers leave behind for the second look at the top and bottom thirds. */
type StudentTally = {
	row: StudentRow;
	key: string;
	/** Which of the students of one name, from 1. */
	namesake: number;
	/** question index × 2 + 1 when right: compact, and enough to recount any group. */
	answers: number[];
};

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The median of numbers already sorted ascending; undefined for none. */
function median(sorted: readonly number[]): number | undefined {
	const n = sorted.length;
	if (n === 0) return undefined;
	const mid = Math.floor(n / 2);
	return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The class report of `assignment` from the results handed in. Students are known by the name
 * they typed (see studentKey) and the phone it came from (see studentOf); each student's earliest
 * result counts, later ones are retakes.
 * Answers to questions not in the assignment's set are left out of every figure, and a
 * question answered twice in one result counts once.
 */
export function classReport(assignment: Assignment, results: readonly ClassResult[]): ClassReport {
	const questions = assignment.set.questions;
	const indexOf = new Map<string, number>();
	questions.forEach((q, i) => indexOf.set(q.id, i));
	const categories = CATEGORIES.filter((c) => questions.some((q) => q.category === c));
	const categoryIndex = questions.map((q) => categories.indexOf(q.category));

	const qCount = questions.length;
	const asked = new Int32Array(qCount);
	const right = new Int32Array(qCount);
	const msSum = new Float64Array(qCount);
	// per question, its wrong answers by their grouping key; the first spelling seen is the one shown
	const wrong: (Map<string, WrongAnswer> | undefined)[] = new Array(qCount);
	// a class gives the same few wrong answers again and again: normalise each text once
	const keys = new Map<string, string>();
	// the student who last answered each question, so a repeated answer in one result counts once
	const answeredBy = new Int32Array(qCount).fill(-1);

	const { counted, shared, sharedNames, duplicates, retakes, received } = firstResults(assignment, results);
	const tallies: StudentTally[] = counted.map(({ result, key, namesake, retakes: own, mistimed }, s) => {
		const catRight = new Array<number>(categories.length).fill(0);
		const catTotal = new Array<number>(categories.length).fill(0);
		const answers: number[] = [];
		let rightCount = 0;
		let ms = 0;
		for (const answer of result.answers) {
			const q = indexOf.get(answer.questionId);
			if (q === undefined || answeredBy[q] === s) continue;
			answeredBy[q] = s;
			const c = categoryIndex[q]!;
			const time = Number.isFinite(answer.ms) && answer.ms > 0 ? answer.ms : 0;
			asked[q]!++;
			msSum[q]! += time;
			catTotal[c]!++;
			ms += time;
			if (answer.correct) {
				right[q]!++;
				catRight[c]!++;
				rightCount++;
				answers.push(q * 2 + 1);
			} else {
				answers.push(q * 2);
				const trueFalse = answer.mode === 'tf';
				// a true/false verdict is not the same answer as typing the word "true"
				let wrongKey = trueFalse ? `\u0000${answer.given}` : keys.get(answer.given);
				if (wrongKey === undefined) keys.set(answer.given, (wrongKey = answerKey(answer.given)));
				const given = (wrong[q] ??= new Map());
				const seen = given.get(wrongKey);
				if (seen) seen.count++;
				else given.set(wrongKey, { given: answer.given.trim().normalize('NFC'), count: 1, trueFalse });
			}
		}
		const total = answers.length;
		const row: StudentRow = {
			student: displayName(result.student),
			...(shared.has(key) ? { namesake } : {}),
			right: rightCount,
			total,
			share: total > 0 ? rightCount / total : 0,
			ms,
			finishedAt: result.finishedAt,
			byCategory: categories.map((category, c) => ({ category, right: catRight[c]!, total: catTotal[c]! })),
			retakes: own,
			...(mistimed > 0 ? { mistimed } : {})
		};
		return { row, key, namesake, answers };
	});

	// best first, ties by name so the thirds and the table do not depend on arrival order
	tallies.sort((a, b) => b.row.share - a.row.share || compareKeys(a.key, b.key) || a.namesake - b.namesake);
	const discrimination = thirdsDiscrimination(tallies, qCount);

	const questionRows: QuestionRow[] = questions.map((question, q) => ({
		questionId: question.id,
		number: q + 1,
		prompt: question.prompt,
		answer: question.answer,
		category: question.category,
		asked: asked[q]!,
		right: right[q]!,
		facility: asked[q]! > 0 ? right[q]! / asked[q]! : undefined,
		wrong: [...(wrong[q] ?? [])].sort(([ka, a], [kb, b]) => b.count - a.count || compareKeys(ka, kb)).map(([, w]) => w),
		discrimination: discrimination[q],
		meanMs: asked[q]! > 0 ? msSum[q]! / asked[q]! : undefined
	}));

	const shares = tallies.map((t) => t.row.share).sort((a, b) => a - b);
	const distribution = new Array<number>(10).fill(0);
	for (const { row } of tallies) {
		// whole numbers, so 7 of 10 lands in the 70 % bin and not, by rounding, the 60 % one
		const bin = row.total > 0 ? Math.min(9, Math.floor((row.right * 10) / row.total)) : 0;
		distribution[bin]!++;
	}
	return {
		students: tallies.map((t) => t.row),
		questions: questionRows,
		categories,
		mean: shares.length > 0 ? shares.reduce((sum, x) => sum + x, 0) / shares.length : undefined,
		median: median(shares),
		distribution,
		received,
		duplicates,
		retakes,
		sharedNames
	};
}

/**
 * The discrimination index of Moodle's old Item Analysis report (Moodle 1.x, "Disc. Index"):
 * the students are split into thirds by their score, and the question's facility in the bottom
 * third is taken from its facility in the top third. Here a third is floor(n / 3) students of the
 * ranked list, and each facility is over the students of that third who were asked the question
 * (Moodle's sum over N, when every student is asked every question). Undefined for a question no
 * one in a third was asked, and for every question with fewer than three students.
 */
function thirdsDiscrimination(ranked: readonly StudentTally[], qCount: number): (number | undefined)[] {
	const third = Math.floor(ranked.length / 3);
	const out = new Array<number | undefined>(qCount).fill(undefined);
	if (third === 0) return out;
	const facility = (group: readonly StudentTally[]) => {
		const asked = new Int32Array(qCount);
		const right = new Int32Array(qCount);
		for (const student of group) {
			for (const code of student.answers) {
				asked[code >> 1]!++;
				right[code >> 1]! += code & 1;
			}
		}
		return { asked, right };
	};
	const top = facility(ranked.slice(0, third));
	const bottom = facility(ranked.slice(ranked.length - third));
	for (let q = 0; q < qCount; q++) {
		if (top.asked[q]! > 0 && bottom.asked[q]! > 0) {
			out[q] = top.right[q]! / top.asked[q]! - bottom.right[q]! / bottom.asked[q]!;
		}
	}
	return out;
}
