/**
 * Teachers' own question sets: every way a set is made, changed or removed goes through here.
 * A new set takes names no set uses (built-in or stored, sets that still need fixing included),
 * each change is one write, so nothing half-saved survives a reload, and every change is told to
 * whoever shows sets (the library), so quizzes and cards see it at once. Every write stores the
 * set with the checks' verdict on it, so the study pages need not check it again.
 */
import { namesOf, stampedSetId, withFreeNames, type SetWithSources, type TakenNames } from '$lib/bank/ids';
import type { QuestionSet } from '$lib/bank/schema';
import { storedErrors, withVerdict, type TeachReport, type Verdict } from '$lib/teach/check';
import { copySet } from '$lib/teach/copy-set';
import { replacingSet } from '$lib/teach/replace-set';
import { makeRecord, newSetRecord } from '$lib/teach/record';
import * as v from 'valibot';
import { getDb } from './open';
import { TeacherSetRecordSchema } from './records';
import { allTeacherSets } from './sets-read';
import type { TeacherSetRecord } from './schema';
import { onSetsChanged, setsChanged } from './set-events';
import { addSet, deleteSet, putSet, SET_STORES } from './set-summaries';
import { dropUnsaved, forgetUnsaved, unsavedCopies } from './unsaved-sets';

export { allTeacherSets, getTeacherSet, ownSetHolding } from './sets-read';

/** How often to choose names again when another tab takes one between the look and the write. */
const ATTEMPTS = 3;

const isConstraintError = (error: unknown) => error instanceof DOMException && error.name === 'ConstraintError';

/** The names every set here uses, built-in and own, except the set `except` (the one being edited). */
export async function takenNames(except?: string): Promise<TakenNames> {
	// the built-in bank loads here, when a set is written, not with every page that can write one
	const [{ builtinSets }, records] = await Promise.all([import('$lib/bank/builtin'), allTeacherSets()]);
	const own = records.filter((r) => r.id !== except).map((r) => r.set);
	return namesOf([...builtinSets, ...own]);
}

/** Names in use as sets of this tab's own, which its writes add to. */
type Names = { sets: Set<string>; questions: Set<string>; files: Set<string> };

/**
 * The names in use, read once per database connection and kept in step with this tab's own
 * writes: reading every stored set again for each new one would grow with the library.
 */
let known: { db: unknown; names: Promise<Names> } | undefined;
// another tab's change is not in `known`: read everything again next time
onSetsChanged((here) => {
	if (!here) known = undefined;
});

/** Forgets the names in use after the sets were replaced wholesale (a restore): read them again next time. */
export function forgetNamesInUse(): void {
	known = undefined;
}

async function namesInUse(): Promise<Names> {
	const db = await getDb();
	if (known?.db !== db) {
		const names = takenNames().then((n) => ({
			sets: new Set(n.sets),
			questions: new Set(n.questions),
			files: new Set(n.files)
		}));
		known = { db, names };
		names.catch(() => (known = undefined));
	}
	return known.names;
}

/** Adds a stored set's names to those known to be in use. */
async function remember(record: TeacherSetRecord): Promise<void> {
	if (!known) return;
	const names = await known.names;
	const added = namesOf([record.set]);
	for (const key of ['sets', 'questions', 'files'] as const) for (const name of added[key]) names[key].add(name);
}

/** A transaction that writes own sets and their summaries (set-summaries.ts). */
async function writingSets() {
	return (await getDb()).transaction(SET_STORES, 'readwrite');
}

/** Makes a new set's record from the names in use, at `now`. */
type MakeRecord = (taken: TakenNames, now: number) => TeacherSetRecord;

/**
 * Stores a new set made by `make` from the names in use. Made again with fresh names when
 * another tab took one in the meantime; the add is one transaction, so a set is stored whole
 * or not at all. With `unlessStored`, nothing is stored (undefined) when an own set has that id
 * as the add's transaction runs.
 */
async function addNew(make: MakeRecord): Promise<TeacherSetRecord>;
async function addNew(make: MakeRecord, unlessStored: string): Promise<TeacherSetRecord | undefined>;
async function addNew(make: MakeRecord, unlessStored?: string): Promise<TeacherSetRecord | undefined> {
	for (let attempt = 1; ; attempt++) {
		const record = withVerdict(make(await namesInUse(), Date.now()));
		try {
			const tx = await writingSets();
			// the add's own error says why (a name taken); the transaction's only that it aborted
			tx.done.catch(() => {});
			// read in the add's own transaction: another tab's add of the same set is wholly before or after it
			if (unlessStored !== undefined && (await tx.objectStore('sets').getKey(unlessStored)) !== undefined) {
				await tx.done;
				return undefined;
			}
			await addSet(tx, record);
			await tx.done;
		} catch (error) {
			known = undefined;
			if (attempt < ATTEMPTS && isConstraintError(error)) continue;
			throw error;
		}
		await remember(record);
		setsChanged();
		return record;
	}
}

/** A set with its sources under free names, as a new own set of the given origin. */
function addUnderFreeNames(origin: TeacherSetRecord['origin'], incoming: SetWithSources): Promise<TeacherSetRecord> {
	return addNew((taken, now) => makeRecord(origin, withFreeNames(incoming, taken), now));
}

/** A new, blank set of the teacher's. */
export function createSet(): Promise<TeacherSetRecord> {
	return addNew((taken, now) => newSetRecord(stampedSetId('set', now, taken.sets), now));
}

/** "Copy to edit": a built-in set as an own set, with its article texts as sources. */
export function copyBuiltinSet(
	set: QuestionSet,
	texts: ReadonlyMap<string, string>,
	titles: Pick<QuestionSet, 'title' | 'title_en'>
): Promise<TeacherSetRecord> {
	return addNew((taken, now) => copySet(set, texts, { id: stampedSetId(set.id, now, taken.sets), now, ...titles }));
}

/** A set read from a teacher's file (it has no source texts). */
export function addImportedSet(set: QuestionSet): Promise<TeacherSetRecord> {
	return addUnderFreeNames('import', { set, sources: {} });
}

/** A set drafted from an article, which is kept as the source of its one article. */
export function addDraftedSet(set: QuestionSet, text: string): Promise<TeacherSetRecord> {
	return addUnderFreeNames('new', { set, sources: Object.fromEntries(set.articles.map((a) => [a.file, text])) });
}

/**
 * A new version of own set `id` read from a file: unchanged questions keep their ids (and so
 * the progress on them), source texts still named stay. Read and written in one transaction,
 * so an edit in another tab between the two is not lost half-way. Undefined when no such set.
 */
export function replaceImportedSet(id: string, incoming: QuestionSet): Promise<TeacherSetRecord | undefined> {
	return replaceOwnSet(id, { set: incoming, sources: {} });
}

/**
 * A new version of own set `id` that came by link, as a file's replaces it (replaceImportedSet):
 * the link's source texts take the place of the old ones of the same article. Undefined when no such set.
 */
export function replaceSharedSet(id: string, shared: SetWithSources): Promise<TeacherSetRecord | undefined> {
	return replaceOwnSet(id, shared);
}

/** Own set `id` replaced by a new version of it, with the source texts it brings; undefined when no such set. */
async function replaceOwnSet(id: string, incoming: SetWithSources): Promise<TeacherSetRecord | undefined> {
	const others = await takenNames(id);
	const tx = (await getDb()).transaction([...SET_STORES, 'cards'], 'readwrite');
	const old = await tx.objectStore('sets').get(id);
	if (!old) {
		await tx.done;
		return undefined;
	}
	const set = replacingSet(old.set, incoming.set, others);
	// a question the new version changed or dropped takes its card with it, as deleteTeacherSet does
	const kept = new Set(set.questions.map((q) => q.id));
	const gone = old.set.questions.map((q) => q.id).filter((q) => !kept.has(q) && !others.questions.has(q));
	const files = new Set([...set.articles.map((a) => a.file), ...set.questions.map((q) => q.article)]);
	const sources = Object.fromEntries(Object.entries(old.sources).filter(([file]) => files.has(file)));
	// the new version's texts, under the file names the replacement gave their articles
	const renamed = new Map([
		...incoming.set.articles.map((a, i) => [a.file, set.articles[i]!.file] as const),
		...incoming.set.questions.map((q, i) => [q.article, set.questions[i]!.article] as const)
	]);
	for (const [file, text] of Object.entries(incoming.sources)) if (renamed.has(file)) sources[renamed.get(file)!] = text;
	const updatedAt = Math.max(Date.now(), old.updatedAt);
	// a set from someone is the sender's again, as when it came: only an edit here puts updatedAt past createdAt (editedHere)
	const received = old.origin === 'link' || old.origin === 'import' ? { createdAt: updatedAt } : {};
	const record: TeacherSetRecord = withVerdict({ ...old, set, sources, updatedAt, ...received });
	await Promise.all([putSet(tx, record), ...gone.map((q) => tx.objectStore('cards').delete(q)), tx.done]);
	// the old set's names are not all the new one's: read them again next time
	known = undefined;
	setsChanged();
	return record;
}

/** A set that came by link, with the source texts the link carried. */
export function addSharedSet(shared: SetWithSources): Promise<TeacherSetRecord> {
	return addUnderFreeNames('link', shared);
}

/**
 * A set that came by link, added only while no own set has its id: undefined, with nothing stored,
 * when one came meanwhile (the same link added in another tab), for the student to choose again.
 */
export function addSharedSetIfNew(shared: SetWithSources): Promise<TeacherSetRecord | undefined> {
	return addNew((taken, now) => makeRecord('link', withFreeNames(shared, taken), now), shared.set.id);
}

/** Saves an own set as it now is (the editor's changes); `report`, when given, is the checks' on this very record. */
export async function saveTeacherSet(record: TeacherSetRecord, report?: TeachReport): Promise<void> {
	const tx = await writingSets();
	await Promise.all([putSet(tx, withVerdict(record, report)), tx.done]);
	await remember(record);
	setsChanged();
}

/**
 * Stores the verdict made on a set read without one (stored before verdicts were, by older checks,
 * or not ready before verdicts counted errors), unless the set was written since it was read: that
 * write stored a verdict of its own. Not a change of the set, so nobody is told.
 */
export async function storeVerdict(read: TeacherSetRecord, verdict: Verdict): Promise<void> {
	const tx = await writingSets();
	const stored = await tx.objectStore('sets').get(read.id);
	if (stored && stored.updatedAt === read.updatedAt && storedErrors(stored) === undefined)
		await putSet(tx, { ...stored, verdict });
	await tx.done;
}

/**
 * Writes back the copies of sets whose write did not land before their page went away
 * (unsaved-sets.ts), each where the stored set is older, and drops every copy. A set deleted
 * since stays deleted; a damaged copy is dropped.
 */
export async function restoreUnsavedSets(): Promise<void> {
	let restored = false;
	for (const { id, json } of unsavedCopies()) {
		let copy: TeacherSetRecord | undefined;
		try {
			const parsed = v.safeParse(TeacherSetRecordSchema, JSON.parse(json));
			if (parsed.success && parsed.output.id === id) copy = parsed.output;
		} catch {
			// not JSON: dropped below
		}
		if (!copy) {
			forgetUnsaved(id);
			continue;
		}
		const tx = await writingSets();
		const stored = await tx.objectStore('sets').get(id);
		const newer = stored !== undefined && stored.updatedAt < copy.updatedAt;
		if (newer) await putSet(tx, withVerdict(copy));
		await tx.done;
		dropUnsaved(copy);
		restored ||= newer;
	}
	if (!restored) return;
	// the copy may name questions the names known here do not
	known = undefined;
	setsChanged();
}

/**
 * Deletes an own set with the memory cards of its questions that no other set holds: such a card
 * could never be studied again, yet Home counted it as due. Answers and ratings stay, for Progress.
 */
export async function deleteTeacherSet(id: string): Promise<void> {
	forgetUnsaved(id);
	const [record, others] = await Promise.all([(await getDb()).get('sets', id), takenNames(id)]);
	const gone = (record?.set.questions ?? []).map((q) => q.id).filter((q) => !others.questions.has(q));
	const tx = (await getDb()).transaction([...SET_STORES, 'cards'], 'readwrite');
	await Promise.all([deleteSet(tx, id), ...gone.map((q) => tx.objectStore('cards').delete(q)), tx.done]);
	// its names are free again: the same file imported anew gets back the same ids
	known = undefined;
	setsChanged();
}
