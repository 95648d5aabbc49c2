/**
 * The bank prepared once for quizzes: questions indexed by source and category, and pools of
 * distinct answers for distractors, so building a quiz costs in proportion to the quiz, not the bank.
 */
import type { Category, QuestionSet } from '../bank/schema';
import { isTrueFalse } from '../bank/truth-words';
import { normalizeForMatch } from '../text/normalize';
import { looseKey } from '../text/translit';
import { classifyDate, latestYearIn, type DateKind } from './date-kinds';
import { nameForms } from './name-forms';
import { indexQuestions, type IndexedQuestion } from './question-index';

/** A question as the quiz sees it: with the id of the set it came from (question-index.ts). */
export type BankQuestion = IndexedQuestion;

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
	/** The sets that keep their options to themselves (see BankOptions). */
	separateSets: ReadonlySet<string>;
	/** Alias group of each question's answer. */
	groupOfQuestion: Int32Array;
	/** `category|normalised form` -> alias group, for every answer and accept form. */
	groupOfForm: ReadonlyMap<string, number>;
	/**
	 * Each question's answer and accept forms as normalizeForMatch keys, with the other ways of
	 * writing a name (nameForms): what another question's prompt must not name before it is asked.
	 */
	nameKeys: readonly (readonly string[])[];
	/** Date kind of each question (null for persons and places). */
	dateKinds: readonly (DateKind | null)[];
	/**
	 * Distinct answers by `scope|what`: `*|person`, `set:x|place:city`, `shared|date`, `extra|date:year`,
	 * `*|any`. `shared` and `extra` hold the answers and hand-picked options of the sets that share
	 * options (see BankOptions); `extra:set:x` the hand-picked options of a set that keeps to itself.
	 */
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
/** The scope key of the answers of the sets that share options (all of them unless said). */
export const SHARED_SCOPE = 'shared';
/** The scope key of the options hand-picked for questions of the sets that share options. */
export const EXTRA_SCOPE = 'extra';
/** The scope key of the options hand-picked for one set's questions, for a set that keeps to itself. */
export const ownExtraScope = (id: string) => `extra:${setScope(id)}`;

/** How prepareBank indexes a bank. */
export type BankOptions = {
	/**
	 * Whether a set's questions take wrong options from other sets and lend theirs to them; true for
	 * every set unless said. The app's own built-in sets share one world of names, as Quizlet's
	 * options come from the set studied: a teacher's set on Gujarat is not offered Pyongyang, nor
	 * a built-in question its ministers.
	 */
	sharesOptions?: (setId: string) => boolean;
};

/** Flattens sets into bank questions that remember their set, a repeated id once (as prepareBank keeps it). */
export function bankQuestions(sets: readonly QuestionSet[]): readonly BankQuestion[] {
	return indexQuestions(sets).questions;
}

/** The pool names of a question (person, place, place:<kind>, date, date:<kind>), made once per kind. */
const POOL_NAMES = new Map<string, readonly string[]>();

/** What a question's answer is, for pools: person, place, place:<kind>, date, date:<kind>. */
function poolNames(q: BankQuestion, dateKind: DateKind | null): readonly string[] {
	const key = q.category === 'date' ? `date:${dateKind}` : q.category === 'place' && q.kind ? `place:${q.kind}` : q.category;
	let names = POOL_NAMES.get(key);
	if (!names) POOL_NAMES.set(key, (names = key === q.category ? [key] : [key.slice(0, key.indexOf(':')), key]));
	return names;
}

/** A pool being filled: its answers, and the alias groups already in it (one entry per person, place or date). */
type PoolSlot = { entries: PoolEntry[]; groups: Set<number> };

/**
 * One scope's lists (by category) and pools (by name) while the bank is indexed. Keyed by strings
 * the questions already hold, not by a `scope|…` string made per question and pool: making and
 * hashing those strings took most of the indexing time. The flat keys are made once, at the end.
 */
class ScopeIndex {
	readonly lists = new Map<string, number[]>();
	readonly pools = new Map<string, PoolSlot>();
	constructor(readonly scope: string) {}

	list(category: string, i: number): void {
		const list = this.lists.get(category);
		if (list) list.push(i);
		else this.lists.set(category, [i]);
	}

	/** Adds `entry` to pool `name` unless its group is there; pools share entries (they are read-only). */
	pool(name: string, entry: PoolEntry): void {
		let slot = this.pools.get(name);
		if (!slot) this.pools.set(name, (slot = { entries: [], groups: new Set() }));
		if (slot.groups.has(entry.group)) return;
		slot.groups.add(entry.group);
		slot.entries.push(entry);
	}
}

/** The index of `key` in `scopes`, made with `scope(key)` the first time. */
function scopeIn(scopes: Map<string, ScopeIndex>, key: string, scope: (key: string) => string): ScopeIndex {
	let index = scopes.get(key);
	if (!index) scopes.set(key, (index = new ScopeIndex(scope(key))));
	return index;
}

/**
 * Indexes a bank once: linear in its size. A later question with an id already seen is dropped,
 * so no quiz can hold one question twice.
 */
export function prepareBank(all: readonly BankQuestion[], { sharesOptions = () => true }: BankOptions = {}): PreparedBank {
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
	const nameKeys: string[][] = [];
	const joinForm = (q: BankQuestion, i: number, form: string, names: string[]) => {
		const normal = normalizeForMatch(form);
		const key = `${q.category}|${normal}`;
		const j = firstWithForm.get(key);
		if (j === undefined) firstWithForm.set(key, i);
		else parent[find(i)] = find(j);
		if (normal === '' || names.includes(normal)) return;
		names.push(normal);
		for (const name of nameForms(normal)) if (!names.includes(name)) names.push(name);
	};
	questions.forEach((q, i) => {
		const names: string[] = [];
		joinForm(q, i, q.answer, names);
		for (const form of q.accept) joinForm(q, i, form, names);
		nameKeys.push(names);
	});
	const groupOfQuestion = new Int32Array(questions.length).map((_, i) => find(i));
	const groupOfForm = new Map<string, number>();
	for (const [key, i] of firstWithForm) groupOfForm.set(key, groupOfQuestion[i]!);

	const whole = new ScopeIndex(ALL_SCOPE);
	const shared = new ScopeIndex(SHARED_SCOPE);
	const extra = new ScopeIndex(EXTRA_SCOPE);
	const ownExtra = new Map<string, ScopeIndex>();
	const sharing = new Map<string, boolean>();
	const bySet = new Map<string, ScopeIndex>();
	const byArticle = new Map<string, ScopeIndex>();
	const dateKinds: (DateKind | null)[] = [];
	let latestYear: number | null = null;
	let nextExtraGroup = questions.length;
	const extraGroups = new Map<string, number>();

	questions.forEach((q, i) => {
		const set = scopeIn(bySet, q.setId, setScope);
		whole.list(q.category, i);
		set.list(q.category, i);
		scopeIn(byArticle, q.article, articleScope).list(q.category, i);
		const dateKind = q.category === 'date' ? classifyDate(q.answer) : null;
		dateKinds.push(dateKind);
		if (q.category === 'date') {
			const year = latestYearIn(q.answer);
			if (year !== null && (latestYear === null || year > latestYear)) latestYear = year;
		}
		// સાચું and ખોટું name no place or person: no other question is offered them
		if (isTrueFalse(q)) return;
		let shares = sharing.get(q.setId);
		if (shares === undefined) sharing.set(q.setId, (shares = sharesOptions(q.setId)));
		const entry = { text: q.answer, group: groupOfQuestion[i]! };
		for (const name of poolNames(q, dateKind)) {
			whole.pool(name, entry);
			set.pool(name, entry);
			if (shares) shared.pool(name, entry);
		}
		whole.pool('any', entry);
		set.pool('any', entry);
		const handPicked = shares ? extra : scopeIn(ownExtra, q.setId, ownExtraScope);
		// hand-picked distractors are good names of the same sort for other questions too
		for (const d of q.distractors ?? []) {
			const key = `${q.category}|${normalizeForMatch(d)}`;
			let g = groupOfForm.get(key) ?? extraGroups.get(key);
			if (g === undefined) {
				g = nextExtraGroup++;
				extraGroups.set(key, g);
			}
			const kind = q.category === 'date' ? classifyDate(d) : null;
			const entry = { text: d, group: g };
			for (const name of poolNames(q, kind)) handPicked.pool(name, entry);
		}
	});

	const lists = new Map<string, number[]>();
	const pools = new Map<string, PoolEntry[]>();
	for (const index of [whole, shared, ...bySet.values(), ...byArticle.values(), extra, ...ownExtra.values()]) {
		for (const [category, list] of index.lists) lists.set(`${index.scope}|${category}`, list);
		for (const [name, slot] of index.pools) pools.set(`${index.scope}|${name}`, slot.entries);
	}

	return {
		questions,
		byId,
		lists,
		setIds: [...bySet.keys()],
		separateSets: new Set([...sharing].flatMap(([id, shares]) => (shares ? [] : [id]))),
		articles: [...byArticle.keys()],
		groupOfQuestion,
		groupOfForm,
		nameKeys,
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
