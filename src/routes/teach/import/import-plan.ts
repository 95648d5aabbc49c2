/**
 * What the import page does with an importer's result, apart from drawing it: which problems to
 * show, which categories the teacher still has to choose, and the set that gets stored.
 */
import { problem, type Problem } from '$lib/bank/problems';
import type { Category, QuestionSet } from '$lib/bank/schema';
import { draftsToGoodSet, type Draft, type ImportResult, type SetMeta } from '$lib/import';
import { cleanText } from '$lib/text/normalize';

/**
 * The problems a preview shows; whether the file gives nothing to import (`blocked`); and how
 * many of its questions have mistakes (`left`), which are left out only when the teacher says so.
 */
export type Review = { problems: Problem[]; blocked: boolean; left: number };

/** A draft with the category the teacher chose; a kind only stays with a place. */
export function withCategory(draft: Draft, category: Category): Draft {
	const { kind, ...rest } = draft;
	return category === 'place' && kind ? { ...rest, category, kind } : { ...rest, category };
}

/**
 * The problems to show before anything is saved: the importer already checked the set with
 * stand-in categories, so every problem is known now. Its count of questions without a category
 * is left out (the page counts them live).
 */
export function reviewResult(result: ImportResult): Review {
	const problems = result.problems.filter((p) => p.code !== 'categories-to-choose');
	return { problems, blocked: result.drafts.length === 0, left: result.left ?? 0 };
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
	/** The teacher agreed to leave out the questions with mistakes. */
	leaveOut?: boolean;
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
	// questions with mistakes are never dropped without the teacher's word
	if ((result.left ?? 0) > 0 && !choices.leaveOut) return { problems: result.problems };
	if (!titlesReady(choices)) return { problems: [problem('title-length', { file, field: 'title' }, { max: MAX_TITLE })] };
	if (result.format === 'json' && result.set) return { set: { ...result.set, ...titles }, problems: [] };
	if (!result.meta) return { problems: [] };
	const drafts = result.drafts.map((d, i) => {
		const category = choices.categories[i];
		return category ? withCategory(d, category) : d;
	});
	const meta: SetMeta = { id: result.meta.id, ...titles };
	const outcome = draftsToGoodSet(drafts, meta, file);
	// the preview showed every question it keeps: one more left out now would go unseen
	return outcome.left ? { problems: outcome.problems } : outcome;
}
