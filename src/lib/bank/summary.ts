import { CATEGORIES, type ArticleRef, type Category, type QuestionSet } from './schema';

/** What Home shows of a set: its titles and how many questions it has of each category. */
export interface SetSummary {
	id: string;
	title: string;
	title_en: string;
	total: number;
	counts: Record<Category, number>;
	articles: ArticleRef[];
}

/** Counts a set's questions per category. */
export function summarizeSet(set: QuestionSet): SetSummary {
	const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
	for (const q of set.questions) counts[q.category] += 1;
	return {
		id: set.id,
		title: set.title,
		title_en: set.title_en,
		total: set.questions.length,
		counts,
		articles: set.articles
	};
}
