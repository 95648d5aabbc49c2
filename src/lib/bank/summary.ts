import { CATEGORIES, type Category } from './categories.ts';
import type { ArticleRef, QuestionSet } from './schema';

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

/** One line on success, for the command line: how many questions each set has, per category. */
export function summarizeBank(sets: QuestionSet[]): string {
	const total = sets.reduce((n, s) => n + s.questions.length, 0);
	const perSet = sets.map((s) => {
		const { id, total, counts } = summarizeSet(s);
		const perCategory = CATEGORIES.map((c) => `${c} ${counts[c]}`).join(', ');
		return `${id} ${total} (${perCategory})`;
	});
	return [`${plural(sets.length, 'set')}, ${plural(total, 'question')}`, ...perSet].join('; ');
}

/** One line after the problems, for the command line: how many, in how many files. */
export function summarizeProblems(problems: readonly { file: string }[]): string {
	const files = new Set(problems.map((p) => p.file)).size;
	return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
