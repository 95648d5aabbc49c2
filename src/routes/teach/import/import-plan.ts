/**
 * What the import page does with an importer's result, apart from drawing it: which problems to
 * show, which categories the teacher still has to choose, and the record that gets stored.
 */
import type { Category, QuestionSet } from '$lib/bank/schema';
import { WHOLE_FILE } from '$lib/bank/validate';
import type { TeacherSetRecord } from '$lib/db/schema';
import {
	draftsToSet,
	importedArticle,
	isBlocked,
	type Draft,
	type ImportProblem,
	type ImportResult,
	type SetMeta
} from '$lib/import';
import { cleanText } from '$lib/text/normalize';

/** The longest id the schema allows. */
const MAX_ID = 80;

/** The problems a preview shows, and whether any of them (or an empty file) stops the import. */
export type Review = { problems: ImportProblem[]; blocked: boolean };

/** A draft with the category the teacher chose; a kind only stays with a place. */
export function withCategory(draft: Draft, category: Category): Draft {
	const { kind, ...rest } = draft;
	return category === 'place' && kind ? { ...rest, category, kind } : { ...rest, category };
}

/**
 * The problems to show before anything is saved. The importer's count of questions without a
 * category is left out (the page counts them live); when categories are still to choose, the
 * set's other checks run now with stand-in categories, so no problem waits until "Import".
 */
export function reviewResult(result: ImportResult, file: string): Review {
	const shown = result.problems.filter((p) => p.blocking || p.field !== 'category');
	if (result.set || result.drafts.length === 0 || isBlocked(result.problems) || !result.meta)
		return { problems: shown, blocked: isBlocked(shown) || result.drafts.length === 0 };
	// categories only decide whether a kind is allowed, and withCategory keeps that right
	const trial = draftsToSet(
		result.drafts.map((d) => withCategory(d, d.category ?? 'date')),
		result.meta,
		file
	);
	const problems = [...shown, ...trial.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return { problems, blocked: isBlocked(problems) };
}

/** How many questions each category has, and how many have none yet. */
export function countChoices(choices: readonly (Category | undefined)[]): Record<Category | 'none', number> {
	const counts = { date: 0, person: 0, place: 0, none: 0 };
	for (const c of choices) counts[c ?? 'none']++;
	return counts;
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken, within the schema's length. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const id = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
		if (!taken.has(id)) return id;
	}
}

/**
 * The set with ids no other set uses: the quiz drops a question whose id another set already
 * has, so a clashing question id gets a suffix too.
 */
function withFreeIds(set: QuestionSet, id: string, takenQuestions: ReadonlySet<string>): QuestionSet {
	// a question with no source text points to its set's pseudo article, which moves with the id
	const oldArticle = importedArticle(set.id);
	const listed = set.articles.some((a) => a.file === oldArticle);
	const used = new Set(takenQuestions);
	const questions = set.questions.map((q) => {
		const questionId = freeId(q.id, used);
		used.add(questionId);
		const article = q.article === oldArticle && !listed ? importedArticle(id) : q.article;
		return { ...q, id: questionId, article };
	});
	return { ...set, id, questions };
}

/** What the teacher decided in the preview. */
export type Choices = {
	/** The category of each draft, in file order. */
	categories: readonly (Category | undefined)[];
	title: string;
	titleEn: string;
};

/** Ids already in use in the library. */
export type TakenIds = { sets: ReadonlySet<string>; questions: ReadonlySet<string> };

/** The longest title the schema allows. */
export const MAX_TITLE = 300;

/** The titles as stored: cleaned like imported text. */
export function cleanTitles(choices: Pick<Choices, 'title' | 'titleEn'>): { title: string; title_en: string } {
	return { title: cleanText(choices.title), title_en: cleanText(choices.titleEn) };
}

/** Whether both titles are there and short enough to store. */
export function titlesReady(choices: Pick<Choices, 'title' | 'titleEn'>): boolean {
	return Object.values(cleanTitles(choices)).every((t) => t !== '' && t.length <= MAX_TITLE);
}

/**
 * The set to store from a result and the teacher's choices, under ids no other set uses;
 * or the problems that stop it (a category still missing, a title the schema refuses).
 */
export function buildSet(
	result: ImportResult,
	choices: Choices,
	file: string,
	taken: TakenIds
): { set?: QuestionSet; problems: ImportProblem[] } {
	const titles = cleanTitles(choices);
	if (!titlesReady(choices)) {
		const message = `must be 1 to ${MAX_TITLE} characters`;
		return { problems: [{ file, field: 'title', message, blocking: true }] };
	}
	if (result.format === 'json' && result.set) {
		const set = { ...result.set, ...titles };
		return { set: withFreeIds(set, freeId(set.id, taken.sets), taken.questions), problems: [] };
	}
	if (!result.meta) return { problems: [] };
	const drafts = result.drafts.map((d, i) => {
		const category = choices.categories[i];
		return category ? withCategory(d, category) : d;
	});
	const meta: SetMeta = { id: freeId(result.meta.id, taken.sets), ...titles };
	const outcome = draftsToSet(drafts, meta, file);
	if (!outcome.set) return outcome;
	return { ...outcome, set: withFreeIds(outcome.set, meta.id, taken.questions) };
}

/** The database record of a newly imported set. */
export function importRecord(set: QuestionSet, now: number): TeacherSetRecord {
	return { id: set.id, set, sources: {}, origin: 'import', createdAt: now, updatedAt: now };
}

/** Whether a problem is about the whole file rather than a field or a question. */
export const isWholeFile = (p: ImportProblem) => p.field === WHOLE_FILE;

/**
 * A problem as the page shows it after its line: what is wrong, in the importer's words. The
 * file's own name (or `subject`) leads a problem with the whole file.
 */
export function problemDetail(p: ImportProblem, subject: string): string {
	if (isWholeFile(p)) return `${subject}: ${p.message}`;
	return `${p.questionId === undefined ? '' : `${p.questionId}: `}${p.field}: ${p.message}`;
}
