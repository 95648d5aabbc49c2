/**
 * Checks question sets: the valibot schema first, then what a schema cannot see (quotes copied
 * from their article, answers inside their quotes, ids and prompts unique across the whole bank).
 * Pure: files and articles come in as values, problems go out as typed records.
 */
import * as v from 'valibot';
import { normalizeForMatch, normalizeForSearch } from '../text/normalize';
import {
	ArticleRefSchema,
	CATEGORIES,
	QuestionSchema,
	QuestionSetSchema,
	type Question,
	type QuestionSet
} from './schema';
import { summarizeSet } from './summary';

/**
 * One thing wrong in the bank, located well enough for a teacher to find and fix it.
 * Importers of teacher files report their problems in the same shape.
 */
export type BankProblem = {
	/** The file as the caller named it (the bank checker uses paths from the repo root). */
	file: string;
	/** The question's id as written; absent when the problem is with the set or file as a whole. */
	questionId?: string;
	/** Where in the question, or the set when there is no question id: `prompt`, `articles[0].file`. */
	field: string;
	/** What is wrong, in plain English. */
	message: string;
	/** 1-based line of the problem, when known (invalid JSON). */
	line?: number;
	/** 1-based column of the problem, when known (invalid JSON). */
	column?: number;
};

/** A set file as read from disk or an upload: its name and its parsed JSON. */
export type SetFile = { file: string; data: unknown };

/** The sets that matched the schema (even if other checks failed) and every problem found. */
export type BankReport = { sets: QuestionSet[]; problems: BankProblem[] };

/** What `formatProblem` prints in place of a question id for a problem with the whole set or file. */
export const NO_QUESTION = '-';

/** The `field` of a problem with the whole file: invalid JSON, or not an object at all. */
export const WHOLE_FILE = '(file)';

/**
 * One line per problem: `file: question id: field: what is wrong`. Problems with the set or
 * file as a whole print `-` as the question id (no id can be `-`), so every line has four parts.
 */
export function formatProblem(p: BankProblem): string {
	return `${p.file}: ${p.questionId ?? NO_QUESTION}: ${p.field}: ${p.message}`;
}

/** The result of reading one JSON file: its data, or a problem carrying line and column. */
export type ParsedJson = { ok: true; data: unknown } | { ok: false; problem: BankProblem };

/** Parses a JSON file, turning a syntax error into a problem with its line and column. */
export function parseJson(file: string, text: string): ParsedJson {
	// Windows editors often save a byte-order mark, which JSON.parse rejects
	const body = text.replace(/^\uFEFF/, '');
	try {
		return { ok: true, data: JSON.parse(body) };
	} catch (error) {
		if (body.trim() === '')
			return { ok: false, problem: { file, field: WHOLE_FILE, message: 'is empty' } };
		const reason = error instanceof Error ? error.message : String(error);
		const end = body.trimEnd().length;
		const stated = reason.includes('Unexpected end') ? end : errorOffset(body, reason);
		// an error at or past the last character means the file stops before its brackets close
		const atEnd = stated >= end;
		const { line, column } = lineAndColumn(body, Math.min(stated, end));
		const hint = atEnd
			? 'the file ends too soon: a closing } or ] or a quote is missing'
			: 'look just before this point for a missing or extra comma, quote or bracket';
		const message = `is not valid JSON at line ${line}, column ${column}: ${hint}`;
		return { ok: false, problem: { file, field: WHOLE_FILE, message, line, column } };
	}
}

/** Checks one set on its own; ids and prompts are compared within the set only. */
export function validateSet(
	file: string,
	data: unknown,
	articles: Map<string, string>
): BankReport {
	return validateBank([{ file, data }], articles);
}

/**
 * Checks every set of a bank against the schema, its articles and each other.
 * `articles` maps an article's file name (as named in a set) to its text.
 * Problems come in file order, then question order; set-level problems before a file's questions.
 */
export function validateBank(files: SetFile[], articles: Map<string, string>): BankReport {
	const checked = files.map((f, index) => checkSet(f.file, index, f.data, articles));
	const found = [...checked.flatMap((c) => c.found), ...checkDuplicates(checked)];
	found.sort((a, b) => a.fileIndex - b.fileIndex || a.questionIndex - b.questionIndex);
	const lines = new Set<string>();
	const problems: BankProblem[] = [];
	for (const { problem } of found) {
		const line = formatProblem(problem);
		// the same mistake can be seen by the schema and by a later check
		if (!lines.has(line)) problems.push(problem);
		lines.add(line);
	}
	return { sets: checked.flatMap((c) => (c.set ? [c.set] : [])), problems };
}

/** One line on success: how many questions each set has, per category. */
export function summarizeBank(sets: QuestionSet[]): string {
	const total = sets.reduce((n, s) => n + s.questions.length, 0);
	const perSet = sets.map((s) => {
		const { id, total, counts } = summarizeSet(s);
		const perCategory = CATEGORIES.map((c) => `${c} ${counts[c]}`).join(', ');
		return `${id} ${total} (${perCategory})`;
	});
	return [`${plural(sets.length, 'set')}, ${plural(total, 'question')}`, ...perSet].join('; ');
}

/** One line after the problems: how many, in how many files. */
export function summarizeProblems(problems: BankProblem[]): string {
	const files = new Set(problems.map((p) => p.file)).size;
	return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A problem with where it sorts: its file's position and its question's (-1 for the set). */
type Found = { problem: BankProblem; fileIndex: number; questionIndex: number };

/** A question that passed the schema, with its position in the file. */
type Placed = { question: Question; index: number };

type CheckedSet = {
	file: string;
	fileIndex: number;
	setId: string | undefined;
	set: QuestionSet | undefined;
	questions: Placed[];
	found: Found[];
};

function checkSet(
	file: string,
	fileIndex: number,
	data: unknown,
	articles: Map<string, string>
): CheckedSet {
	const found: Found[] = [];
	const add = (questionIndex: number, problem: Omit<BankProblem, 'file'>) =>
		found.push({ problem: { file, ...problem }, fileIndex, questionIndex });

	// valibot takes an array for an object with every field missing; one plain line says more
	if (!isRecord(data)) {
		const actual = Array.isArray(data) ? 'a list' : JSON.stringify(data);
		add(-1, { field: WHOLE_FILE, message: `must be an object in { }, not ${actual}` });
		return { file, fileIndex, setId: undefined, set: undefined, questions: [], found };
	}
	const parsed = v.safeParse(QuestionSetSchema, data);
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const { questionIndex, ...problem } = issueToProblem(data, issue);
			add(questionIndex, problem);
		}
	}
	for (const unknown of unknownFields(data)) add(unknown.questionIndex, unknown.problem);

	const set = parsed.success ? parsed.output : undefined;
	// the good questions of a set with a bad one are still checked: one run shows every mistake
	const refs = set
		? set.articles.map((item, index) => ({ item, index }))
		: validItems(data.articles, ArticleRefSchema);
	const questions = set
		? set.questions.map((question, index) => ({ question, index }))
		: validItems(data.questions, QuestionSchema).map((r) => ({ question: r.item, index: r.index }));

	for (const { item, index } of refs) {
		const message = `there is no article file "${item.file}"`;
		if (!articles.has(item.file)) add(-1, { field: `articles[${index}].file`, message });
	}
	const listed = new Set(refs.map((r) => r.item.file));
	for (const { question, index } of questions) {
		for (const problem of checkQuestion(question, listed, articles)) {
			add(index, { questionId: question.id, ...problem });
		}
	}
	const setId = typeof data.id === 'string' && data.id !== '' ? data.id : undefined;
	return { file, fileIndex, setId, set, questions, found };
}

/** The checks on one question that need its article or look across its fields. */
function checkQuestion(
	q: Question,
	listed: Set<string>,
	articles: Map<string, string>
): { field: string; message: string }[] {
	const problems: { field: string; message: string }[] = [];
	const add = (field: string, message: string) => problems.push({ field, message });

	if (q.category === 'place' && !q.kind)
		add('kind', 'a place question needs a kind: "country", "city", "region" or "site"');
	if (q.category !== 'place' && q.kind) add('kind', 'only place questions have a kind');

	// an article missing from the folder but listed in the set is reported once, on the set
	if (!listed.has(q.article)) {
		add(
			'article',
			articles.has(q.article)
				? `"${q.article}" is not listed in this set's articles`
				: `there is no article file "${q.article}"`
		);
	}
	const text = articles.get(q.article);
	// NFC on both sides: the same letters typed on two keyboards must still count as a copy
	if (text !== undefined && !text.normalize('NFC').includes(q.quote.normalize('NFC')))
		add('quote', `is not copied word for word from ${q.article}`);

	const forms = [q.answer, ...q.accept];
	const quote = normalizeForSearch(q.quote);
	if (!forms.some((form) => occursIn(quote, normalizeForSearch(form)))) {
		add(
			'answer',
			q.accept.length === 0
				? `"${q.answer}" does not occur in the quote`
				: `neither "${q.answer}" nor any accept form occurs in the quote`
		);
	}

	const prompt = normalizeForMatch(q.prompt);
	const givenAway = forms.find((form) => occursIn(prompt, normalizeForMatch(form)));
	if (givenAway !== undefined) add('prompt', `gives away the answer: it contains "${givenAway}"`);

	const answerKey = normalizeForMatch(q.answer);
	const seen = new Map<string, number>();
	(q.distractors ?? []).forEach((d, i) => {
		const key = normalizeForMatch(d);
		const accepted = q.accept.find((form) => normalizeForMatch(form) === key);
		const earlier = seen.get(key);
		if (key === answerKey) add(`distractors[${i}]`, `is the answer "${q.answer}"`);
		else if (accepted !== undefined) add(`distractors[${i}]`, `is the accept form "${accepted}"`);
		else if (earlier !== undefined) add(`distractors[${i}]`, `repeats distractors[${earlier}]`);
		if (earlier === undefined) seen.set(key, i);
	});
	return problems;
}

/** Set ids, question ids and prompts must each be unique across the whole bank. */
function checkDuplicates(checked: CheckedSet[]): Found[] {
	const found: Found[] = [];
	const where = (other: CheckedSet, here: CheckedSet) =>
		other === here ? 'in this file' : `in ${other.file}`;

	const setIds = new Map<string, CheckedSet>();
	for (const c of checked) {
		if (c.setId === undefined) continue;
		const first = setIds.get(c.setId);
		if (first) {
			const message = `set id "${c.setId}" is already used by ${first.file}`;
			const problem = { file: c.file, field: 'id', message };
			found.push({ problem, fileIndex: c.fileIndex, questionIndex: -1 });
		} else setIds.set(c.setId, c);
	}

	const ids = new Map<string, CheckedSet>();
	const prompts = new Map<string, { set: CheckedSet; id: string }>();
	for (const c of checked) {
		for (const { question: q, index } of c.questions) {
			const at = { fileIndex: c.fileIndex, questionIndex: index };
			const firstId = ids.get(q.id);
			if (firstId) {
				const message = `is already used by another question ${where(firstId, c)}`;
				found.push({ problem: { file: c.file, questionId: q.id, field: 'id', message }, ...at });
			} else ids.set(q.id, c);

			const key = normalizeForMatch(q.prompt);
			const firstPrompt = prompts.get(key);
			if (firstPrompt) {
				const message = `is the same as the prompt of ${firstPrompt.id} ${where(firstPrompt.set, c)}`;
				const problem = { file: c.file, questionId: q.id, field: 'prompt', message };
				found.push({ problem, ...at });
			} else prompts.set(key, { set: c, id: q.id });
		}
	}
	return found;
}

const DIGIT = /[0-9]/;
const LATIN = /[A-Za-z]/;

/**
 * Whether `needle` occurs in `text` not glued to more digits or Latin letters: 20 is not in 2022.
 * Gujarati needs no boundary, since case endings are written joined to the word (ભારતે, રશિયાના).
 */
function occursIn(text: string, needle: string): boolean {
	if (needle === '') return false;
	const glued = (a: string, b: string) =>
		(DIGIT.test(a) && DIGIT.test(b)) || (LATIN.test(a) && LATIN.test(b));
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		const before = text[at - 1] ?? '';
		const after = text[at + needle.length] ?? '';
		const last = needle[needle.length - 1] ?? '';
		if (!glued(before, needle[0] ?? '') && !glued(last, after)) return true;
	}
	return false;
}

/** A schema issue as a problem: `questions[3].prompt` becomes question id + `prompt`. */
function issueToProblem(
	data: unknown,
	issue: v.BaseIssue<unknown>
): Unplaced['problem'] & { questionIndex: number } {
	const keys = (issue.path ?? []).map((item) => item.key);
	const message = issueMessage(issue);
	const [first, index] = keys;
	if (first === 'questions' && typeof index === 'number') {
		const questionId = rawQuestionId(data, index);
		// a question whose id is unreadable is named by its position instead
		if (questionId !== undefined && keys.length > 2)
			return { questionId, field: fieldPath(keys.slice(2)), message, questionIndex: index };
		return { field: fieldPath(keys), message, questionIndex: index };
	}
	return { field: keys.length === 0 ? WHOLE_FILE : fieldPath(keys), message, questionIndex: -1 };
}

/** Plain words for an issue: the schema's own message where it has one, else a short one. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.input === undefined && (issue.path?.length ?? 0) > 0) return 'is missing';
	const found = describeReceived(issue.received);
	// valibot's built-in messages all start "Invalid"; schema.ts words its own
	if (!issue.message.startsWith('Invalid ')) {
		return issue.kind === 'schema' ? `${issue.message}, not ${found}` : issue.message;
	}
	if (issue.kind === 'schema') return `must be ${describeExpected(issue.expected)}, not ${found}`;
	if (issue.type === 'max_length')
		return `is too long: at most ${issue.expected?.slice(2)} characters`;
	return issue.message;
}

function describeExpected(expected: string | null): string {
	if (expected === 'string') return 'text in double quotes';
	if (expected === 'Array') return 'a list in [ ]';
	if (expected === 'Object') return 'an object in { }';
	return expected ?? 'something else';
}

function describeReceived(received: string): string {
	if (received === 'Array') return 'a list';
	if (received === 'Object') return 'an object';
	return received;
}

/** `['questions', 3, 'prompt']` -> `questions[3].prompt`. */
function fieldPath(keys: unknown[]): string {
	return keys
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

function rawQuestionId(data: unknown, index: number): string | undefined {
	const questions = isRecord(data) ? data.questions : undefined;
	const question = Array.isArray(questions) ? questions[index] : undefined;
	const id = isRecord(question) ? question.id : undefined;
	return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a raw list that pass `schema` on their own, with their positions. */
function validItems<T extends v.GenericSchema>(
	list: unknown,
	schema: T
): { item: v.InferOutput<T>; index: number }[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((raw, index) => {
		const result = v.safeParse(schema, raw);
		return result.success ? [{ item: result.output, index }] : [];
	});
}

type Unplaced = { problem: Omit<BankProblem, 'file'>; questionIndex: number };

/** Fields the schema does not know: almost always a misspelling, whose value would be lost. */
function unknownFields(data: unknown): Unplaced[] {
	if (!isRecord(data)) return [];
	const out: Unplaced[] = [];
	const message = 'is not a known field (check the spelling)';
	for (const key of extraKeys(data, QuestionSetSchema.entries))
		out.push({ problem: { field: key, message }, questionIndex: -1 });
	if (Array.isArray(data.articles)) {
		data.articles.forEach((ref: unknown, i: number) => {
			for (const key of extraKeys(ref, ArticleRefSchema.entries))
				out.push({ problem: { field: `articles[${i}].${key}`, message }, questionIndex: -1 });
		});
	}
	if (Array.isArray(data.questions)) {
		data.questions.forEach((q: unknown, i: number) => {
			const questionId = rawQuestionId(data, i);
			for (const key of extraKeys(q, QuestionSchema.entries)) {
				const problem = questionId
					? { questionId, field: key, message }
					: { field: `questions[${i}].${key}`, message };
				out.push({ problem, questionIndex: i });
			}
		});
	}
	return out;
}

function extraKeys(value: unknown, entries: Record<string, unknown>): string[] {
	return isRecord(value) ? Object.keys(value).filter((key) => !Object.hasOwn(entries, key)) : [];
}

/** Where a JSON.parse error happened, as an offset into `text`. */
function errorOffset(text: string, reason: string): number {
	const stated = /at position (\d+)/.exec(reason);
	if (stated) return Number(stated[1]);
	// some errors name no position: the longest prefix that reads as unfinished JSON ends there
	let good = 0;
	let bad = text.length;
	while (bad - good > 1) {
		const mid = Math.floor((good + bad) / 2);
		if (readsAsUnfinished(text.slice(0, mid))) good = mid;
		else bad = mid;
	}
	return good;
}

function readsAsUnfinished(prefix: string): boolean {
	try {
		JSON.parse(prefix);
		return true;
	} catch (error) {
		const reason = error instanceof Error ? error.message : '';
		const stated = /at position (\d+)/.exec(reason);
		const atEnd = stated !== null && Number(stated[1]) >= prefix.length;
		return reason.includes('Unexpected end') || atEnd;
	}
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
