/**
 * Names the extractor knows before it reads: built at run time from the person and place
 * questions of the bank (answers and accept forms), so no article's names live in the code.
 */
import type { PlaceKind, Question } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import { splitEnding } from './words';

/** A person or place and every way it is written. */
export type Name = {
	category: 'person' | 'place';
	/** For a place: what sort of place, so a draft question can say so. */
	kind?: PlaceKind;
	/** The spelling the bank answers with. */
	answer: string;
	/** The answer and its other spellings, in any script. */
	forms: readonly string[];
};

/** The names known in advance. */
export type Gazetteer = { readonly names: readonly Name[] };

/** A gazetteer with no names: the rules alone. */
export const EMPTY_GAZETTEER: Gazetteer = { names: [] };

/** What buildGazetteer reads of a set: its questions. */
export type SetLike = { questions: readonly Pick<Question, 'category' | 'kind' | 'answer' | 'accept'>[] };

/**
 * Collects the person and place answers of every set, one name per distinct answer, with the
 * accept forms of all its questions. A form that names something else besides
 * ("ભુજ એરપોર્ટ" for એરપોર્ટ) is dropped: it belongs to one sentence, not to the name.
 */
export function buildGazetteer(sets: readonly SetLike[]): Gazetteer {
	const byAnswer = new Map<string, { name: Name; forms: Set<string>; kinds: PlaceKind[] }>();
	for (const q of sets.flatMap((s) => s.questions)) {
		if (q.category === 'date') continue;
		const key = `${q.category}:${normalizeForMatch(q.answer)}`;
		const name: Name = { category: q.category, answer: q.answer.trim(), forms: [] };
		const entry = byAnswer.get(key) ?? { name, forms: new Set<string>(), kinds: [] };
		for (const form of [q.answer, ...(q.accept ?? [])]) entry.forms.add(form.normalize('NFC').trim());
		if (q.kind) entry.kinds.push(q.kind);
		byAnswer.set(key, entry);
	}
	const entries = [...byAnswer.values()];
	// every form as its words, split once: each is compared with all the others
	const wordsOf = new Map<string, string[]>();
	for (const form of entries.flatMap((e) => [...e.forms])) wordsOf.set(form, form.toLowerCase().split(/\s+/));
	const names = entries.map(({ name, forms, kinds }) => {
		const others = [...wordsOf].filter(([f]) => !forms.has(f)).map(([, words]) => words);
		const own = [...forms].filter((form) => !others.some((other) => containsWords(wordsOf.get(form)!, other)));
		const kind = mostCommon(kinds);
		return kind ? { ...name, kind, forms: own } : { ...name, forms: own };
	});
	return { names };
}

/** Whether the words of `inner` stand together inside `outer` (a word may carry a case ending there). */
function containsWords(o: readonly string[], i: readonly string[]): boolean {
	if (i.length >= o.length) return false;
	for (let at = 0; at + i.length <= o.length; at++) {
		if (i.every((w, k) => o[at + k] === w || splitEnding(o[at + k]!).stem === w)) return true;
	}
	return false;
}

function mostCommon<T>(items: readonly T[]): T | undefined {
	const counts = new Map<T, number>();
	for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
