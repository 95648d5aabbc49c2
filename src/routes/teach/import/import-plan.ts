/**
 * What the import page does with an importer's result, apart from drawing it: which problems to
 * show, which categories the teacher still has to choose, and the set that gets stored.
 */
import { hasErrors, problem, type Problem } from '$lib/bank/problems';
import type { Category, QuestionSet } from '$lib/bank/schema';
import { draftsToSet, type Draft, type ImportResult, type SetMeta } from '$lib/import';
import { cleanText } from '$lib/text/normalize';

/** The problems a preview shows, and whether any of them (or an empty file) stops the import. */
export type Review = { problems: Problem[]; blocked: boolean };

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
	const shown = result.problems.filter((p) => p.code !== 'categories-to-choose');
	if (result.set || result.drafts.length === 0 || hasErrors(result.problems) || !result.meta)
		return { problems: shown, blocked: hasErrors(shown) || result.drafts.length === 0 };
	// categories only decide whether a kind is allowed, and withCategory keeps that right
	const trial = draftsToSet(
		result.drafts.map((d) => withCategory(d, d.category ?? 'date')),
		result.meta,
		file
	);
	const problems = [...shown, ...trial.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return { problems, blocked: hasErrors(problems) };
}

/** How many questions each category has, and how many have none yet. */
export function countChoices(choices: readonly (Category | undefined)[]): Record<Category | 'none', number> {
	const counts = { date: 0, person: 0, place: 0, none: 0 };
	for (const c of choices) counts[c ?? 'none']++;
	return counts;
}

/** What the teacher decided in the preview. */
export type Choices = {
	/** The category of each draft, in file order. */
	categories: readonly (Category | undefined)[];
	title: string;
	titleEn: string;
};

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
 * The set to store from a result and the teacher's choices, or the problems that stop it (a
 * category still missing, a title the schema refuses). Its ids are the file's: storing it
 * gives it free ones where another set has them.
 */
export function buildSet(result: ImportResult, choices: Choices, file: string): { set?: QuestionSet; problems: Problem[] } {
	const titles = cleanTitles(choices);
	if (!titlesReady(choices)) return { problems: [problem('title-length', { file, field: 'title' }, { max: MAX_TITLE })] };
	if (result.format === 'json' && result.set) return { set: { ...result.set, ...titles }, problems: [] };
	if (!result.meta) return { problems: [] };
	const drafts = result.drafts.map((d, i) => {
		const category = choices.categories[i];
		return category ? withCategory(d, category) : d;
	});
	const meta: SetMeta = { id: result.meta.id, ...titles };
	return draftsToSet(drafts, meta, file);
}
