/**
 * The question library the study screens use: the built-in sets and the teacher's own, indexed
 * for the quiz engine once per change. It reads the own sets again whenever they change, trusting
 * the verdict of the checks stored with each (db/ready-sets.ts).
 */
import { builtinSets, isBuiltinSet } from '$lib/bank/builtin';
import type { QuestionSet } from '$lib/bank/schema';
import { onSetsChanged } from '$lib/db/set-events';
import type { PreparedBank } from '$lib/quiz/bank-index';
import { indexQuestions, type QuestionIndex } from '$lib/quiz/question-index';

class Library {
	/** Built-in sets first, then the teacher's own (after `load`). */
	sets = $state.raw<QuestionSet[]>(builtinSets);
	/** True once the own sets have been read from the device. */
	loaded = $state(false);
	/** The stamp (db/sets-stamp.ts) of the own sets as last read; empty before. */
	stamp = '';

	/** The bank as last indexed, with the sets and the stamp it was indexed from. */
	#prepared: { bank: PreparedBank; sets: QuestionSet[]; stamp: string } | undefined;
	/** The read under way, and whether the sets changed since it began. */
	#reading: Promise<void> | undefined;
	#stale = false;

	constructor() {
		// a change made while a read runs is read again once it ends
		onSetsChanged(() => {
			this.#stale = true;
			if (this.loaded) void this.load();
		});
	}

	#index: QuestionIndex | undefined;
	#indexFor: QuestionSet[] | undefined;

	/** Every question by id, for screens that only look questions up; built again when the sets change. */
	get index(): QuestionIndex {
		if (this.#indexFor !== this.sets) {
			this.#index = indexQuestions(this.sets);
			this.#indexFor = this.sets;
		}
		return this.#index!;
	}

	/**
	 * The sets indexed for the quiz engine, built again only when the sets change. The engine's
	 * code loads with the first call: only a screen that deals questions pays for it. The own sets
	 * are read first, if they are not yet: a quiz dealt on a page that had not read them (a retry
	 * on a reloaded results page) would miss their questions. Unreadable, the built-in ones remain.
	 */
	async prepared(): Promise<PreparedBank> {
		return (await this.stampedBank()).bank;
	}

	/** The bank as `prepared` gives it, with the stamp (db/sets-stamp.ts) of the own sets it holds; empty when they were not read. */
	async stampedBank(): Promise<{ bank: PreparedBank; stamp: string }> {
		const [{ prepareBank }] = await Promise.all([import('$lib/quiz/bank-index'), this.load().catch(() => {})]);
		if (this.#prepared?.sets !== this.sets) {
			// the index's questions already carry their set: 10,000 questions are not copied twice
			const bank = prepareBank(this.index.questions, { sharesOptions: isBuiltinSet });
			this.#prepared = { bank, sets: this.sets, stamp: this.stamp };
		}
		return this.#prepared;
	}

	/** Every article the sets name, built-in first, each file once (two sets may name the same one). */
	get articles() {
		const seen = new Set<string>();
		return this.sets.flatMap((set) => set.articles).filter((a) => !seen.has(a.file) && seen.add(a.file));
	}

	/** Reads the own sets from the device, unless they are read and unchanged; only sets with nothing to fix reach students. */
	load(): Promise<void> {
		if (this.loaded && !this.#stale && !this.#reading) return Promise.resolve();
		this.#reading ??= this.#read().finally(() => (this.#reading = undefined));
		return this.#reading;
	}

	async #read(): Promise<void> {
		do {
			this.#stale = false;
			const { readyTeacherSets } = await readingCode();
			const own = await readyTeacherSets();
			this.sets = [...builtinSets, ...own.sets];
			this.stamp = own.stamp;
			this.loaded = true;
		} while (this.#stale);
	}
}

/** The code that reads the own sets: fetched ahead by a page that may read them offline. */
export const readingCode = () => import('$lib/db/ready-sets');

/** The one library of the app. */
export const library = new Library();
