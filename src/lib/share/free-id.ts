/**
 * Making room for a received set beside the built-in and own sets. Set ids must be unique; a
 * question whose id is taken would be dropped from every quiz; an article file name that another
 * set lists would be listed twice (the quiz offers each article once, by its file name).
 */
import type { QuestionSet } from '../bank/schema';
import type { SharedSet } from './link';

/** The schema's longest id. */
const MAX_ID_LENGTH = 80;

/** `id` if it is free, else `id-2`, `id-3`, … cut to the schema's 80 characters. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
	if (!taken.has(id)) return id;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const base = id.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '');
		const candidate = `${base}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** An article file name `name.txt` if it is free, else `name-2.txt`, `name-3.txt`, … */
export function freeFileName(file: string, taken: ReadonlySet<string>): string {
	if (!taken.has(file)) return file;
	const base = file.replace(/\.txt$/, '');
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}.txt`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** Whether the library already holds this very set, under the same id. */
export function alreadyHeld(set: QuestionSet, library: readonly QuestionSet[]): boolean {
	const held = library.find((s) => s.id === set.id);
	return held !== undefined && JSON.stringify(held) === JSON.stringify(set);
}

/** Every article file name a set lists or its questions name. */
function filesOf(set: QuestionSet): string[] {
	return [...set.articles.map((a) => a.file), ...set.questions.map((q) => q.article)];
}

/**
 * The received set with a free set id, free question ids and free article file names; its source
 * texts follow their articles. When the set id changes, names made from it (`<id>.txt`,
 * `<id>-q1`, `<id>-1.txt`, as the editor makes them) take the new id, as if the set had been
 * made here under it.
 */
export function withFreeIds(shared: SharedSet, library: readonly QuestionSet[]): SharedSet {
	const { set, sources } = shared;
	const id = freeId(set.id, new Set(library.map((s) => s.id)));
	const madeFromId = (name: string) => name.startsWith(`${set.id}-`) || name === `${set.id}.txt`;
	const fromNewId = (name: string) => (id !== set.id && madeFromId(name) ? `${id}${name.slice(set.id.length)}` : name);

	/** Renames each name that is taken, or that was made from the old set id. */
	function rename(names: string[], held: Set<string>, free: (name: string, taken: Set<string>) => string, max: number) {
		// the set's own names count as taken too, so a renamed one cannot land on a sibling's
		const taken = new Set([...held, ...names]);
		const renamed = new Map<string, string>();
		for (const name of new Set(names)) {
			const moved = fromNewId(name);
			const wanted = moved.length <= max ? moved : name;
			const next = wanted !== name || held.has(name) ? free(wanted, taken) : name;
			taken.add(next);
			renamed.set(name, next);
		}
		return (name: string) => renamed.get(name) ?? name;
	}

	const questionId = rename(
		set.questions.map((q) => q.id),
		new Set(library.flatMap((s) => s.questions.map((q) => q.id))),
		freeId,
		MAX_ID_LENGTH
	);
	const file = rename(filesOf(set), new Set(library.flatMap(filesOf)), freeFileName, Infinity);

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
