import { describe, expect, test, vi } from 'vitest';
import { useFreshDatabase } from '$lib/db/testing';
import { openDB } from 'idb';
import { DB_VERSION } from '$lib/db/migrations';
import { getDb } from '$lib/db/open';
import { DB_NAME, whenOutdated, type Outdated } from '$lib/db/status';
import { addImportedSet, createSet, getTeacherSet } from '$lib/db/sets';
import { keepUnsaved, unsavedCopies } from '$lib/db/unsaved-sets';
import { ownArticleFile } from '$lib/bank/ids';
import { CATEGORIES, PLACE_KINDS } from '$lib/bank/schema';
import type { TeacherSetRecord } from '$lib/db/schema';
import { normalizeRecord } from '$lib/teach/record';
import { CHECKS_VERSION } from '$lib/teach/verdict';
import { newCard } from '$lib/srs';
import { SAVE_DELAY, SetEditor } from './set-editor.svelte';
import { memoryStorage } from './storage-testing';

/** A stored new set, opened in an editor. */
async function opened(): Promise<SetEditor> {
	const record = await createSet();
	const editor = new SetEditor();
	await editor.load(record.id);
	return editor;
}
const stored = async (editor: SetEditor) => (await getTeacherSet(editor.record!.id))!;
/** Only the editor's own timer is the test's to move: the database keeps its own clock. */
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
/** How often the sets themselves were written (each write also puts the set's summary). */
const setWrites = (put: { mock: { contexts: unknown[] } }) => put.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'sets').length;

/** The set stored as an older Kasoti left it: with a verdict of checks before these, or none. */
async function storedWithVerdict(record: TeacherSetRecord, verdict: TeacherSetRecord['verdict']): Promise<void> {
	const db = await getDb();
	await db.put('sets', { ...record, verdict });
}
/** Lets the editor's work queued for after the set is drawn run. */
const afterDrawn = () => new Promise((resolve) => setTimeout(resolve, 10));
/** How many problems are shown beside the set's and its questions' fields. */
const placedCount = ({ placed }: SetEditor) =>
	[...placed.set.values()].flat().length + [...placed.questions.values()].flatMap((fields) => [...fields.values()].flat()).length;

useFreshDatabase();
describe('loading', () => {
	test('an id no set has leaves the editor empty, saying so', async () => {
		const editor = new SetEditor();
		await editor.load('no-such-set');
		expect([editor.phase, editor.record]).toEqual(['missing', undefined]);
	});

	test('a set is drawn before it is checked: its stored verdict tells at once whether it is ready, its problems come once drawn', async () => {
		const record = await createSet();
		const errors = record.verdict?.ready === false ? record.verdict.errors : undefined;
		expect(errors).toBeGreaterThan(0);
		const editor = new SetEditor();
		await editor.load(record.id);
		expect([editor.phase, editor.usable, editor.report.errors, placedCount(editor)]).toEqual(['ready', false, errors, 0]);
		await afterDrawn();
		expect([editor.usable, editor.report.errors]).toEqual([false, errors]);
		expect(placedCount(editor)).toBe(errors);

		// asked for every problem before then, the editor checks at once
		const again = new SetEditor();
		await again.load(record.id);
		again.checkNow();
		expect(placedCount(again)).toBe(errors);
	});

	test('a set with no verdict of the checks of now is checked as it opens', async () => {
		const record = await createSet();
		await storedWithVerdict(record, { ready: true, checks: CHECKS_VERSION - 1 });
		const editor = new SetEditor();
		await editor.load(record.id);
		expect(editor.usable).toBe(false);
		expect(placedCount(editor)).toBe(editor.report.errors);
		expect(editor.report.errors).toBeGreaterThan(0);
	});

	test('a change saved before the set as read is checked keeps the problems of what is saved', async () => {
		const editor = await opened();
		// saved at once, before the set as read is checked: the save checks what it writes
		editor.editTitle('title', 'ગુજરાત');
		const saving = editor.flush();
		const saved = editor.report;
		await saving;
		await afterDrawn();
		expect(editor.report).toBe(saved);
		expect(editor.placed.set.has('title')).toBe(false);
	});
});

describe('saving as the teacher types', () => {
	test('changes are saved once they pause, as one write, trimmed, and then checked', async () => {
		const editor = await opened();
		fakeTimers();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put');
		editor.editTitle('title', 'ગુ');
		editor.editTitle('title', 'ગુજરાત ');
		expect(editor.status).toBe('pending');
		await vi.advanceTimersByTimeAsync(SAVE_DELAY - 1);
		expect(put).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		await editor.flush();
		expect(setWrites(put)).toBe(1);
		expect([editor.status, (await stored(editor)).set.title]).toEqual(['saved', 'ગુજરાત']);
		// the live text keeps its space: trimming it would eat the space just typed
		expect(editor.record!.set.title).toBe('ગુજરાત ');
		expect(editor.placed.set.has('title')).toBe(false);
	});

	test('leaving saves a waiting change at once, without waiting for the pause', async () => {
		const editor = await opened();
		fakeTimers();
		editor.editTitle('title_en', 'Gujarat');
		await editor.flush();
		expect((await stored(editor)).set.title_en).toBe('Gujarat');
	});

	test('a save that ends after a newer change does not call that change saved', async () => {
		const editor = await opened();
		editor.editTitle('title', 'એક');
		const first = editor.flush();
		editor.editTitle('title', 'બે');
		await first;
		expect(editor.status).toBe('pending');
		await editor.flush();
		expect([editor.status, (await stored(editor)).set.title]).toEqual(['saved', 'બે']);
	});

	test('regression: a newer Kasoti opening in another tab gets the database only after the waiting change is saved', async () => {
		const editor = await opened();
		let told: Outdated | undefined;
		whenOutdated((why) => (told = why));
		fakeTimers();
		editor.editTitle('title', 'ગુજરાત');
		// the other tab's upgrade: without the flush the old tab would close with the change unsaved
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect((await newer.get('sets', editor.record!.id))?.set.title).toBe('ગુજરાત');
		expect([editor.status, told]).toEqual(['saved', 'saved']);
		newer.close();
	});

	test('a full disk is said as such; saving again once there is room keeps the change', async () => {
		const editor = await opened();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		editor.editTitle('title', 'ગુજરાત');
		await editor.flush();
		expect([editor.status, editor.saveProblem]).toEqual(['failed', 'full']);
		await editor.flush();
		expect([editor.status, editor.saveProblem, (await stored(editor)).set.title]).toEqual(['saved', undefined, 'ગુજરાત']);
	});
});

describe('a page going away', () => {
	test('a new set left as it was made is deleted; one typed in, or one saved before, stays', async () => {
		const blank = await opened();
		await blank.release();
		expect(await getTeacherSet(blank.record!.id)).toBeUndefined();

		const typed = await opened();
		typed.editTitle('title', 'ગુજરાત');
		await typed.release();
		expect((await stored(typed)).set.title).toBe('ગુજરાત');

		// opened again and left without a change: it was saved once, so it stays
		const again = new SetEditor();
		await again.load(typed.record!.id);
		await again.release();
		expect(await getTeacherSet(typed.record!.id)).toBeDefined();

		const imported = await addImportedSet((await stored(typed)).set);
		const untouched = new SetEditor();
		await untouched.load(imported.id);
		await untouched.release();
		expect(await getTeacherSet(imported.id)).toBeDefined();
	});

	test('the card of a question deleted for good goes with the editor; one brought back by undo stays', async () => {
		const editor = await opened();
		const [first] = editor.record!.set.questions;
		const second = editor.addQuestion()!;
		const third = editor.addQuestion()!;
		await editor.flush();
		const db = await getDb();
		const card = (questionId: string) => ({ ...newCard(questionId, new Date('2026-12-01T06:00:00Z')) });
		for (const id of [first!.id, second, third]) await db.put('cards', card(id));

		const again = new SetEditor();
		await again.load(editor.record!.id);
		again.deleteQuestion(second);
		again.deleteQuestion(third);
		again.undoDelete();
		await again.release();
		expect((await db.getAllKeys('cards')).sort()).toEqual([first!.id, third].sort());
	});

	// localStorage keeps a copy of what the page could not finish writing
	const local = () => vi.stubGlobal('localStorage', memoryStorage());

	test('while a save is in flight, the change is written again and a copy kept until it lands', async () => {
		const editor = await opened();
		local();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put');
		editor.editTitle('title', 'ગુજરાત');
		// the pause's save, not committed before the page gets back to its event loop
		const inFlight = editor.flush();
		expect(editor.status).toBe('saving');
		const leaving = editor.flush({ leaving: true });
		expect(unsavedCopies().map((copy) => copy.id)).toEqual([editor.record!.id]);
		await Promise.all([inFlight, leaving]);
		expect(setWrites(put)).toBe(2);
		expect([editor.status, (await stored(editor)).set.title]).toEqual(['saved', 'ગુજરાત']);
		expect(unsavedCopies()).toEqual([]);
		vi.unstubAllGlobals();
	});

	test('a save still queued is dropped once a newer change is being written: it would put the set back', async () => {
		const editor = await opened();
		local();
		editor.editTitle('title', 'એક');
		const first = editor.flush();
		editor.editTitle('title', 'બે');
		const queued = editor.flush();
		editor.editTitle('title', 'ત્રણ');
		const leaving = editor.flush({ leaving: true });
		await Promise.all([first, queued, leaving]);
		expect([editor.status, (await stored(editor)).set.title]).toEqual(['saved', 'ત્રણ']);
		vi.unstubAllGlobals();
	});

	// an older Kasoti in another tab reads a verdict strictly, and drops a copy holding one of a later shape
	test('the copy kept while leaving holds no verdict; the set written back from it is checked afresh', async () => {
		const editor = await opened();
		expect((await stored(editor)).verdict).toMatchObject({ ready: false });
		local();
		editor.editTitle('title', 'ગુજરાત');
		const leaving = editor.flush({ leaving: true });
		const [copy] = unsavedCopies();
		expect(Object.keys(JSON.parse(copy!.json))).not.toContain('verdict');
		await leaving;
		keepUnsaved({ ...JSON.parse(copy!.json), updatedAt: Date.now() + 1000 });
		const again = new SetEditor();
		await again.load(editor.record!.id);
		const { verdict } = await stored(again);
		expect(verdict).toEqual({ ready: false, checks: CHECKS_VERSION, errors: again.report.errors });
		vi.unstubAllGlobals();
	});

	test('a change whose write did not land is written back when the set is opened again', async () => {
		const record = await createSet();
		local();
		keepUnsaved({ ...record, set: { ...record.set, title: 'પાછું આવ્યું' }, updatedAt: record.updatedAt + 1000 });
		const editor = new SetEditor();
		await editor.load(record.id);
		expect(editor.record!.set.title).toBe('પાછું આવ્યું');
		expect((await stored(editor)).set.title).toBe('પાછું આવ્યું');
		expect(unsavedCopies()).toEqual([]);
		vi.unstubAllGlobals();
	});
});

describe('questions', () => {
	test('a new question never gets a deleted one’s id, nor another set’s; undo brings one back in place', async () => {
		const record = await createSet();
		const setId = record.id;
		// another set already has the id the next question would get
		const other = { ...record.set, id: 'other', questions: [{ ...record.set.questions[0]!, id: `${setId}-q2` }] };
		await addImportedSet(other);
		const editor = new SetEditor();
		await editor.load(setId);
		const added = editor.addQuestion()!;
		expect(added).toBe(`${setId}-q3`);
		editor.deleteQuestion(added);
		expect(editor.addQuestion()).toBe(`${setId}-q4`);
		editor.deleteQuestion(`${setId}-q1`);
		expect(editor.undoDelete()).toBe(`${setId}-q1`);
		expect(editor.record!.set.questions.map((q) => q.id)).toEqual([`${setId}-q1`, `${setId}-q4`]);
		await editor.flush();
		expect((await stored(editor)).lastQuestion).toBe(4);
	});

	test('a deleted set stays deleted: a change still waiting is not written back', async () => {
		const editor = await opened();
		const id = editor.record!.id;
		editor.editTitle('title', 'ગુજરાત');
		await editor.deleteSet();
		editor.editTitle('title', 'ફરી');
		await editor.flush();
		expect(await getTeacherSet(id)).toBeUndefined();
	});
});

describe('what is saved', () => {
	/** A record as compared: its save time and verdict are the save's own. */
	const compared = ({ updatedAt: _, verdict: __, ...rest }: TeacherSetRecord) => rest;
	const shown = (editor: SetEditor) => compared(normalizeRecord(JSON.parse(JSON.stringify(editor.record)) as TeacherSetRecord));

	// the editor saves a plain copy changed beside the one shown: a change made to one alone would save something else
	test('after any run of changes, the set saved is the set the teacher sees', async () => {
		const editor = await opened();
		const own = ownArticleFile(editor.record!.id);
		let seed = 20261205;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		const words = ['૨૦૨૨', 'પુતિન', 'Putin ', ' વ્લાદિવોસ્તોક', '', 'કિમની મુલાકાત', '2019'];
		const changes: ((id: string) => void)[] = [
			() => editor.editTitle(pick(['title', 'title_en'] as const), pick(words)),
			() => editor.editSource(own, pick(['', 'પુતિને ૨૦૨૨માં વ્લાદિવોસ્તોકની મુલાકાત લીધી.', '  '])),
			(id) => editor.edit(id, pick(['prompt', 'answer', 'quote', 'en'] as const), pick(words)),
			(id) => editor.edit(id, 'category', pick(CATEGORIES)),
			(id) => editor.edit(id, 'kind', pick(PLACE_KINDS)),
			(id) => editor.edit(id, 'accept', [pick(words), pick(words)]),
			(id) => editor.edit(id, 'distractors', pick([undefined, [pick(words), pick(words), pick(words)]])),
			(id) => editor.edit(id, pick(['explanation', 'statement'] as const), pick([undefined, pick(words)])),
			() => editor.addQuestion(),
			(id) => editor.deleteQuestion(id),
			() => editor.undoDelete()
		];
		for (let step = 1; step <= 400; step++) {
			const questions = editor.record!.set.questions;
			pick(changes)(questions.length > 0 ? pick(questions).id : 'none');
			if (step % 7 !== 0) continue;
			await editor.flush();
			const saved = await stored(editor);
			expect(compared(saved)).toEqual(shown(editor));
			// what saving worked out is shown too: the own article's listing
			expect(JSON.parse(JSON.stringify(editor.record!.set.articles))).toEqual(saved.set.articles);
		}
		// the run reached every kind of change, a source text and a place among them
		expect(editor.record!.set.questions.length).toBeGreaterThan(3);
	});
});
