/**
 * Checks question sets: the valibot schema first, then what a schema cannot see (quotes copied
 * from their article, answers inside their quotes, ids and prompts unique across the whole bank).
 * Pure: files and articles come in as values, problems go out as coded records. How strict a
 * check is depends on where the set comes from; callers say so with `CheckOptions`.
 */
import * as v from 'valibot';
import { normalizeForMatch, normalizeForSearch } from '../text/normalize.ts';
import { ARTICLE_FILE_PATTERN } from './ids.ts';
import { problemKey, type Problem, type ProblemCode, type ProblemParams, type Severity } from './problems.ts';
import { ArticleRefSchema, QuestionSchema, QuestionSetSchema, type Question, type QuestionSet } from './schema.ts';
import { issueToProblem, kindOf, unknownFields, type Unplaced } from './schema-issues.ts';

export { parseJson, type ParsedJson } from './parse-json.ts';

/** A set file as read from disk or an upload: its name and its parsed JSON. */
export type SetFile = { file: string; data: unknown };

/** The sets that matched the schema (even if other checks failed) and every problem found. */
export type BankReport = { sets: QuestionSet[]; problems: Problem[] };

/** How a use of the checker differs from the bank's, where every finding is an error. */
export type CheckOptions = {
	/** Article texts by file name: quotes are checked against them. */
	texts: ReadonlyMap<string, string>;
	/**
	 * What an article named without its text here is: missing (the bank), or present with its
	 * quotes unchecked (a teacher's set whose text was not pasted, an imported file).
	 */
	missingText?: 'missing' | 'trusted';
	/** The severity of a finding where it differs from 'error'; 'off' leaves it out. */
	severity?: Partial<Record<ProblemCode, Severity | 'off'>>;
};

/** The codes of the checks after the schema: they look across fields, at articles and at other sets. */
export const AFTER_SCHEMA: readonly ProblemCode[] = [
	'no-article-file',
	'article-not-listed',
	'place-needs-kind',
	'kind-not-place',
	'quote-not-in-article',
	'answer-not-in-quote',
	'answer-not-in-statement',
	'gives-away',
	'distractor-is-answer',
	'distractor-is-accept',
	'distractor-repeats',
	'duplicate-set-id',
	'duplicate-question-id',
	'duplicate-prompt'
];

/** Checks one set on its own; ids and prompts are compared within the set only. */
export function validateSet(file: string, data: unknown, options: CheckOptions): BankReport {
	return validateBank([{ file, data }], options);
}

/**
 * Checks every set of a bank against the schema, its articles and each other.
 * Problems come in file order, then question order; set-level problems before a file's questions.
 */
export function validateBank(files: SetFile[], options: CheckOptions): BankReport {
	const checked = files.map((f, index) => checkSet(f.file, index, f.data, options));
	const found = [...checked.flatMap((c) => c.found), ...checkDuplicates(checked)];
	found.sort((a, b) => a.fileIndex - b.fileIndex || a.questionIndex - b.questionIndex);
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const { problem } of found) {
		const level = options.severity?.[problem.code] ?? 'error';
		const key = problemKey(problem);
		// the same mistake can be seen by the schema and by a later check
		if (level === 'off' || seen.has(key)) continue;
		seen.add(key);
		problems.push({ ...problem, severity: level });
	}
	return { sets: checked.flatMap((c) => (c.set ? [c.set] : [])), problems };
}

/** A problem with where it sorts: its file's position and its question's (-1 for the set). */
type Found = { problem: Problem; fileIndex: number; questionIndex: number };

/** A question that passed the schema, with its position in the file and its prompt's key (`normalizeForMatch`). */
type Placed = { question: Question; index: number; promptKey: string };

type CheckedSet = {
	file: string;
	fileIndex: number;
	setId: string | undefined;
	set: QuestionSet | undefined;
	questions: Placed[];
	found: Found[];
};

/** One finding of the checks after the schema, before it is placed in its file. */
type Finding = { [C in ProblemCode]: { code: C; field: string; params: ProblemParams[C] } }[ProblemCode];

/** A finding with the place every problem of one set shares. */
function found(file: string, fileIndex: number, questionIndex: number, f: Finding & { questionId?: string }): Found {
	const problem = { ...f, file, severity: 'error' } as Problem;
	return { problem, fileIndex, questionIndex };
}

function checkSet(file: string, fileIndex: number, data: unknown, options: CheckOptions): CheckedSet {
	const all: Found[] = [];
	const add = (questionIndex: number, f: Unplaced['finding']) => all.push(found(file, fileIndex, questionIndex, f));

	// valibot takes an array for an object with every field missing; one plain line says more
	if (!isRecord(data)) {
		add(-1, { code: 'not-an-object', field: '(file)', params: { found: kindOf(data) } });
		return { file, fileIndex, setId: undefined, set: undefined, questions: [], found: all };
	}
	const parsed = v.safeParse(QuestionSetSchema, data);
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const { questionIndex, finding } = issueToProblem(data, issue);
			add(questionIndex, finding);
		}
	}
	for (const { questionIndex, finding } of unknownFields(data)) add(questionIndex, finding);

	const set = parsed.success ? parsed.output : undefined;
	// the good questions of a set with a bad one are still checked: one run shows every mistake
	const refs = set ? set.articles.map((item, index) => ({ item, index })) : validItems(data.articles, ArticleRefSchema);
	// each prompt keyed once, for its own checks and the duplicate check across the bank
	const placed = (question: Question, index: number): Placed => ({ question, index, promptKey: normalizeForMatch(question.prompt) });
	const questions = set
		? set.questions.map(placed)
		: validItems(data.questions, QuestionSchema).map((r) => placed(r.item, r.index));

	const trusted = (name: string) =>
		options.missingText === 'trusted' && ARTICLE_FILE_PATTERN.test(name) && !options.texts.has(name);
	for (const { item, index } of refs) {
		if (!options.texts.has(item.file) && !trusted(item.file))
			add(-1, { code: 'no-article-file', field: `articles[${index}].file`, params: { file: item.file } });
	}
	// an entry whose headline is wrong still lists its file: that mistake is reported on the entry
	const listed = new Set(listedFiles(data.articles));
	const texts = nfcTexts(options.texts);
	for (const { question, index, promptKey } of questions) {
		for (const finding of checkQuestion(question, promptKey, listed, texts, trusted)) {
			add(index, { questionId: question.id, ...finding });
		}
	}
	const setId = typeof data.id === 'string' && data.id !== '' ? data.id : undefined;
	return { file, fileIndex, setId, set, questions, found: all };
}

/**
 * The article texts in NFC, each normalised the first time a question asks for it: once per set,
 * not once per question (a 10,000-question set on one long article spent most of its check here).
 */
function nfcTexts(texts: ReadonlyMap<string, string>): Pick<ReadonlyMap<string, string>, 'get' | 'has'> {
	const done = new Map<string, string>();
	return {
		has: (name) => texts.has(name),
		get(name) {
			if (!done.has(name)) {
				const text = texts.get(name);
				if (text === undefined) return undefined;
				done.set(name, text.normalize('NFC'));
			}
			return done.get(name);
		}
	};
}

/** The checks on one question that need its article or look across its fields. */
function checkQuestion(
	q: Question,
	promptKey: string,
	listed: ReadonlySet<string>,
	/** Article texts by file name, already in NFC. */
	texts: Pick<ReadonlyMap<string, string>, 'get' | 'has'>,
	trusted: (name: string) => boolean
): Finding[] {
	const findings: Finding[] = [];
	const add = (f: Finding) => findings.push(f);

	if (q.category === 'place' && !q.kind) add({ code: 'place-needs-kind', field: 'kind', params: {} });
	if (q.category !== 'place' && q.kind) add({ code: 'kind-not-place', field: 'kind', params: {} });

	// an article missing from the folder but listed in the set is reported once, on the set
	if (!listed.has(q.article) && !trusted(q.article)) {
		const code = texts.has(q.article) ? 'article-not-listed' : 'no-article-file';
		add({ code, field: 'article', params: { file: q.article } });
	}
	const text = texts.get(q.article);
	// NFC on both sides: the same letters typed on two keyboards must still count as a copy
	if (text !== undefined && !text.includes(q.quote.normalize('NFC')))
		add({ code: 'quote-not-in-article', field: 'quote', params: { file: q.article } });

	const forms = [q.answer, ...q.accept];
	const quote = normalizeForSearch(q.quote);
	if (!forms.some((form) => occursIn(quote, normalizeForSearch(form))))
		add({ code: 'answer-not-in-quote', field: 'answer', params: { answer: q.answer, withAccept: q.accept.length > 0 } });

	// a statement for true/false must name the answer, or a swap has nothing to change
	if (q.statement !== undefined && !forms.some((form) => occursIn(normalizeForSearch(q.statement!), normalizeForSearch(form))))
		add({ code: 'answer-not-in-statement', field: 'statement', params: { answer: q.answer } });

	// each form keyed once, the answer's first, for every check below
	const keys = forms.map(normalizeForMatch);
	const givenAway = forms.find((_, i) => occursIn(promptKey, keys[i]!));
	if (givenAway !== undefined) add({ code: 'gives-away', field: 'prompt', params: { form: givenAway } });

	const seen = new Map<string, number>();
	(q.distractors ?? []).forEach((d, i) => {
		const key = normalizeForMatch(d);
		const accepted = q.accept.find((_, k) => keys[k + 1] === key);
		const earlier = seen.get(key);
		const field = `distractors[${i}]`;
		if (key === keys[0]) add({ code: 'distractor-is-answer', field, params: { answer: q.answer } });
		else if (accepted !== undefined) add({ code: 'distractor-is-accept', field, params: { form: accepted } });
		else if (earlier !== undefined) add({ code: 'distractor-repeats', field, params: { first: earlier } });
		if (earlier === undefined) seen.set(key, i);
	});
	return findings;
}

/** Set ids, question ids and prompts must each be unique across the whole bank. */
function checkDuplicates(checked: CheckedSet[]): Found[] {
	const out: Found[] = [];
	const elsewhere = (other: CheckedSet, here: CheckedSet) => (other === here ? {} : { otherFile: other.file });

	const setIds = new Map<string, CheckedSet>();
	for (const c of checked) {
		if (c.setId === undefined) continue;
		const first = setIds.get(c.setId);
		const params = { id: c.setId, otherFile: first?.file ?? '' };
		if (first) out.push(found(c.file, c.fileIndex, -1, { code: 'duplicate-set-id', field: 'id', params }));
		else setIds.set(c.setId, c);
	}

	const ids = new Map<string, CheckedSet>();
	const prompts = new Map<string, { set: CheckedSet; question: Question; index: number }>();
	for (const c of checked) {
		for (const { question: q, index, promptKey: key } of c.questions) {
			const firstId = ids.get(q.id);
			const at = (f: Finding) => out.push(found(c.file, c.fileIndex, index, { questionId: q.id, ...f }));
			if (firstId) at({ code: 'duplicate-question-id', field: 'id', params: elsewhere(firstId, c) });
			else ids.set(q.id, c);

			const first = prompts.get(key);
			if (first) {
				const other = first.question;
				const where = first.set === c ? { otherNumber: first.index + 1 } : elsewhere(first.set, c);
				const params = { otherId: other.id, otherAnswer: other.answer, ...where };
				at({ code: 'duplicate-prompt', field: 'prompt', params });
			} else prompts.set(key, { set: c, question: q, index });
		}
	}
	return out;
}

const DIGIT = /[0-9]/;
const LATIN = /[A-Za-z]/;

/**
 * Whether `needle` occurs in `text` not glued to more digits or Latin letters: 20 is not in 2022.
 * Gujarati needs no boundary, since case endings are written joined to the word (ભારતે, રશિયાના).
 */
function occursIn(text: string, needle: string): boolean {
	if (needle === '') return false;
	const glued = (a: string, b: string) => (DIGIT.test(a) && DIGIT.test(b)) || (LATIN.test(a) && LATIN.test(b));
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		const before = text[at - 1] ?? '';
		const after = text[at + needle.length] ?? '';
		const last = needle[needle.length - 1] ?? '';
		if (!glued(before, needle[0] ?? '') && !glued(last, after)) return true;
	}
	return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file names a raw `articles` list gives, whatever else is wrong with its entries. */
function listedFiles(list: unknown): string[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((ref) => (isRecord(ref) && typeof ref.file === 'string' ? [ref.file] : []));
}

/** The items of a raw list that pass `schema` on their own, with their positions. */
function validItems<T extends v.GenericSchema>(list: unknown, schema: T): { item: v.InferOutput<T>; index: number }[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((raw, index) => {
		const result = v.safeParse(schema, raw);
		return result.success ? [{ item: result.output, index }] : [];
	});
}
