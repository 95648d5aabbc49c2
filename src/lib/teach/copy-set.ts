/**
 * "Copy to edit": a set the teacher can change, made from a built-in one. The copy gets its own
 * set id, question ids and article file names (two sets naming one article would list it twice),
 * and keeps the article texts as its sources so every quote is still checked.
 */
import { copiedArticleFile, numberedQuestionId } from '../bank/ids';
import type { QuestionSet } from '../bank/schema';
import type { TeacherSetRecord } from '../db/schema';
import { makeRecord } from './record';

/** What the copy is called and when it is made. */
export type CopyOptions = {
	/** A set id no set has yet (see `stampedSetId`). */
	id: string;
	now: number;
	title: string;
	title_en: string;
};

/**
 * A copy of `set` as a new own set. `texts` maps the original's article file names to their text;
 * an article whose text is missing is copied without it (its quotes are then not checked).
 */
export function copySet(set: QuestionSet, texts: ReadonlyMap<string, string>, options: CopyOptions): TeacherSetRecord {
	const { id, now } = options;
	const renamed = new Map(set.articles.map((a, i) => [a.file, copiedArticleFile(id, i)]));
	const articles = set.articles.map((a) => ({ ...a, file: renamed.get(a.file)! }));
	const sources: Record<string, string> = {};
	for (const a of set.articles) {
		const text = texts.get(a.file);
		if (text !== undefined) sources[renamed.get(a.file)!] = text;
	}
	const questions = set.questions.map((q, i) => ({
		...q,
		id: numberedQuestionId(id, i + 1),
		accept: [...q.accept],
		...(q.distractors && { distractors: [...q.distractors] }),
		// a checked set's questions all name listed articles; anything else is kept as it was
		article: renamed.get(q.article) ?? q.article
	}));
	const copy: QuestionSet = { id, title: options.title, title_en: options.title_en, lang: 'gu', articles, questions };
	return makeRecord('copy', { set: copy, sources }, now, questions.length);
}
