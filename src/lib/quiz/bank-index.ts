/**
 * The bank prepared once for quizzes: questions indexed by source and category, and pools of
 * distinct answers for distractors, so building a quiz costs in proportion to the quiz, not the bank.
 */
import type { Category, QuestionSet } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import { looseKey } from '../text/translit';
import { classifyDate, latestYearIn, type DateKind } from './date-kinds';

/** A question as the quiz sees it: with the id of the set it came from. */
export type BankQuestion = QuestionSet['questions'][number] & { setId: string };

/** One distinct answer that can stand as a distractor. */
export type PoolEntry = {
	/** As shown to the student. */
	text: string;
	/** Its alias group: answers joined by shared accept forms (પુતિન, પુટિન, વ્લાદિમીર પુતિન). */
	group: number;
};

/** The bank, indexed. Built by prepareBank; treat as read-only. */
export type PreparedBank = {
	/** Every question, first occurrence of each id only. */
	questions: readonly BankQuestion[];
	/** Question id -> index in `questions`. */
	byId: ReadonlyMap<string, number>;
	/** Question indices by `scope|category`; scope is `*`, `set:<id>` or `article:<file>`. */
	lists: ReadonlyMap<string, readonly number[]>;
	/** Set ids and article file names found, in bank order. */
	setIds: readonly string[];
	articles: readonly string[];
	/** Alias group of each question's answer. */
	groupOfQuestion: Int32Array;
	/** `category|normalised form` -> alias group, for every answer and accept form. */
	groupOfForm: ReadonlyMap<string, number>;
	/** Date kind of each question (null for persons and places). */
	dateKinds: readonly (DateKind | null)[];
	/** Distinct answers by `scope|what`: `*|person`, `set:x|place:city`, `extra|date:year`, `*|any`. */
	pools: ReadonlyMap<string, readonly PoolEntry[]>;
	/** The latest year any date answer mentions, or null. */
	latestYear: number | null;
	/** looseKey results, filled as quizzes need them. */
	looseCache: Map<string, string>;
};

/** The scope key of the whole bank. */
export const ALL_SCOPE = '*';
/** The scope key of one set. */
export const setScope = (id: string) => `set:${id}`;
/** The scope key of one article file. */
export const articleScope = (file: string) => `article:${file}`;

/** Flattens sets into bank questions that remember their set. */
export function bankQuestions(sets: readonly QuestionSet[]): BankQuestion[] {
	return sets.flatMap((set) => set.questions.map((q) => ({ ...q, setId: set.id })));
}

/** What a question's answer is, for pools: person, place, place:<kind>, date, date:<kind>. */
function poolNames(q: BankQuestion, dateKind: DateKind | null): string[] {
	if (q.category === 'date') return ['date', `date:${dateKind}`];
	if (q.category === 'place') return q.kind ? ['place', `place:${q.kind}`] : ['place'];
	return ['person'];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * Indexes a bank once: linear in its size. A later question with an id already seen is dropped,
 * so no quiz can hold one question twice.
 */
export function prepareBank(all: readonly BankQuestion[]): PreparedBank {
	const byId = new Map<string, number>();
	const questions: BankQuestion[] = [];
	for (const q of all) {
		if (byId.has(q.id)) continue;
		byId.set(q.id, questions.length);
		questions.push(q);
	}

	// alias groups: union-find over questions that share a normalised answer or accept form
	const parent = new Int32Array(questions.length).map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) {
			parent[i] = parent[parent[i]!]!;
			i = parent[i]!;
		}
		return i;
	};
	const firstWithForm = new Map<string, number>();
	questions.forEach((q, i) => {
		for (const form of [q.answer, ...q.accept]) {
			const key = `${q.category}|${normalizeForMatch(form)}`;
			const j = firstWithForm.get(key);
			if (j === undefined) firstWithForm.set(key, i);
			else parent[find(i)] = find(j);
		}
	});
	const groupOfQuestion = new Int32Array(questions.length).map((_, i) => find(i));
	const groupOfForm = new Map<string, number>();
	for (const [key, i] of firstWithForm) groupOfForm.set(key, groupOfQuestion[i]!);

	const lists = new Map<string, number[]>();
	const pools = new Map<string, PoolEntry[]>();
	// per pool, the groups already in it: one entry per person, place or date
	const pooled = new Map<string, Set<number>>();
	const setIds = new Set<string>();
	const articles = new Set<string>();
	const dateKinds: (DateKind | null)[] = [];
	let latestYear: number | null = null;
	const addToPool = (key: string, text: string, group: number) => {
		let groups = pooled.get(key);
		if (!groups) {
			groups = new Set();
			pooled.set(key, groups);
			pools.set(key, []);
		}
		if (groups.has(group)) return;
		groups.add(group);
		pools.get(key)!.push({ text, group });
	};
	let nextExtraGroup = questions.length;
	const extraGroups = new Map<string, number>();

	questions.forEach((q, i) => {
		setIds.add(q.setId);
		articles.add(q.article);
		for (const scope of [ALL_SCOPE, setScope(q.setId), articleScope(q.article)])
			push(lists, `${scope}|${q.category}`, i);
		const dateKind = q.category === 'date' ? classifyDate(q.answer) : null;
		dateKinds.push(dateKind);
		if (q.category === 'date') {
			const year = latestYearIn(q.answer);
			if (year !== null && (latestYear === null || year > latestYear)) latestYear = year;
		}
		const group = groupOfQuestion[i]!;
		for (const name of poolNames(q, dateKind)) {
			addToPool(`${ALL_SCOPE}|${name}`, q.answer, group);
			addToPool(`${setScope(q.setId)}|${name}`, q.answer, group);
		}
		addToPool(`${ALL_SCOPE}|any`, q.answer, group);
		// hand-picked distractors are good names of the same sort for other questions too
		for (const d of q.distractors ?? []) {
			const key = `${q.category}|${normalizeForMatch(d)}`;
			let g = groupOfForm.get(key) ?? extraGroups.get(key);
			if (g === undefined) {
				g = nextExtraGroup++;
				extraGroups.set(key, g);
			}
			const kind = q.category === 'date' ? classifyDate(d) : null;
			for (const name of poolNames(q, kind)) addToPool(`extra|${name}`, d, g);
		}
	});

	return {
		questions,
		byId,
		lists,
		setIds: [...setIds],
		articles: [...articles],
		groupOfQuestion,
		groupOfForm,
		dateKinds,
		pools,
		latestYear,
		looseCache: new Map()
	};
}

/** looseKey through the bank's cache: names recur across questions and quizzes. */
export function cachedLooseKey(bank: PreparedBank, text: string): string {
	let key = bank.looseCache.get(text);
	if (key === undefined) {
		key = looseKey(text);
		bank.looseCache.set(text, key);
	}
	return key;
}

/** The question indices a category has in a scope. */
export function listOf(bank: PreparedBank, scope: string, category: Category): readonly number[] {
	return bank.lists.get(`${scope}|${category}`) ?? [];
}
