/**
 * Drafts to a question set. A teacher's question has no article: it names the set's own
 * pseudo article `<set-id>.txt`, which the set does not list (so nothing claims a text exists),
 * and its quote is a sentence made from the question itself.
 */
import { freeId, isValidId, ownArticleFile, questionIdFor } from '../bank/ids';
import { hasErrors, problem, type Problem } from '../bank/problems';
import type { Question, QuestionSet } from '../bank/schema';
import { validateSet } from '../bank/validate';
import { IMPORT_CHECKS, repeatByLine } from './check';
import { factSentence } from '../bank/fact-sentence';
import type { Draft, SetMeta } from './types';

/**
 * The set of drafts, or the problems that stop it; problems that do not stop it come too.
 * `left` counts the drafts a partial build left out for their errors.
 */
export type SetOutcome = { set?: QuestionSet; problems: Problem[]; left?: number; kept?: Kept[] };

/** A draft a partial build kept: its place among the drafts given, and the id it was given. */
export type Kept = { index: number; id: string };

/** Whether a question's source text is unknown: it points to its set's pseudo article. */
export function hasNoSource(set: Pick<QuestionSet, 'id' | 'articles'>, question: Pick<Question, 'article'>): boolean {
	return question.article === ownArticleFile(set.id) && !set.articles.some((a) => a.file === question.article);
}

export { factSentence };

/** Ids for drafts: the file's own where valid and unique, else made from the prompt. */
export function assignIds(drafts: Draft[], setId: string): string[] {
	const used = new Set<string>();
	const ids = drafts.map((d) => {
		const own = d.id !== undefined && isValidId(d.id) && !used.has(d.id) ? d.id : undefined;
		if (own) used.add(own);
		return own;
	});
	return ids.map((own, i) => {
		if (own) return own;
		const id = freeId(questionIdFor(setId, drafts[i]!.prompt), used);
		used.add(id);
		return id;
	});
}

/**
 * Turns drafts into a set. Every draft needs a category. A question without source text gets
 * article `<set-id>.txt` (not listed in `articles`), quote = `factSentence`, and en = its
 * English text if the file had one, else the same sentence. The schema's problems block;
 * the bank checker's other findings (a prompt that gives the answer away, a repeated prompt)
 * come back as non-blocking problems with the set.
 */
export function draftsToSet(drafts: Draft[], meta: SetMeta, file: string): SetOutcome {
	const missing = drafts.filter((d) => d.category === undefined);
	if (missing.length > 0)
		return { problems: missing.map((d) => problem('category-to-choose', { file, field: 'category', line: d.line })) };
	const ids = assignIds(drafts, meta.id);
	const article = ownArticleFile(meta.id);
	const questions = drafts.map((d, i) => {
		const quote = d.quote ?? factSentence(d.prompt, d.answer);
		return {
			id: ids[i]!,
			category: d.category!,
			...(d.kind && { kind: d.kind }),
			prompt: d.prompt,
			answer: d.answer,
			accept: d.accept,
			article,
			quote,
			en: d.en ?? quote,
			...(d.distractors.length > 0 && { distractors: d.distractors }),
			...(d.explanation && { explanation: d.explanation }),
			...(d.statement && { statement: d.statement }),
			...(d.numeric && { numeric: d.numeric }),
			...(d.feedback && d.feedback.length > 0 && { feedback: d.feedback }),
			...(d.tags && d.tags.length > 0 && { tags: d.tags })
		};
	});
	const data = { id: meta.id, title: meta.title, title_en: meta.title_en, lang: 'gu', articles: [], questions };
	const report = validateSet(file, data, IMPORT_CHECKS);
	const set = report.sets[0];
	const lineOf = new Map(ids.map((id, i) => [id, drafts[i]!.line]));
	const problems = report.problems.map((found) => {
		const p = repeatByLine(found, (_, otherId) => lineOf.get(otherId));
		const line = p.questionId === undefined ? undefined : lineOf.get(p.questionId);
		return line === undefined ? p : { ...p, line };
	});
	// a set the checks find errors in is not a set students can be given
	return { ...(set && !hasErrors(problems) && { set }), problems };
}

/**
 * The set of the drafts that pass the checks: drafts with errors (an answer too long, a
 * distractor that is the answer) are left out, with their problems kept for the teacher, and the
 * others keep the ids they would have had with them. `kept` then says which were kept.
 */
export function draftsToGoodSet(drafts: Draft[], meta: SetMeta, file: string): SetOutcome {
	const whole = draftsToSet(drafts, meta, file);
	if (whole.set || whole.problems.some((p) => p.severity === 'error' && p.questionId === undefined)) return whole;
	const ids = assignIds(drafts, meta.id);
	const bad = new Set(whole.problems.flatMap((p) => (p.severity === 'error' && p.questionId !== undefined ? [p.questionId] : [])));
	const kept = ids.flatMap((id, index) => (bad.has(id) ? [] : [{ index, id }]));
	if (kept.length === 0 || kept.length === drafts.length) return whole;
	const rest = draftsToSet(
		kept.map(({ index, id }) => ({ ...drafts[index]!, id })),
		meta,
		file
	);
	if (!rest.set) return whole;
	return { set: rest.set, problems: whole.problems, left: drafts.length - kept.length, kept };
}
