/** The student's starred questions, as the set page shows them: read once, each change stored at once. */
import { SvelteSet } from 'svelte/reactivity';
import { storageProblem } from '$lib/db/errors';
import { setStar, starredIds } from '$lib/db/stars';

/** The starred questions of this page, with the last storage problem. */
export class Stars {
	/** Ids of the starred questions. */
	ids = new SvelteSet<string>();
	/** True once the stored stars have been read. */
	loaded = $state(false);
	/** Why the last star could not be stored, if it could not. */
	problem = $state<'full' | 'failed' | undefined>();
	/** Stars given or taken while the stored ones were read: the read may have begun before they were written. */
	#early = new Map<string, boolean>();

	/** Reads the stored stars; a failure leaves none shown and says so. */
	async load(): Promise<void> {
		try {
			const stored = await starredIds();
			this.ids.clear();
			for (const id of stored) this.ids.add(id);
			// a tap made before the read ended stays as the student left it
			for (const [id, on] of this.#early) this.#show(id, on);
		} catch (error) {
			this.problem = storageProblem(error);
		}
		this.#early.clear();
		this.loaded = true;
	}

	/** Stars or unstars a question: shown at once, stored at once, taken back if storing fails. */
	async toggle(id: string): Promise<void> {
		const on = !this.ids.has(id);
		this.#show(id, on);
		if (!this.loaded) this.#early.set(id, on);
		try {
			await setStar(id, on);
			this.problem = undefined;
		} catch (error) {
			this.#show(id, !on);
			if (!this.loaded) this.#early.set(id, !on);
			this.problem = storageProblem(error);
		}
	}

	#show(id: string, on: boolean) {
		if (on) this.ids.add(id);
		else this.ids.delete(id);
	}
}
