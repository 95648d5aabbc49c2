/**
 * The set editor: one own set being changed. Every change is saved a moment later (and at once
 * when the page is hidden or left), then checked, so a reload loses nothing and the problems
 * shown are those of the set as stored.
 */
import { nextQuestionId } from '$lib/bank/ids';
import type { Question } from '$lib/bank/schema';
import { storageProblem } from '$lib/db/errors';
import { forgetCards } from '$lib/db/forget-cards';
import { beforeClose } from '$lib/db/open';
import { saveSetWhileLeaving } from '$lib/db/set-leaving';
import { deleteTeacherSet, getTeacherSet, restoreUnsavedSets, saveTeacherSet, takenNames } from '$lib/db/sets';
import { dropUnsaved, keepUnsaved } from '$lib/db/unsaved-sets';
import { hasNoSource } from '$lib/import/to-set';
import { checkRecord, isReady, placeProblems, type PlacedProblems, type TeachReport } from '$lib/teach/check';
import { storedErrors, storedReadiness, withoutVerdict } from '$lib/teach/verdict';
import type { TeacherSetRecord } from '$lib/db/schema';
import { blankQuestion, defaultArticle, normalizeRecord, untouchedNewSet } from '$lib/teach/record';

/** How long after the last change a save starts, in milliseconds. */
export const SAVE_DELAY = 250;

/** Where saving stands: nothing to save yet, waiting to save, writing, written, or failed. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** A deleted question, kept for undo. */
export type DeletedQuestion = { question: Question; index: number };

const NO_PROBLEMS: TeachReport = { problems: [], errors: 0 };

/** A value put into both copies of the record: a list is made anew for each, so neither holds the other's. */
const own = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

export class SetEditor {
	/** The set as the teacher has it now (text not yet trimmed); undefined until read, or if missing. */
	record = $state<TeacherSetRecord | undefined>();
	/** Reading the set, editing it, or no set has the id asked for. */
	phase = $state<'loading' | 'ready' | 'missing'>('loading');
	/** What the checks found in the set as last saved. */
	report = $state.raw<TeachReport>(NO_PROBLEMS);
	/** The same problems by the field they are shown beside. */
	placed = $state.raw<PlacedProblems>(placeProblems({ questions: [] }, []));
	/** Where saving stands, for the status line. */
	status = $state<SaveStatus>('idle');
	/** Why the last save failed: the phone is out of space, or something else. */
	saveProblem = $state<'full' | 'failed' | undefined>();
	/** The question deleted last, until it is brought back or another is deleted. */
	deleted = $state.raw<DeletedQuestion | undefined>();

	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Counts changes, so a save that finishes late does not report a newer change as saved. */
	#version = 0;
	/** Saves run one after another, in the order the changes were made. */
	#queue: Promise<void> = Promise.resolve();
	/** The newest change whose write has begun: a save of an older one, still queued, is dropped. */
	#writing = -1;
	/** Set once the set is deleted: nothing may write it back. */
	#closed = false;
	/** Question ids of every other set: the quiz keeps only the first question with a given id. */
	#otherQuestions: ReadonlySet<string> = new Set();
	/** The ids of the questions as read: the record read is the reactive one's start, and changes with it. */
	#readQuestions: readonly string[] = [];
	/** Stops saving before the database is handed to a newer version in another tab. */
	#unregister: (() => void) | undefined;
	/** The set as read: the plain copy below is made from it before the first change. */
	#read: TeacherSetRecord | undefined;
	/**
	 * The same record as plain objects, changed by the same methods as the reactive one, and saved:
	 * reading the reactive record through its proxies took 0.9 s of each save with 10,000
	 * questions on a slow phone. The two hold no object in common.
	 */
	#plain: TeacherSetRecord | undefined;
	/** The set as read, while its checks wait until it is drawn (see load). */
	#unchecked: TeacherSetRecord | undefined;

	/** Whether students may be given the set as it was last saved. */
	get usable(): boolean {
		return isReady(this.report);
	}

	/** Reads the set with this id. */
	async load(id: string): Promise<void> {
		// a change whose write the last page could not finish is written back first
		await restoreUnsavedSets().catch(() => {});
		const record = id === '' ? undefined : await getTeacherSet(id);
		if (!record) {
			this.phase = 'missing';
			return;
		}
		this.#otherQuestions = (await takenNames(id)).questions;
		this.#read = record;
		this.#readQuestions = record.set.questions.map((q) => q.id);
		this.#plain = undefined;
		this.record = record;
		const ready = storedReadiness(record);
		if (ready === undefined) this.#check(record);
		else {
			// the verdict stored with the set says at once whether it is ready and how many errors it
			// has; the problems by field come once the set is drawn: checking 10,000 questions took
			// half a second of the first draw on a slow phone
			this.report = { ...(ready && { set: record.set }), problems: [], errors: storedErrors(record) ?? 0 };
			this.#unchecked = record;
			const afterDrawn = globalThis.requestAnimationFrame ?? ((run: () => void) => setTimeout(run));
			afterDrawn(() => setTimeout(() => this.checkNow()));
		}
		this.phase = 'ready';
		// copied once the page is idle, so the first key typed does not wait for it
		globalThis.requestIdleCallback?.(() => this.#mirror());
		// a newer Kasoti in another tab takes the database only after the waiting change is written
		this.#unregister ??= beforeClose(async () => {
			await this.flush();
			return this.status !== 'pending' && this.status !== 'failed';
		});
	}

	/**
	 * Saves what is waiting and lets the database go; call when the editor leaves the screen. A new
	 * set left as it was made ("New set", then Back) is deleted: it held nothing, yet stayed listed as
	 * an untitled set needing fixes. The cards of questions deleted for good go too (see forgetCards).
	 */
	async release(): Promise<void> {
		await this.flush();
		this.#unregister?.();
		this.#unregister = undefined;
		const read = this.#read;
		if (!read || this.#closed) return;
		if (this.#version === 0 && untouchedNewSet(read)) {
			this.#closed = true;
			// left on the phone when the delete fails, as before
			return void (await deleteTeacherSet(read.id).catch(() => {}));
		}
		// a question deleted can be brought back until the editor goes; a save that failed may have kept it
		if (this.status !== 'saved' || !this.record) return;
		const kept = new Set(this.record.set.questions.map((q) => q.id));
		const gone = this.#readQuestions.filter((id) => !kept.has(id) && !this.#otherQuestions.has(id));
		await forgetCards(gone).catch(() => {});
	}

	/** Call after every change: the set is saved once the changes pause for `SAVE_DELAY`. */
	changed(): void {
		this.#version++;
		this.status = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY);
	}

	/**
	 * Saves a waiting change now; resolves when every save so far has finished. `leaving`: the page
	 * is hidden or unloaded, and may never get back to its event loop.
	 */
	flush({ leaving = false } = {}): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const waiting = this.status === 'pending' || this.status === 'failed';
		// a write in flight commits only once the page gets back to its event loop: a page going away writes again
		if (this.#closed || !this.record || !(waiting || (leaving && this.status === 'saving'))) return this.#queue;
		const version = this.#version;
		// new objects throughout (`normalizeRecord`): the changes after this one cannot reach what is written
		const mirror = this.#mirror();
		// a saved set is never taken for one untouched since it was made, even saved within the same millisecond
		const next = normalizeRecord({ ...mirror, updatedAt: Math.max(Date.now(), mirror.createdAt + 1) });
		this.#applyDerived(next);
		this.#check(next);
		// the report of what is saved: stored with it as its verdict, not checked again
		const report = this.report;
		this.status = 'saving';
		const save = async () => {
			// a newer change is being written: this older one would put the set back as it was
			if (version < this.#writing) return;
			this.#writing = version;
			try {
				// the page may be gone before the database has the write: a copy outlives it
				if (leaving) keepUnsaved(withoutVerdict(next));
				await (leaving ? saveSetWhileLeaving(next, report) : saveTeacherSet(next, report));
				dropUnsaved(next);
				if (version === this.#version) this.status = 'saved';
				this.saveProblem = undefined;
			} catch (error) {
				if (version === this.#version) this.status = 'failed';
				this.saveProblem = storageProblem(error);
			}
		};
		// an unloading page never gets back to the event loop: its write starts now, still after any earlier one
		this.#queue = leaving ? Promise.all([this.#queue, save()]).then(() => {}) : this.#queue.then(save);
		return this.#queue;
	}

	/** Changes the set's Gujarati or English title. */
	editTitle(key: 'title' | 'title_en', value: string): void {
		this.#change((record) => (record.set[key] = value));
	}

	/** Changes the source text of one article; an empty text is dropped when saved. */
	editSource(file: string, text: string): void {
		this.#change((record) => (record.sources[file] = text));
	}

	/** Changes one field of a question. A question that stops being a place loses its kind. */
	edit<K extends keyof Question>(id: string, key: K, value: Question[K]): void {
		const index = this.indexOf(id);
		if (index === -1) return;
		this.#change((record) => {
			const question = record.set.questions[index]!;
			question[key] = own(value);
			if (key === 'category' && value !== 'place') delete question.kind;
		});
	}

	/** Deletes the set. Nothing is saved after, so no waiting save can bring it back; a failed delete changes nothing. */
	async deleteSet(): Promise<void> {
		const record = this.record;
		if (!record) return;
		await this.flush();
		this.#closed = true;
		clearTimeout(this.#timer);
		try {
			await deleteTeacherSet(record.id);
		} catch (error) {
			this.#closed = false;
			throw error;
		}
	}

	/** Adds a blank question at the end; returns its id. */
	addQuestion(): string | undefined {
		if (!this.record) return undefined;
		const record = this.#mirror();
		const ids = record.set.questions.map((q) => q.id);
		const { id, number } = nextQuestionId(record.set.id, record.lastQuestion ?? 0, ids, this.#otherQuestions);
		const article = defaultArticle(record.set, record.sources);
		this.#change((r) => {
			r.lastQuestion = number;
			r.set.questions.push(blankQuestion(id, article));
		});
		return id;
	}

	/** Deletes a question; `undoDelete` brings it back with the same id. */
	deleteQuestion(id: string): void {
		const index = this.indexOf(id);
		if (index === -1) return;
		let removed: Question | undefined;
		this.#change((record) => void (removed = record.set.questions.splice(index, 1)[0]));
		// the plain copy's question (the last run): no record holds it now
		this.deleted = { question: removed!, index };
	}

	/** Brings back the question deleted last, where it was; returns its id. */
	undoDelete(): string | undefined {
		const deleted = this.deleted;
		if (!this.record || !deleted) return undefined;
		const at = Math.min(deleted.index, this.record.set.questions.length);
		this.#change((record) => record.set.questions.splice(at, 0, structuredClone(deleted.question)));
		this.deleted = undefined;
		return deleted.question.id;
	}

	/** Where the question with this id is, in both copies; -1 when none has it. Found in the plain one, without the proxies. */
	indexOf(id: string): number {
		return this.record ? this.#mirror().set.questions.findIndex((q) => q.id === id) : -1;
	}

	/** The plain copy of the record, made from the record as read the first time it is needed. */
	#mirror(): TeacherSetRecord {
		return (this.#plain ??= structuredClone(this.#read!));
	}

	/**
	 * Makes one change to the record shown and to its plain copy, then saves it a moment later.
	 * `change` runs once on each, so every object it puts in must be made anew on each run.
	 */
	#change(change: (record: TeacherSetRecord) => void): void {
		if (!this.record) return;
		const plain = this.#mirror();
		change(this.record);
		change(plain);
		this.changed();
	}

	/** Checks the set as read now, if its checks still wait: before the teacher is shown every problem. */
	checkNow(): void {
		if (this.#unchecked) this.#check(this.#unchecked);
	}

	#check(record: TeacherSetRecord): void {
		// a set saved since it was read is checked as saved; the set as read no longer needs it
		this.#unchecked = undefined;
		this.report = checkRecord(record);
		this.placed = placeProblems(record.set, this.report.problems);
	}

	/**
	 * Puts what saving worked out (the own article's listing, fact-sentence quotes) back into the
	 * set being edited. Typed text is left alone: trimming it would eat the space just typed.
	 */
	#applyDerived(next: TeacherSetRecord): void {
		const set = this.record?.set;
		const plain = this.#plain?.set;
		if (!set || !plain) return;
		if (JSON.stringify(plain.articles) !== JSON.stringify(next.set.articles)) {
			set.articles = structuredClone(next.set.articles);
			plain.articles = structuredClone(next.set.articles);
		}
		// read from the plain copy, which holds the same questions in the same order
		next.set.questions.forEach((q, i) => {
			const live = plain.questions[i];
			if (live?.id !== q.id || live.quote === q.quote || !hasNoSource(next.set, q)) return;
			live.quote = q.quote;
			set.questions[i]!.quote = q.quote;
		});
	}
}
