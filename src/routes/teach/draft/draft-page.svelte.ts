/**
 * The draft page's work: find proposals in a pasted article, let the teacher tick and edit them,
 * check the set as it would be saved, and store it with the article as its source.
 */
import { CATEGORIES, type Category } from '$lib/bank/schema';
import { storageProblem } from '$lib/db/errors';
import { addDraftedSet } from '$lib/db/sets';
import type { SetLike } from '$lib/extract';
import type { DraftItem, Placed } from './draft';

/** The drafting tools: the extractor and the set builder, loaded on the first search only. */
type Tools = typeof import('./draft');

/** Why finding or saving did not happen, for the page to word. */
export type DraftFailure =
	| { kind: 'no-text' }
	| { kind: 'unreadable'; name: string }
	| { kind: 'find-failed' }
	| { kind: 'none-chosen' }
	| { kind: 'fix-first'; count: number }
	| { kind: 'not-saved'; full: boolean };

/** The set just saved. */
export type SavedDraft = { id: string; title: string; count: number };

export class DraftWorkflow {
	/** The text in the box. */
	text = $state('');
	/** The text the proposals were found in: the one saved with the set. */
	article = $state<string>();
	/** The proposals being edited; an item's key is its index. */
	items = $state<DraftItem[]>([]);
	title = $state('');
	titleEn = $state('');
	/** What the last search found; undefined before one. */
	found = $state.raw<Record<Category, number> | undefined>();
	/** Why the last search or save did not happen. */
	findFailure = $state.raw<DraftFailure | undefined>();
	saveFailure = $state.raw<DraftFailure | undefined>();
	finding = $state(false);
	saving = $state(false);
	/** The set just saved. */
	saved = $state.raw<SavedDraft | undefined>();
	/** The drafting tools, once loaded. */
	tools = $state.raw<Tools | undefined>();

	/** The title last filled in from the article, replaced by the next one unless the teacher changed it. */
	#suggested = '';
	#load: () => Promise<Tools>;
	/** Sets whose names help the extractor (built-in and own). */
	#sets: () => Promise<readonly SetLike[]>;

	constructor(options: { load: () => Promise<Tools>; sets: () => Promise<readonly SetLike[]> }) {
		this.#load = options.load;
		this.#sets = options.sets;
	}

	/** The set as it would be saved now, checked as the teacher edits; its problems placed beside what they are about. */
	problems: Placed[] = $derived.by(() => {
		const { tools, article } = this;
		if (!tools || article === undefined || this.items.length === 0) return [];
		return tools
			.buildSet(article, this.items, { title: this.title, titleEn: this.titleEn })
			.problems.filter((p) => p.problem.code !== 'none-chosen');
	});

	/** How many items are ticked. */
	chosen = $derived(this.items.filter((item) => item.ticked).length);

	/** The proposals by the category the extractor gave them, with how many of each are ticked. */
	groups = $derived(
		CATEGORIES.map((category) => {
			const own = this.items.filter((item) => item.found.category === category);
			return { category, keys: own.map((i) => i.key), chosen: own.filter((i) => i.ticked).length };
		}).filter((group) => group.keys.length > 0)
	);

	/** Whether the text in the box is no longer the one the proposals came from. */
	textChanged = $derived(
		this.tools !== undefined && this.article !== undefined && this.tools.cleanText(this.text) !== this.article
	);

	/** Finds proposals in the text; the first search loads the tools. */
	async find(): Promise<void> {
		this.findFailure = this.saveFailure = undefined;
		if (this.text.trim() === '') return void (this.findFailure = { kind: 'no-text' });
		this.finding = true;
		try {
			const tools = (this.tools ??= await this.#load());
			const clean = tools.cleanText(this.text);
			const items = tools.findItems(clean, await this.#sets());
			this.text = this.article = clean;
			this.items = items;
			// a title the teacher typed stays; one offered from the last article gives way to this one's
			if (this.title.trim() === '' || this.title === this.#suggested)
				this.title = this.#suggested = tools.suggestTitle(clean);
			this.found = Object.fromEntries(CATEGORIES.map((c) => [c, items.filter((i) => i.category === c).length])) as Record<
				Category,
				number
			>;
		} catch {
			this.findFailure = { kind: 'find-failed' };
		} finally {
			this.finding = false;
		}
	}

	/** Ticks or unticks every proposal of one category. */
	selectGroup(category: Category, on: boolean): void {
		for (const item of this.items) if (item.found.category === category) item.ticked = on;
	}

	/** Saves the ticked items as a new set; returns the first error to take the teacher to, if any. */
	async save(): Promise<Placed | undefined> {
		const { tools, article } = this;
		if (!tools || article === undefined) return undefined;
		this.saveFailure = undefined;
		this.saving = true;
		try {
			const outcome = tools.buildSet(article, $state.snapshot(this.items), { title: this.title, titleEn: this.titleEn });
			const errors = outcome.problems.filter((p) => p.problem.severity === 'error');
			if (!outcome.set || errors.length > 0) {
				const none = errors[0]?.problem.code === 'none-chosen';
				this.saveFailure = none ? { kind: 'none-chosen' } : { kind: 'fix-first', count: errors.length };
				return errors[0];
			}
			const record = await addDraftedSet(outcome.set, article);
			this.saved = { id: record.id, title: record.set.title, count: record.set.questions.length };
		} catch (error) {
			this.saveFailure = { kind: 'not-saved', full: storageProblem(error) === 'full' };
		} finally {
			this.saving = false;
		}
		return undefined;
	}

	/** Starts again with an empty box, for another article. */
	another(): void {
		this.saved = this.article = this.found = undefined;
		this.items = [];
		this.text = this.title = this.titleEn = this.#suggested = '';
	}
}
