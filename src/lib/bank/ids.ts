/**
 * Every id and article file name Kasoti makes: the pattern the schema allows, slugs, and free
 * names for sets, questions and article files. Progress is keyed by question id, so an id once
 * given is never handed to another question: names are chosen against everything stored, sets
 * that still need fixing included, and a clash gets a number rather than a shared id.
 */
import { normalizeForMatch } from '../text/normalize.ts';
import { gujaratiToLatin } from '../text/translit.ts';
import type { QuestionSet } from './schema.ts';

/** Lower-case letters, digits and single hyphens: safe in URLs, file names and JSON keys. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id the schema allows. */
export const MAX_ID_LENGTH = 80;

/** The longest set id Kasoti makes: room is left for a question's `-q12` or `-1a2b3c4`. */
const MAX_SET_ID = 60;

/** An article file name as a set may list it. */
export const ARTICLE_FILE_PATTERN = /^[^/\\]+\.txt$/;

/** Whether `text` can be used as an id as it is. */
export function isValidId(text: string): boolean {
	return text.length <= MAX_ID_LENGTH && ID_PATTERN.test(text);
}

/** `text` as an id: Gujarati in Latin letters, lower case, single hyphens; `fallback` if nothing is left. */
export function slug(text: string, fallback: string, max = MAX_SET_ID): string {
	const cleaned = gujaratiToLatin(text)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, max)
		.replace(/^-+|-+$/g, '');
	return cleaned === '' ? fallback : cleaned;
}

/** A set id from a file name, without its folder and extension: "GK Quiz.txt" -> "gk-quiz". */
export function setIdFromName(fileName: string, fallback = 'imported'): string {
	return slug(fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''), fallback);
}

/** `id`, or `id-2`, `id-3`, ... whichever is not taken, cut to the schema's length. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
	if (!taken.has(id)) return id;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${id.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/**
 * A set id no set has: `<slug>-<now in base 36>`, numbered on if even that is taken. The time
 * makes an id that was used once (and deleted since) very unlikely to come back.
 */
export function stampedSetId(base: string, now: number, taken: ReadonlySet<string>): string {
	const stamp = Math.max(0, Math.floor(now)).toString(36);
	const head = slug(base, 'set', MAX_SET_ID - stamp.length - 4).replace(/-+$/, '');
	return freeId(`${head}-${stamp}`, taken);
}

/** An article file name `name.txt` if it is free, else `name-2.txt`, `name-3.txt`, ... */
export function freeFileName(file: string, taken: ReadonlySet<string>): string {
	if (!taken.has(file)) return file;
	const base = file.replace(/\.txt$/, '');
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}.txt`;
		if (!taken.has(candidate)) return candidate;
	}
}

/**
 * The article a set's own questions point to: `<set-id>.txt`. A set lists it only when it has
 * source text (the editor's pasted text); otherwise no such file exists and the quote is made
 * from the question itself.
 */
export function ownArticleFile(setId: string): string {
	return `${setId}.txt`;
}

/** The article file names of a copied set: `<id>-1.txt`, `<id>-2.txt`... in the original's order. */
export function copiedArticleFile(setId: string, index: number): string {
	return `${setId}-${index + 1}.txt`;
}

/** A question id the editor gives: `<set-id>-q<n>`. */
export function numberedQuestionId(setId: string, n: number): string {
	return `${setId}-q${n}`.slice(0, MAX_ID_LENGTH);
}

/** The `<n>` of an id `<set-id>-q<n>`, or undefined for any other id. */
export function questionNumber(setId: string, questionId: string): number | undefined {
	const prefix = `${setId}-q`;
	if (!questionId.startsWith(prefix)) return undefined;
	const rest = questionId.slice(prefix.length);
	return /^[1-9][0-9]{0,8}$/.test(rest) ? Number(rest) : undefined;
}

/**
 * The next question id of a set: a number above `last` (the highest ever given in this set) and
 * above every number in `ids`, skipping any id in `taken` (question ids of other sets).
 */
export function nextQuestionId(
	setId: string,
	last: number,
	ids: readonly string[],
	taken: ReadonlySet<string> = new Set()
): { id: string; number: number } {
	let n = ids.reduce((high, id) => Math.max(high, questionNumber(setId, id) ?? 0), last) + 1;
	const own = new Set(ids);
	while (own.has(numberedQuestionId(setId, n)) || taken.has(numberedQuestionId(setId, n))) n++;
	return { id: numberedQuestionId(setId, n), number: n };
}

/** FNV-1a: a small, fast, stable hash; ids only need to differ, not to be secret. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36).padStart(7, '0');
}

/**
 * A question id from the set id and the prompt, so the same question keeps its id (and the
 * learner's progress) when a file is imported or an article drafted again, in any order.
 */
export function questionIdFor(setId: string, prompt: string): string {
	const prefix = setId.slice(0, MAX_ID_LENGTH - 12).replace(/-+$/, '');
	return `${prefix}-${hash(normalizeForMatch(prompt))}`;
}

/** Ids and article file names in use, which a new set must not take. */
export type TakenNames = {
	sets: ReadonlySet<string>;
	questions: ReadonlySet<string>;
	files: ReadonlySet<string>;
};

/** Every article file name a set lists or its questions name. */
function filesOf(set: Pick<QuestionSet, 'articles' | 'questions'>): string[] {
	return [...set.articles.map((a) => a.file), ...set.questions.map((q) => q.article)];
}

/** The names `sets` use. */
export function namesOf(sets: readonly Pick<QuestionSet, 'id' | 'articles' | 'questions'>[]): TakenNames {
	return {
		sets: new Set(sets.map((s) => s.id)),
		questions: new Set(sets.flatMap((s) => s.questions.map((q) => q.id))),
		files: new Set(sets.flatMap(filesOf))
	};
}

/** A set with the source texts its articles point to, as it moves between devices and stores. */
export type SetWithSources = { set: QuestionSet; sources: Record<string, string> };

/**
 * The set with a free set id, free question ids and free article file names; its source texts
 * follow their articles. The quiz keeps only the first question with a given id and offers each
 * article file once, so a clash would lose a question or merge two articles. When the set id
 * changes, names made from it (`<id>.txt`, `<id>-q1`, `<id>-1.txt`) take the new id, as if the
 * set had been made here under it.
 */
export function withFreeNames({ set, sources }: SetWithSources, taken: TakenNames): SetWithSources {
	const id = freeId(set.id, taken.sets);
	const madeFromId = (name: string) => name.startsWith(`${set.id}-`) || name === ownArticleFile(set.id);
	const fromNewId = (name: string) => (id !== set.id && madeFromId(name) ? `${id}${name.slice(set.id.length)}` : name);

	/** Renames each name that is taken, or that was made from the old set id. */
	function rename(names: string[], held: ReadonlySet<string>, free: typeof freeId, max: number) {
		// the set's own names count as taken too, so a renamed one cannot land on a sibling's
		const used = new Set([...held, ...names]);
		const renamed = new Map<string, string>();
		for (const name of new Set(names)) {
			const moved = fromNewId(name);
			const wanted = moved.length <= max ? moved : name;
			const next = wanted !== name || held.has(name) ? free(wanted, used) : name;
			used.add(next);
			renamed.set(name, next);
		}
		return (name: string) => renamed.get(name) ?? name;
	}

	const questionId = rename(
		set.questions.map((q) => q.id),
		taken.questions,
		freeId,
		MAX_ID_LENGTH
	);
	const file = rename(filesOf(set), taken.files, freeFileName, Infinity);
	return {
		set: {
			...set,
			id,
			articles: set.articles.map((a) => ({ ...a, file: file(a.file) })),
			questions: set.questions.map((q) => ({ ...q, id: questionId(q.id), article: file(q.article) }))
		},
		sources: Object.fromEntries(Object.entries(sources).map(([name, text]) => [file(name), text]))
	};
}
