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
import type { QuizMode } from './build-quiz';
import { QUIZ_LENGTHS } from './count';
import { dealInOrder } from './order';
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
	/** How the quiz asks: which texts may give another question's answer away (see order.ts); any way if left out. */
	mode?: QuizMode;
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

/**
 * The positions of [0, n) in random order, drawn as they are asked for: Fisher-Yates with a sparse
 * swap table, so taking k of them costs O(k).
 */
function* drawPositions(rng: Rng, n: number): Generator<number> {
	const swapped = new Map<number, number>();
	for (let i = 0; i < n; i++) {
		const j = i + randomInt(rng, n - i);
		yield swapped.get(j) ?? j;
		swapped.set(j, swapped.get(i) ?? i);
	}
}

/** The questions of several lists in random order, drawn as they are asked for. */
function* drawPlain(rng: Rng, lists: readonly (readonly number[])[], n: number): Generator<number> {
	for (const p of drawPositions(rng, n)) yield at(lists, p);
}

/**
 * Picks the quiz's questions in the order they will be asked. Asks for more than there are and
 * you get them all. No question gives another's answer away before it is asked (see dealInOrder):
 * one that would is asked after it, and of two that give each other away only the first drawn is
 * dealt, another taking the second's place (so "all" may be a few short). Same bank, options and
 * seed: same questions in the same order.
 */
export function selectQuestions(bank: PreparedBank, options: SelectOptions, rng: Rng): BankQuestion[] {
	const lists = listsFor(bank, options.categories, options.source);
	const n = lists.reduce((sum, list) => sum + list.length, 0);
	const k = options.length === 'all' ? n : Math.max(0, Math.min(Math.floor(options.length), n));
	const draw =
		options.weakSpots && options.history && options.source.type !== 'questions'
			? drawWeak(bank, options, lists, n, rng)
			: drawPlain(rng, lists, n);
	return dealInOrder(bank, draw, k, options.mode).map((i) => bank.questions[i]!);
}

/**
 * Questions answered wrongly last time first, then never-seen ones, then the rest weighted, each
 * group in random order, drawn as they are asked for. The seen questions in scope are looked at one
 * by one; the never-seen ones are drawn by rejection, so the cost is O(history + k) rather than O(bank).
 */
function* drawWeak(
	bank: PreparedBank,
	options: SelectOptions,
	lists: readonly (readonly number[])[],
	n: number,
	rng: Rng
): Generator<number> {
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

	for (const p of drawPositions(rng, missed.length)) yield missed[p]!;
	let unseenLeft = n - count;
	const chosen = new Set<number>();
	let unseenList: number[] | null = null;
	while (unseenLeft > 0) {
		const index = drawUnseen();
		unseenLeft--;
		chosen.add(index);
		yield index;
	}

	let lastLeft = restCount - 1;
	for (let left = restCount; left > 0; left--) {
		let rest = rng() * restTotal;
		let s = 0;
		while (s < lastLeft && rest >= restWeight[s]!) rest -= restWeight[s++]!;
		yield restIndex[s]!;
		restTotal -= restWeight[s]!;
		restWeight[s] = 0;
		while (lastLeft > 0 && restWeight[lastLeft] === 0) lastLeft--;
	}

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
