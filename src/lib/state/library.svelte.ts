/**
 * The question library the study screens use: the built-in sets and the teacher's own, indexed
 * for the quiz engine once per change. It reads the own sets again whenever they change.
 */
import { builtinSets } from '$lib/bank/builtin';
import type { QuestionSet } from '$lib/bank/schema';
import { onSetsChanged } from '$lib/db/set-events';
import { bankQuestions, prepareBank, type PreparedBank } from '$lib/quiz';

class Library {
	/** Built-in sets first, then the teacher's own (after `load`). */
	sets = $state.raw<QuestionSet[]>(builtinSets);
	/** True once the own sets have been read from the device. */
	loaded = $state(false);

	#prepared: PreparedBank | undefined;
	#preparedFor: QuestionSet[] | undefined;
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

	/** The sets indexed for the quiz engine, built again only when the sets change. */
	get bank(): PreparedBank {
		if (this.#preparedFor !== this.sets) {
			this.#prepared = prepareBank(bankQuestions(this.sets));
			this.#preparedFor = this.sets;
		}
		return this.#prepared!;
	}

	/** Every article the sets name, built-in first, each file once (two sets may name the same one). */
	get articles() {
		const seen = new Set<string>();
		return this.sets.flatMap((set) => set.articles).filter((a) => !seen.has(a.file) && seen.add(a.file));
	}

	/** Which stored versions of own sets passed the checks: checking a large set is not free. */
	#usable = new Map<string, boolean>();

	/** Reads the own sets from the device, unless they are read and unchanged; only sets with nothing to fix reach students. */
	load(): Promise<void> {
		if (this.loaded && !this.#stale && !this.#reading) return Promise.resolve();
		this.#reading ??= this.#read().finally(() => (this.#reading = undefined));
		return this.#reading;
	}

	async #read(): Promise<void> {
		do {
			this.#stale = false;
			const [{ allTeacherSets }, { isUsable }] = await Promise.all([import('$lib/db/sets'), import('$lib/teach/check')]);
			const own = (await allTeacherSets()).filter((record) => {
				const key = `${record.id}@${record.updatedAt}`;
				if (!this.#usable.has(key)) this.#usable.set(key, isUsable(record));
				return this.#usable.get(key);
			});
			this.sets = [...builtinSets, ...own.map((record) => record.set)];
			this.loaded = true;
		} while (this.#stale);
	}
}

/** The one library of the app. */
export const library = new Library();
