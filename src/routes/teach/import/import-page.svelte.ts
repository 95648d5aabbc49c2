/**
 * The import page's work: read a file or pasted text, show what it holds and what stops it, let
 * the teacher choose categories and titles, then store the set in one transaction.
 */
import type { Category } from '$lib/bank/schema';
import { storageProblem } from '$lib/db/errors';
import { addImportedSet, getTeacherSet, ownSetHolding, replaceImportedSet } from '$lib/db/sets';
import { importBytes, importText, MAX_BYTES, suggestMeta, type ImportResult } from '$lib/import';
import { assignIds } from '$lib/import/to-set';
import { editedHere } from '$lib/teach/edited-here';
import { replaceCounts, type ReplaceCounts } from '$lib/teach/replace-set';
import { buildSet, reviewResult, type Review } from './import-plan';

/** A failure that is not the file's fault, for the page to word. */
export type ImportFailure =
	| { kind: 'too-large'; name: string; size: number }
	| { kind: 'unreadable'; name: string }
	| { kind: 'paste-unreadable' }
	| { kind: 'not-saved'; full: boolean };

/** What was read last, and what stops it. */
export type Loaded = { result: ImportResult; review: Review; fileName?: string };

/** The set just stored; `replaced` when it took the place of the set of the same id. */
export type Stored = { id: string; title: string; title_en: string; count: number; replaced: boolean };

/** An own set with the id of the file's set: the file is most likely a new version of it. */
/**
 * The own set with the file's set id. `unrelated`: none of its questions is in the file (only the file's
 * name is the same, as questions.csv); `kept`: it was made or changed on this phone. Either way the
 * file is kept beside it unless the teacher says otherwise.
 */
export type Existing = {
	id: string;
	title: string;
	title_en: string;
	count: number;
	counts: ReplaceCounts;
	unrelated: boolean;
	kept: boolean;
};

/** Reads a chosen file's bytes, which the importer decodes; the page passes the browser's reader. */
export type ReadBytes = (file: File) => Promise<Uint8Array>;

export class ImportWorkflow {
	/** What was read last; undefined before anything is read. */
	loaded = $state.raw<Loaded | undefined>();
	/** The category of each question in file order: the file's, the proposed one, or the teacher's. */
	categories = $state.raw<(Category | undefined)[]>([]);
	/** The set's Gujarati title, prefilled from the file. */
	title = $state('');
	/** The set's English title, prefilled from the file. */
	titleEn = $state('');
	/** A failure that is not the file's fault: too large to read, unreadable, not saved. */
	failure = $state.raw<ImportFailure | undefined>();
	/** The set just stored. */
	stored = $state.raw<Stored | undefined>();
	/** A file is being read. */
	reading = $state(false);
	/** Reading or saving: the buttons wait. */
	busy = $state(false);
	/** The teacher agreed to import the good questions without those with mistakes. */
	leaveOut = $state(false);
	/** The set on this phone that the file is a version of, if any. */
	existing = $state.raw<Existing | undefined>();
	/** Whether importing replaces `existing` (else the file becomes a set of its own). */
	replace = $state(true);

	/** What pasted text is titled, in both languages: it has no file name to go by. */
	#pastedTitles: () => { title: string; title_en: string };
	/** What problems with pasted text call it. */
	#pastedName: () => string;
	#readBytes: ReadBytes;

	constructor(options: {
		pastedTitles: () => { title: string; title_en: string };
		pastedName: () => string;
		readBytes: ReadBytes;
	}) {
		this.#pastedTitles = options.pastedTitles;
		this.#pastedName = options.pastedName;
		this.#readBytes = options.readBytes;
	}

	/** Whether what was read was pasted rather than chosen as a file: the messages say "text", not "file". */
	get pasted(): boolean {
		return this.loaded !== undefined && this.loaded.fileName === undefined;
	}

	/** What problems with the whole file call it: its name, or "pasted text". */
	get subject(): string {
		return this.loaded?.fileName ?? this.#pastedName();
	}

	/** The problems that stop the import. */
	get errors() {
		return this.loaded?.review.problems.filter((p) => p.severity === 'error') ?? [];
	}

	/** Forgets what was read, stored or failed. */
	clear(): void {
		this.loaded = undefined;
		this.failure = undefined;
		this.stored = undefined;
		this.existing = undefined;
	}

	/** Reads a chosen or dropped file; a file too large is refused before it is read. */
	async readFile(file: File): Promise<void> {
		if (this.busy) return;
		this.clear();
		if (file.size > MAX_BYTES) {
			this.failure = { kind: 'too-large', name: file.name, size: file.size };
			return;
		}
		this.busy = this.reading = true;
		try {
			this.#show(importBytes(await this.#readBytes(file), file.name), file.name);
			await this.#findExisting();
		} catch {
			this.failure = { kind: 'unreadable', name: file.name };
		} finally {
			this.busy = this.reading = false;
		}
	}

	/** Reads pasted text. */
	async readPasted(text: string): Promise<void> {
		if (this.busy) return;
		this.clear();
		try {
			this.#show(importText(text));
		} catch {
			// the importers answer every text with problems; this is for one nobody foresaw
			this.failure = { kind: 'paste-unreadable' };
			return;
		}
		await this.#findExisting();
	}

	/** Gives question `index` a category. */
	choose(index: number, category: Category): void {
		this.categories = this.categories.map((c, i) => (i === index ? category : c));
	}

	/** Gives every question without a category this one. */
	chooseAll(category: Category): void {
		this.categories = this.categories.map((c) => c ?? category);
	}

	/**
	 * Stores the set in one transaction: all of it, or nothing. Returns whether it was stored;
	 * when the choices still stop it, their problems replace the preview's.
	 */
	async save(): Promise<boolean> {
		const current = this.loaded;
		if (!current || this.busy) return false;
		this.busy = true;
		this.failure = undefined;
		try {
			const choices = { categories: this.categories, title: this.title, titleEn: this.titleEn, leaveOut: this.leaveOut };
			const outcome = buildSet(current.result, choices, this.subject);
			if (!outcome.set) {
				this.loaded = { ...current, review: { ...current.review, problems: outcome.problems, blocked: true } };
				return false;
			}
			const replaced = this.existing && this.replace ? await replaceImportedSet(this.existing.id, outcome.set) : undefined;
			// the set to replace may have been deleted in another tab meanwhile: then it is simply new
			const record = replaced ?? (await addImportedSet(outcome.set));
			const { id, title, title_en, questions } = record.set;
			this.stored = { id, title, title_en, count: questions.length, replaced: replaced !== undefined };
			this.loaded = undefined;
			return true;
		} catch (error) {
			this.failure = { kind: 'not-saved', full: storageProblem(error) === 'full' };
			return false;
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Looks for the own set the file came from, for the teacher to replace: the set with the file's
	 * set id, else the one holding a question id the file names (a CSV or Anki export is named after
	 * the set's title, not its id).
	 */
	async #findExisting(): Promise<void> {
		const loaded = this.loaded;
		const incoming = loaded?.result.set ?? loaded?.result.meta;
		if (!loaded || !incoming || loaded.result.drafts.length === 0) return;
		const drafts = loaded.result.drafts;
		const named = new Set(drafts.flatMap((d) => (d.id === undefined ? [] : [d.id])));
		const old = await getTeacherSet(incoming.id)
			.then((byId) => byId ?? ownSetHolding(named))
			.catch(() => undefined);
		// another file may have been read meanwhile
		if (!old || this.loaded !== loaded) return;
		// drafts get the ids the stored set will have, so a fact changed under one counts as changed, not removed
		const ids = assignIds(drafts, old.set.id);
		const questions = loaded.result.set?.questions ?? drafts.map((d, i) => ({ ...d, id: ids[i]! }));
		const { id, title, title_en } = old.set;
		const counts = replaceCounts(old.set.questions, questions);
		// an unrelated set of the same file name was replaced by default, and lost
		const unrelated = counts.unchanged + counts.changed === 0;
		const kept = old.origin === 'new' || old.origin === 'copy' || editedHere(old);
		this.existing = { id, title, title_en, count: old.set.questions.length, counts, unrelated, kept };
		this.replace = !unrelated && !kept;
	}

	#show(result: ImportResult, fileName?: string): void {
		this.leaveOut = false;
		this.loaded = { result, review: reviewResult(result), fileName };
		this.categories = result.drafts.map((d) => d.category);
		const named = result.set ?? result.meta;
		const unnamed = fileName === undefined && result.meta?.title === suggestMeta(undefined).title;
		// pasted text has no name to go by: each title in its own language
		const titles = unnamed ? this.#pastedTitles() : { title: named?.title ?? '', title_en: named?.title_en ?? '' };
		this.title = titles.title;
		this.titleEn = titles.title_en;
	}
}
