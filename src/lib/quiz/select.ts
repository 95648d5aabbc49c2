/**
 * Which questions a quiz asks: by category, by source and by length, each question at most once,
 * in random order; optionally weak spots first. Costs grow with the quiz length and the
 * student's history, not with the bank.
 */
import { CATEGORIES, type Category } from '../bank/categories';
import {
	ALL_SCOPE,
	articleScope,
	listOf,
	setScope,
	type BankQuestion,
	type PreparedBank
} from './bank-index';
import { QUIZ_LENGTHS } from './count';
import { randomInt, type Rng } from './random';

/** Where questions come from: the whole bank, one set, one article file, or named questions (a retry). */
export type QuizSource =
	| { type: 'all' }
	| { type: 'set'; id: string }
	| { type: 'article'; file: string }
	| { type: 'questions'; ids: readonly string[] };

export { QUIZ_LENGTHS };
/** A quiz length offered on the quiz screen. */
export type QuizLength = (typeof QUIZ_LENGTHS)[number];

/** A student's past with one question, as stored by the progress screens. */
export type Progress = {
	/** Times asked. */
	seen: number;
	/** Times answered wrongly. */
	wrong: number;
	/** Whether the latest answer was right. */
	lastRight: boolean;
};

/** Question id -> progress. Questions missing from it were never seen. */
export type History = ReadonlyMap<string, Progress>;

/** What to select. */
export type SelectOptions = {
	/** Any non-empty subset of date, person, place. */
	categories: readonly Category[];
	source: QuizSource;
	/** 5, 10, 20, 'all' (any positive whole number also works). */
	length: QuizLength | number;
	/** Questions answered wrongly last time first, then never-seen ones; needs `history`. */
	weakSpots?: boolean;
	history?: History;
};

/** The standing of a question answered wrongly last time, and of one never seen. */
const MISSED = 6;
const UNSEEN = 4;

/**
 * A question's standing under weakSpots: last answer wrong 6 and never seen 4 come first, in that
 * order; the rest follow, drawn with weight 2 if once wrong and now right, 1 if always right.
 */
export function weakSpotWeight(progress: Progress | undefined): number {
	if (!progress || progress.seen === 0) return UNSEEN;
	if (!progress.lastRight) return MISSED;
	return progress.wrong > 0 ? 2 : 1;
}

function scopeOf(source: QuizSource): string {
	if (source.type === 'set') return setScope(source.id);
	if (source.type === 'article') return articleScope(source.file);
	return ALL_SCOPE;
}

/** The candidate lists for a selection, one per category asked for. */
function listsFor(
	bank: PreparedBank,
	categories: readonly Category[],
	source: QuizSource
): (readonly number[])[] {
	const wanted = CATEGORIES.filter((c) => categories.includes(c));
	if (source.type === 'questions') {
		const indices = source.ids.map((id) => bank.byId.get(id)).filter((i) => i !== undefined);
		return wanted.map((c) => indices.filter((i) => bank.questions[i]!.category === c));
	}
	const scope = scopeOf(source);
	return wanted.map((c) => listOf(bank, scope, c));
}

/** How many questions a selection could ask at most: for "all" and for greying out empty choices. */
export function countAvailable(
	bank: PreparedBank,
	categories: readonly Category[],
	source: QuizSource
): number {
	return listsFor(bank, categories, source).reduce((n, list) => n + list.length, 0);
}

/** The i-th question index of several lists laid end to end. */
function at(lists: readonly (readonly number[])[], i: number): number {
	for (const list of lists) {
		if (i < list.length) return list[i]!;
		i -= list.length;
	}
	throw new RangeError('position beyond the lists');
}

/** k distinct positions of [0, n) in random order: Fisher-Yates with a sparse swap table, O(k). */
function samplePositions(rng: Rng, n: number, k: number): number[] {
	const swapped = new Map<number, number>();
	const out: number[] = [];
	for (let i = 0; i < k; i++) {
		const j = i + randomInt(rng, n - i);
		out.push(swapped.get(j) ?? j);
		swapped.set(j, swapped.get(i) ?? i);
	}
	return out;
}

/**
 * Picks the quiz's questions in the order they will be asked. Asks for more than there are and
 * you get them all. Same bank, options and seed: same questions in the same order.
 */
export function selectQuestions(bank: PreparedBank, options: SelectOptions, rng: Rng): BankQuestion[] {
	const lists = listsFor(bank, options.categories, options.source);
	const n = lists.reduce((sum, list) => sum + list.length, 0);
	const k = options.length === 'all' ? n : Math.max(0, Math.min(Math.floor(options.length), n));
	const picked =
		options.weakSpots && options.history && options.source.type !== 'questions'
			? sampleWeak(bank, options, lists, n, k, rng)
			: samplePositions(rng, n, k).map((p) => at(lists, p));
	return picked.map((i) => bank.questions[i]!);
}

/**
 * Questions answered wrongly last time first, then never-seen ones, then the rest weighted, each
 * group in random order. The seen questions in scope are looked at one by one; the never-seen ones
 * are drawn by rejection, so the cost is O(history + k) rather than O(bank).
 */
function sampleWeak(
	bank: PreparedBank,
	options: SelectOptions,
	lists: readonly (readonly number[])[],
	n: number,
	k: number,
	rng: Rng
): number[] {
	const history = options.history!;
	const scope = scopeOf(options.source);
	// Each seen question in scope as one number, its bank index times 8 plus its weight (at most 6):
	// a plain numeric sort orders them by bank index, so the same history always gives the same quiz
	// (Map order is insertion order), without an object per question.
	const packed = new Int32Array(history.size);
	let count = 0;
	for (const [id, progress] of history) {
		if (progress.seen === 0) continue;
		const index = bank.byId.get(id);
		if (index === undefined) continue;
		const q = bank.questions[index]!;
		const inScope =
			scope === ALL_SCOPE || scope === setScope(q.setId) || scope === articleScope(q.article);
		if (inScope && options.categories.includes(q.category))
			packed[count++] = index * 8 + weakSpotWeight(progress);
	}
	const missed: number[] = [];
	const restIndex = new Int32Array(count);
	// A drawn question's weight drops to 0: it keeps its place, and the walk below steps over it.
	const restWeight = new Uint8Array(count);
	let restCount = 0;
	let restTotal = 0;
	for (const p of packed.subarray(0, count).sort()) {
		if ((p & 7) === MISSED) {
			missed.push(p >> 3);
			continue;
		}
		restIndex[restCount] = p >> 3;
		restWeight[restCount++] = p & 7;
		restTotal += p & 7;
	}

	const out = samplePositions(rng, missed.length, Math.min(k, missed.length)).map((p) => missed[p]!);
	let unseenLeft = n - count;
	const chosen = new Set<number>();
	let unseenList: number[] | null = null;
	while (out.length < k && unseenLeft > 0) {
		const index = drawUnseen();
		unseenLeft--;
		chosen.add(index);
		out.push(index);
	}

	let lastLeft = restCount - 1;
	while (out.length < k) {
		let rest = rng() * restTotal;
		let s = 0;
		while (s < lastLeft && rest >= restWeight[s]!) rest -= restWeight[s++]!;
		out.push(restIndex[s]!);
		restTotal -= restWeight[s]!;
		restWeight[s] = 0;
		while (lastLeft > 0 && restWeight[lastLeft] === 0) lastLeft--;
	}
	return out;

	/** Whether a question of the lists (so in scope) was seen: the history knows. */
	function seenBefore(index: number): boolean {
		return (history.get(bank.questions[index]!.id)?.seen ?? 0) > 0;
	}

	function drawUnseen(): number {
		if (unseenList === null) {
			for (let tries = 0; tries < 64; tries++) {
				const index = at(lists, randomInt(rng, n));
				if (!chosen.has(index) && !seenBefore(index)) return index;
			}
			// mostly seen or already chosen: list what is left once, then draw from it
			unseenList = lists.flat().filter((i) => !chosen.has(i) && !seenBefore(i));
		}
		const j = randomInt(rng, unseenList.length);
		const index = unseenList[j]!;
		unseenList[j] = unseenList[unseenList.length - 1]!;
		unseenList.pop();
		return index;
	}
}
