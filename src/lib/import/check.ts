/**
 * The bank checker's rules for an imported set, whose article texts are not at hand: everything
 * is checked except that the articles exist and hold the quotes, and that every place has a kind.
 */
import * as v from 'valibot';
import { ArticleRefSchema } from '../bank/schema';
import { validateSet, type BankReport } from '../bank/validate';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An article file name as a set may list it. */
const ARTICLE_FILE = /^[^/\\]+\.txt$/;

/**
 * Checks a set as `validateSet` does, but without article texts: the articles its questions name
 * are taken as listed and present. A place may lack its kind: a teacher's file seldom says what
 * sort of place an answer is, and the quiz copes without. The sets returned keep the articles
 * the file listed.
 */
export function checkImportedSet(file: string, data: unknown): BankReport {
	const questions = isRecord(data) && Array.isArray(data.questions) ? data.questions.filter(isRecord) : [];
	const placesWithoutKind = new Set(
		questions.flatMap((q) => (q.category === 'place' && q.kind === undefined && typeof q.id === 'string' ? [q.id] : []))
	);
	const relaxed = (p: { questionId?: string; field: string }) =>
		p.questionId !== undefined && p.field === 'kind' && placesWithoutKind.has(p.questionId);

	// a list of articles that is not a list is the file's own mistake, reported as it stands
	if (!isRecord(data) || !(data.articles === undefined || Array.isArray(data.articles))) {
		const report = validateSet(file, data, new Map());
		return { sets: report.sets, problems: report.problems.filter((p) => !relaxed(p)) };
	}
	const listed: unknown[] = Array.isArray(data.articles) ? data.articles : [];
	const names = new Set(listed.flatMap((ref) => (isRecord(ref) && typeof ref.file === 'string' ? [ref.file] : [])));
	const unlisted = new Set(
		questions.flatMap((q) =>
			typeof q.article === 'string' && ARTICLE_FILE.test(q.article) && !names.has(q.article) ? [q.article] : []
		)
	);
	const added = [...unlisted].map((name) => ({ file: name, headline: '-', headline_en: '-' }));
	const articles = [...listed, ...added];
	const report = validateSet(file, { ...data, articles }, new Map());

	// with no texts given, every well-formed article entry is reported missing: not a problem here
	const present = new Set(articles.flatMap((ref, i) => (v.is(ArticleRefSchema, ref) ? [`articles[${i}].file`] : [])));
	return {
		sets: report.sets.map((set) => ({ ...set, articles: set.articles.slice(0, listed.length) })),
		problems: report.problems.filter((p) => !relaxed(p) && (p.questionId !== undefined || !present.has(p.field)))
	};
}
