/**
 * Drafts to a question set. A teacher's question has no article: it names the set's own
 * pseudo article `<set-id>.txt`, which the set does not list (so nothing claims a text exists),
 * and its quote is a sentence made from the question itself.
 */
import type { Question, QuestionSet } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import { gujaratiToLatin } from '../text/translit';
import { checkImportedSet } from './check';
import { BLANK, isValidId, problem } from './shared';
import type { Draft, ImportProblem, SetMeta } from './types';

/** The set of drafts, or the problems that stop it; problems that do not stop it come too. */
export type SetOutcome = { set?: QuestionSet; problems: ImportProblem[] };

/** The article file name an imported set's questions point to; no such file exists. */
export function importedArticle(setId: string): string {
	return `${setId}.txt`;
}

/** Whether a question's source text is unknown: it points to its set's pseudo article. */
export function hasNoSource(set: Pick<QuestionSet, 'id' | 'articles'>, question: Pick<Question, 'article'>): boolean {
	return question.article === importedArticle(set.id) && !set.articles.some((a) => a.file === question.article);
}

/**
 * A sentence that states the fact, for a question with no source text: a missing-word
 * question with its blank filled in, else the prompt and the answer side by side.
 */
export function factSentence(prompt: string, answer: string): string {
	const parts = prompt.split(BLANK);
	const sentence = parts.length === 2 ? parts.join(answer) : `${prompt} — ${answer}`;
	// the schema's limit; a prompt near it is rare enough to cut rather than refuse
	return sentence.slice(0, 2000);
}

/** A set id from a file name: Gujarati put in Latin letters, lower case, hyphens ("gk-quiz"). */
export function setIdFromName(fileName: string): string {
	const base = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
	const slug = gujaratiToLatin(base)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, 60)
		.replace(/^-+|-+$/g, '');
	return slug === '' ? 'imported' : slug;
}

/** FNV-1a: a small, fast, stable hash; ids only need to differ, not to be secret. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36).padStart(7, '0');
}

/**
 * A question id from the set id and the prompt, so the same question keeps its id (and the
 * learner's progress) when the file is imported again, even in another order.
 */
export function questionIdFor(setId: string, prompt: string): string {
	const prefix = setId.slice(0, 68).replace(/-+$/, '');
	return `${prefix}-${hash(normalizeForMatch(prompt))}`;
}

/** Ids for drafts: the file's own where valid and unique, else made from the prompt. */
function assignIds(drafts: Draft[], setId: string): string[] {
	const used = new Set<string>();
	const ids = drafts.map((d) => {
		const own = d.id !== undefined && isValidId(d.id) && !used.has(d.id) ? d.id : undefined;
		if (own) used.add(own);
		return own;
	});
	return ids.map((own, i) => {
		if (own) return own;
		const base = questionIdFor(setId, drafts[i]!.prompt);
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
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
	if (missing.length > 0) {
		const message = 'is not known: choose date, person or place';
		return { problems: missing.map((d) => problem(file, 'category', message, { line: d.line })) };
	}
	const ids = assignIds(drafts, meta.id);
	const article = importedArticle(meta.id);
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
			...(d.explanation && { explanation: d.explanation })
		};
	});
	const data = { id: meta.id, title: meta.title, title_en: meta.title_en, lang: 'gu', articles: [], questions };
	const report = checkImportedSet(file, data);
	const set = report.sets[0];
	const lineOf = new Map(ids.map((id, i) => [id, drafts[i]!.line]));
	const problems = report.problems.map((p) => {
		const line = p.questionId === undefined ? undefined : lineOf.get(p.questionId);
		return { ...p, ...(line !== undefined && { line }), blocking: set === undefined };
	});
	return { ...(set && { set }), problems };
}
