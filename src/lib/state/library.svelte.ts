/**
 * The question library the study screens use: the built-in sets and the teacher's own, indexed
 * for the quiz engine once per change.
 */
import { builtinSets } from '$lib/bank/builtin';
import type { QuestionSet } from '$lib/bank/schema';
import { bankQuestions, prepareBank, type PreparedBank } from '$lib/quiz';

class Library {
	/** Built-in sets first, then the teacher's own (after `load`). */
	sets = $state.raw<QuestionSet[]>(builtinSets);
	/** True once the own sets have been read from the device. */
	loaded = $state(false);

	#prepared: PreparedBank | undefined;
	#preparedFor: QuestionSet[] | undefined;

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

	/** Reads the own sets from the device (again after a change); only sets with nothing to fix reach students. */
	async load(): Promise<void> {
		const [{ allTeacherSets }, { isUsable }] = await Promise.all([import('$lib/db/sets'), import('$lib/teach/check')]);
		const own = (await allTeacherSets()).filter((record) => {
			const key = `${record.id}@${record.updatedAt}`;
			if (!this.#usable.has(key)) this.#usable.set(key, isUsable(record));
			return this.#usable.get(key);
		});
		this.sets = [...builtinSets, ...own.map((record) => record.set)];
		this.loaded = true;
	}
}

/** The one library of the app. */
export const library = new Library();

/** The indexed bank (built-in and, once loaded, own sets). */
export function quizBank(): PreparedBank {
	return library.bank;
}
