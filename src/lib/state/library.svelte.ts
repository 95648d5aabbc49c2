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

	/** Every article the sets name, built-in first. */
	get articles() {
		return this.sets.flatMap((set) => set.articles);
	}

	/** Reads the own sets from the device (again after a change). */
	async load(): Promise<void> {
		const { allTeacherSets } = await import('$lib/db/sets');
		const own = (await allTeacherSets()).map((record) => record.set);
		this.sets = [...builtinSets, ...own];
		this.loaded = true;
	}
}

/** The one library of the app. */
export const library = new Library();

/** The indexed bank (built-in and, once loaded, own sets). */
export function quizBank(): PreparedBank {
	return library.bank;
}
