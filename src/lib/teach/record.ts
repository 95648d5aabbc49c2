/**
 * A teacher's set as the editor keeps it: how a new one starts, a blank question, and the
 * fields that follow from others (the set's own article, a fact sentence for a question with
 * no source text), worked out the same way every time the set is saved.
 */
import type { Category } from '../bank/categories';
import { numberedQuestionId, ownArticleFile, type SetWithSources } from '../bank/ids';
import type { ArticleRef, Question, QuestionSet } from '../bank/schema';
import type { TeacherSetRecord } from '../db/schema';
import { factSentence, hasNoSource } from '../import/to-set';

/** The headline of the set's own article while the set has no title yet. */
export const NO_TITLE = '-';

/** The record that stores a set, new at `now`: every way a set is made ends here. */
export function makeRecord(
	origin: TeacherSetRecord['origin'],
	{ set, sources }: SetWithSources,
	now: number,
	lastQuestion?: number
): TeacherSetRecord {
	return {
		id: set.id,
		set,
		sources,
		origin,
		createdAt: now,
		updatedAt: now,
		...(lastQuestion !== undefined && { lastQuestion })
	};
}

/** A new set of the teacher's, with one blank question (a set needs at least one). */
export function newSetRecord(id: string, now: number): TeacherSetRecord {
	const first = blankQuestion(numberedQuestionId(id, 1), ownArticleFile(id));
	const set: QuestionSet = { id, title: '', title_en: '', lang: 'gu', articles: [], questions: [first] };
	return makeRecord('new', { set, sources: {} }, now, 1);
}

/** Whether a set is a new one that was never saved since it was made: nothing was typed in it. */
export function untouchedNewSet(record: Pick<TeacherSetRecord, 'origin' | 'createdAt' | 'updatedAt'>): boolean {
	return record.origin === 'new' && record.createdAt === record.updatedAt;
}

/** Whether an article has source text in the record. */
export function hasText(sources: Readonly<Record<string, string>>, file: string): boolean {
	return (sources[file] ?? '').trim() !== '';
}

/**
 * The article a new question of the set points to: the first listed article with source text,
 * else the set's own article `<set-id>.txt` (which is the set's pseudo article while it has none).
 */
export function defaultArticle(set: Pick<QuestionSet, 'id' | 'articles'>, sources: Readonly<Record<string, string>>): string {
	return set.articles.find((a) => hasText(sources, a.file))?.file ?? ownArticleFile(set.id);
}

/** An empty question with the given id. */
export function blankQuestion(id: string, article: string, category: Category = 'date'): Question {
	return { id, category, prompt: '', answer: '', accept: [], article, quote: '', en: '' };
}

/** Lines of a text box as a list: each line trimmed, empty lines dropped. */
export function linesToList(text: string): string[] {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/** One question as it is stored: text trimmed, empty optional fields left out, a kind only for a place. */
function tidyQuestion(q: Question, noSource: boolean): Question {
	const prompt = q.prompt.trim();
	const answer = q.answer.trim();
	const distractors = (q.distractors ?? []).map((d) => d.trim()).filter((d) => d !== '');
	const explanation = q.explanation?.trim() ?? '';
	const statement = q.statement?.trim() ?? '';
	// without a source text, the quote is the fact itself, kept in step with the question
	const quote = noSource ? factSentence(prompt, answer) : q.quote.trim();
	// no English given (or the fact this put there before the question changed): the fact stands in, as on import
	const en = q.en.trim() === '' || q.en.trim() === q.quote.trim() ? quote : q.en.trim();
	return {
		id: q.id,
		category: q.category,
		...(q.category === 'place' && q.kind !== undefined && { kind: q.kind }),
		prompt,
		answer,
		accept: q.accept.map((a) => a.trim()).filter((a) => a !== ''),
		article: q.article,
		quote,
		en,
		...(distractors.length > 0 && { distractors }),
		...(explanation !== '' && { explanation }),
		...(statement !== '' && { statement }),
		// what the editor does not show yet stays as the file brought it
		...(q.numeric && { numeric: q.numeric }),
		...(q.feedback && q.feedback.length > 0 && { feedback: q.feedback }),
		...(q.tags && q.tags.length > 0 && { tags: q.tags })
	};
}

/**
 * The record as it is saved. Source texts that are empty are dropped. The set's own article
 * `<set-id>.txt` is listed exactly when it has source text, headed by the set's titles. A
 * question with no source text gets the fact sentence as its quote. Other listed articles (from
 * a copy or an import) stay as they are, with or without text.
 */
export function normalizeRecord<R extends Pick<TeacherSetRecord, 'set' | 'sources'>>(record: R): R {
	const sources = Object.fromEntries(Object.entries(record.sources).filter(([, text]) => text.trim() !== ''));
	const set = record.set;
	const own = ownArticleFile(set.id);
	const title = set.title.trim();
	const titleEn = set.title_en.trim();
	const ownRef: ArticleRef = { file: own, headline: title || NO_TITLE, headline_en: titleEn || NO_TITLE };
	const at = set.articles.findIndex((a) => a.file === own);
	const others = set.articles.filter((a) => a.file !== own);
	const articles = !hasText(sources, own)
		? others
		: at === -1
			? [...others, ownRef]
			: [...others.slice(0, at), ownRef, ...others.slice(at)];
	const listed = { id: set.id, articles };
	const questions = set.questions.map((q) => tidyQuestion(q, hasNoSource(listed, q)));
	return { ...record, sources, set: { ...set, title, title_en: titleEn, articles, questions } };
}

/** One source-text box of the editor: an article file, and its headline unless it is the set's own. */
export type SourceBox = { file: string; headline?: string };

/**
 * The source texts the editor offers. A set that lists no other article has one box, for its
 * own article `<set-id>.txt`, whether or not text is in it yet; a set that lists others (a copy,
 * an import) has one box per listed article.
 */
export function sourceBoxes(set: Pick<QuestionSet, 'id' | 'articles'>): SourceBox[] {
	const own = ownArticleFile(set.id);
	if (set.articles.every((a) => a.file === own)) return [{ file: own }];
	return set.articles.map((a) => (a.file === own ? { file: own } : { file: a.file, headline: a.headline }));
}
