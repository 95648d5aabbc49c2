/**
 * A new version of a set already on the phone (the same file imported again): which questions
 * are the same fact, and keep their ids and so the student's progress, and which are new.
 */
import { freeFileName, freeId, type TakenNames } from '../bank/ids';
import type { QuestionSet } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';

/** What replacing a set does to its questions. */
export type ReplaceCounts = {
	/** The same prompt and answer as a question of the old set: its progress stays. */
	unchanged: number;
	/** An old question's id with another prompt or answer: a new fact, with its own progress. */
	changed: number;
	/** Not in the old set at all. */
	added: number;
	/** An old question the new set neither keeps nor changes: gone with its progress. */
	removed: number;
};

/** The fields that tell one question from another. */
type Fact = { id?: string; prompt: string; answer: string };

const factKey = (q: Fact) => `${normalizeForMatch(q.prompt)}\u0000${normalizeForMatch(q.answer)}`;

/**
 * Which old question each new one continues: the one with its id when it states the same fact,
 * else one stating the same fact under another id (a file without ids), else none.
 */
function matchOld(old: readonly Fact[], incoming: readonly Fact[]): (Fact | undefined)[] {
	const byId = new Map(old.map((q) => [q.id, q]));
	const byFact = new Map<string, Fact[]>();
	for (const q of old) byFact.set(factKey(q), [...(byFact.get(factKey(q)) ?? []), q]);
	const used = new Set<Fact>();
	const take = (q: Fact | undefined) => {
		if (q) used.add(q);
		return q;
	};
	// ids first: a question that kept its id is never matched by another's fact
	const first = incoming.map((q) => {
		const same = q.id === undefined ? undefined : byId.get(q.id);
		return same && factKey(same) === factKey(q) ? take(same) : undefined;
	});
	return incoming.map((q, i) => first[i] ?? take(byFact.get(factKey(q))?.find((o) => !used.has(o))));
}

/**
 * How the questions of `incoming` relate to those of `old`, as replacingSet matches them: each old
 * question is unchanged, changed (its id now states another fact) or removed, and each new one is
 * unchanged, changed or added.
 */
export function replaceCounts(old: readonly Fact[], incoming: readonly Fact[]): ReplaceCounts {
	const matched = matchOld(old, incoming);
	const kept = new Set(matched);
	// an old id kept by another question's fact is that one's: a new fact under it is added, not changed
	const free = new Set(old.filter((q) => !kept.has(q)).map((q) => q.id));
	const changedIds = new Set(incoming.filter((q, i) => !matched[i] && q.id !== undefined && free.has(q.id)).map((q) => q.id));
	const unchanged = matched.filter((m) => m !== undefined).length;
	const changed = changedIds.size;
	return { unchanged, changed, added: incoming.length - unchanged - changed, removed: old.length - unchanged - changed };
}

/**
 * The set that replaces `old`: its id, the old ids of unchanged questions, fresh ids for changed
 * ones (an old id on a new fact would carry the old fact's progress) and for any name `others`
 * (every other set) hold. The titles are the incoming set's.
 */
export function replacingSet(old: QuestionSet, incoming: QuestionSet, others: TakenNames): QuestionSet {
	const matched = matchOld(old.questions, incoming.questions);
	const used = new Set([...others.questions, ...old.questions.map((q) => q.id)]);
	const keptIds = new Set(matched.flatMap((m) => (m?.id ? [m.id] : [])));
	// the ids the new set keeps are its own again; the rest of the old ones stay unused
	for (const id of keptIds) used.delete(id);
	const ids = incoming.questions.map((q, i) => matched[i]?.id);
	for (const id of ids) if (id) used.add(id);
	const files = new Set(others.files);
	const renamed = new Map<string, string>();
	const file = (name: string) => {
		const own = name === `${incoming.id}.txt` ? `${old.id}.txt` : name;
		if (!renamed.has(own)) renamed.set(own, freeFileName(own, files));
		return renamed.get(own)!;
	};
	const questions = incoming.questions.map((q, i) => {
		const id = ids[i] ?? freeId(q.id, used);
		used.add(id);
		return { ...q, id, article: file(q.article) };
	});
	return { ...incoming, id: old.id, articles: incoming.articles.map((a) => ({ ...a, file: file(a.file) })), questions };
}
