/**
 * The draft page's work: find proposals in a pasted article, let the teacher tick and edit them,
 * check the set as it would be saved, and store it with the article as its source. The work is
 * kept in the tab a moment after each change (and at once when the page goes), and checked then.
 */
import { CATEGORIES, type Category } from '$lib/bank/schema';
import { storageProblem } from '$lib/db/errors';
import { addDraftedSet } from '$lib/db/sets';
import type { SetLike } from '$lib/extract';
import { carryEdits } from './carry-edits';
import type { DraftItem, Placed } from './draft';
import { forgetDraft, keepDraft, keptDraft } from './kept-draft';

/**
 * How long after the last change a draft of `count` proposals is checked and kept, in milliseconds.
 * A check of 600 proposals took a quarter of a second, over one on a slow phone: a long draft waits for a longer pause.
 */
export const checkDelay = (count: number): number => 400 + count;

/** The drafting tools: the extractor and the set builder, loaded on the first search only. */
type Tools = typeof import('./draft');

/** Why finding or saving did not happen, for the page to word. */
export type DraftFailure =
	| { kind: 'no-text' }
	| { kind: 'not-gujarati' }
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
	/** How many edited proposals the search asked for would drop: it waits for the teacher to agree. */
	lost = $state<number | undefined>();
	/** The set as it would be saved, checked a moment after the last change; its problems placed beside what they are about. */
	problems = $state.raw<Placed[]>([]);
	/** There is work this tab could not keep (storage refused): leaving the page would lose it. */
	unkept = $state(false);
	saving = $state(false);
	/** The set just saved. */
	saved = $state.raw<SavedDraft | undefined>();
	/** The drafting tools, once loaded. */
	tools = $state.raw<Tools | undefined>();

	/** The title last filled in from the article, replaced by the next one unless the teacher changed it. */
	#suggested = '';
	/** The check and keep waiting for the changes to pause. */
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Whether a change since the last check can change its outcome (not only the text in the box). */
	#recheck = false;
	#load: () => Promise<Tools>;
	/** Sets whose names help the extractor (built-in and own). */
	#sets: () => Promise<readonly SetLike[]>;

	constructor(options: { load: () => Promise<Tools>; sets: () => Promise<readonly SetLike[]> }) {
		this.#load = options.load;
		this.#sets = options.sets;
	}

	/** The problems by the key of the item they are about; the set's own under -1. */
	issues = $derived.by(() => {
		const byKey = new Map<number, Placed[]>();
		for (const p of this.problems) byKey.set(p.key ?? -1, [...(byKey.get(p.key ?? -1) ?? []), p]);
		return byKey;
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

	/**
	 * Finds proposals in the text; the first search loads the tools. The teacher's changes stay on
	 * the proposals still found; when some would be lost the search waits (`lost`) unless `discard`.
	 */
	async find({ discard = false } = {}): Promise<void> {
		if (this.finding) return;
		this.findFailure = this.saveFailure = this.lost = undefined;
		if (this.text.trim() === '') return void (this.findFailure = { kind: 'no-text' });
		this.finding = true;
		try {
			const tools = (this.tools ??= await this.#load());
			const clean = tools.cleanText(this.text);
			if (!tools.hasGujaratiLetters(clean)) return void (this.findFailure = { kind: 'not-gujarati' });
			const found = tools.findItems(clean, await this.#sets());
			const { items, lost } = carryEdits($state.snapshot(this.items), found);
			if (lost > 0 && !discard) return void (this.lost = lost);
			this.text = this.article = clean;
			this.items = items;
			// a title the teacher typed stays; one offered from the last article gives way to this one's
			if (this.title.trim() === '' || this.title === this.#suggested)
				this.title = this.#suggested = tools.suggestTitle(clean);
			this.found = Object.fromEntries(
				CATEGORIES.map((c) => [c, items.filter((i) => i.found.category === c).length])
			) as Record<Category, number>;
			this.changed();
			this.flush();
		} catch {
			this.findFailure = { kind: 'find-failed' };
		} finally {
			this.finding = false;
		}
	}

	/** Ticks or unticks every proposal of one category. */
	selectGroup(category: Category, on: boolean): void {
		for (const item of this.items) if (item.found.category === category) item.ticked = on;
		this.changed();
	}

	/**
	 * Call after every change: the set is checked and kept once the changes pause (checkDelay).
	 * Checking 664 proposals on every key made typing wait up to 0.9 s. `recheck`: false when
	 * only the text in the box changed, which the check does not read.
	 */
	changed(recheck = true): void {
		this.#recheck ||= recheck;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.flush(), checkDelay(this.items.length));
	}

	/** Checks and keeps a waiting change now: the page is going, or the teacher asked for a search or a save. */
	flush(): void {
		if (this.#timer === undefined) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (this.#recheck) this.check();
		this.#recheck = false;
		this.#keep();
	}

	/** Keeps the work in the tab; notes when storage refuses it. */
	#keep(): void {
		if (this.saved) return;
		const work = this.text.trim() !== '' || this.items.length > 0;
		const { text, article, title, titleEn } = this;
		const items = $state.snapshot(this.items);
		this.unkept = work && !keepDraft({ text, article, items, title, titleEn, suggested: this.#suggested });
	}

	/** Checks the set as it would be saved now. */
	check(): void {
		const { tools, article } = this;
		if (!tools || article === undefined || this.items.length === 0) return void (this.problems = []);
		this.problems = tools
			.buildSet(article, $state.snapshot(this.items), { title: this.title, titleEn: this.titleEn })
			.problems.filter((p) => p.problem.code !== 'none-chosen');
	}

	/** Brings back the work kept in this tab (after a reload, Back, or a visit to another page). */
	async restore(): Promise<void> {
		const kept = keptDraft();
		if (!kept) return;
		({ text: this.text, article: this.article, items: this.items, title: this.title, titleEn: this.titleEn } = kept);
		this.#suggested = kept.suggested;
		if (kept.article === undefined || kept.items.length === 0) return;
		try {
			this.tools ??= await this.#load();
			this.check();
		} catch {
			// the proposals are back; they are checked when saved
		}
	}

	/** Saves the ticked items as a new set; returns the first error to take the teacher to, if any. */
	async save(): Promise<Placed | undefined> {
		const { tools, article } = this;
		if (!tools || article === undefined) return undefined;
		this.saveFailure = undefined;
		this.saving = true;
		// kept first, in case the save fails; the save checks the set itself
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#recheck = false;
		this.#keep();
		try {
			const outcome = tools.buildSet(article, $state.snapshot(this.items), { title: this.title, titleEn: this.titleEn });
			// what is shown is what stopped the save
			this.problems = outcome.problems.filter((p) => p.problem.code !== 'none-chosen');
			const errors = outcome.problems.filter((p) => p.problem.severity === 'error');
			if (!outcome.set || errors.length > 0) {
				const none = errors[0]?.problem.code === 'none-chosen';
				this.saveFailure = none ? { kind: 'none-chosen' } : { kind: 'fix-first', count: errors.length };
				return errors[0];
			}
			const record = await addDraftedSet(outcome.set, article);
			this.saved = { id: record.id, title: record.set.title, count: record.set.questions.length };
			forgetDraft();
			this.unkept = false;
		} catch (error) {
			this.saveFailure = { kind: 'not-saved', full: storageProblem(error) === 'full' };
		} finally {
			this.saving = false;
		}
		return undefined;
	}

	/** Starts again with an empty box, for another article. */
	another(): void {
		this.saved = this.article = this.found = this.lost = undefined;
		this.items = [];
		this.problems = [];
		this.text = this.title = this.titleEn = this.#suggested = '';
		forgetDraft();
	}
}
