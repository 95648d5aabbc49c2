/**
 * Kasoti's own JSON, as in questions/sets/: syntax errors with line and column, then the bank
 * checker's rules (schema, unique ids, answers in quotes) without the article texts, as every
 * imported set is checked. A question without quote and article is a fact of the set's own, as
 * a GIFT question is. A mistake in the set itself stops the file; a broken question leaves the
 * others standing, for the teacher to import without it.
 */
import { ownArticleFile } from '../bank/ids';
import { hasErrors, problem, WHOLE_FILE, type Problem } from '../bank/problems';
import type { QuestionSet } from '../bank/schema';
import { parseJson, validateSet } from '../bank/validate';
import { cleanText } from '../text/normalize';
import { IMPORT_CHECKS, repeatByLine } from './check';
import { lineTooDeep } from './json-depth';
import { MAX_DEPTH } from './limits';
import { factSentence, hasNoSource } from './to-set';
import type { Draft } from './types';

/**
 * A Kasoti JSON file read: the set of its good questions and their drafts, and every problem.
 * With a set-wide error there is no set; with errors in some questions the set holds the others.
 */
export type JsonOutcome = { set?: QuestionSet; drafts: Draft[]; problems: Problem[]; left?: number };

/**
 * Questions that name neither a quote nor an article, given the set's own article and their
 * fact as quote (and English line, if they have none), with how many there were.
 */
function withOwnSource(data: unknown): { data: unknown; count: number; first: number } {
	if (!isRecord(data) || !Array.isArray(data.questions) || typeof data.id !== 'string') return { data, count: 0, first: -1 };
	const article = ownArticleFile(data.id);
	let count = 0;
	let first = -1;
	const questions = data.questions.map((q: unknown, i: number) => {
		if (!isRecord(q) || q.quote !== undefined || q.article !== undefined) return q;
		const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
		// a question whose prompt or answer is not text is told so, not also that its quote is missing
		const whole = typeof q.prompt === 'string' && typeof q.answer === 'string';
		if (whole && count++ === 0) first = i;
		const quote = factSentence(text(q.prompt), text(q.answer));
		return { ...q, article, quote, en: q.en ?? quote };
	});
	return { data: { ...data, questions }, count, first };
}

/** A question whose id an earlier one has: its place and the first one's. */
type Twin = { index: number; first: number; id: string };

/**
 * Each question whose id an earlier question has gets a stand-in id of its own for the check,
 * so that every problem names the question it is about (by id alone, all went to the first);
 * the repeated ids come back as `twins`, with the stand-ins and the ids they stand for.
 */
function withOwnIds(data: unknown): { data: unknown; twins: Twin[]; written: Map<string, string> } {
	const twins: Twin[] = [];
	const written = new Map<string, string>();
	if (!isRecord(data) || !Array.isArray(data.questions)) return { data, twins, written };
	const idOf = (q: unknown) => (isRecord(q) && typeof q.id === 'string' && q.id.trim() !== '' ? q.id : undefined);
	const taken = new Set(data.questions.map(idOf));
	const firstOf = new Map<string, number>();
	const questions = data.questions.map((q: unknown, index: number) => {
		const id = idOf(q);
		if (id === undefined) return q;
		const first = firstOf.get(id);
		if (first === undefined) {
			firstOf.set(id, index);
			return q;
		}
		twins.push({ index, first, id });
		let standIn = '';
		for (let n = 2; standIn === '' || taken.has(standIn); n++) standIn = `${id}-${n}`;
		taken.add(standIn);
		written.set(standIn, id);
		return { ...(q as Record<string, unknown>), id: standIn };
	});
	return { data: { ...data, questions }, twins, written };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string cleaned as imported text is (NFC, no control or invisible characters). */
function cleanStrings(value: unknown): unknown {
	if (typeof value === 'string') return cleanText(value);
	if (Array.isArray(value)) return value.map(cleanStrings);
	if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, cleanStrings(item)]));
	return value;
}

/** The 1-based line on which each object of the top-level "questions" list starts. */
export function questionLines(text: string): number[] {
	const key = /"questions"\s*:\s*\[/.exec(text);
	if (!key) return [];
	const lines: number[] = [];
	let line = 1 + (text.slice(0, key.index).match(/\n/g)?.length ?? 0);
	let depth = 0;
	let inString = false;
	for (let i = key.index; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') line++;
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '[' || c === '{') {
			if (c === '{' && depth === 1) lines.push(line);
			depth++;
		} else if (c === ']' || c === '}') {
			depth--;
			if (depth === 0) break;
		}
	}
	return lines;
}

/**
 * Finds the question a problem is about, by its place in the file's list: a repeated id on its
 * later use, any other problem on the first question with its id, one named by position
 * (`questions[3].id`) by that position, and -1 for the set. Each id's places are found once, so
 * every problem costs the same however long the file (a search of the list per problem grew as n²).
 */
export function questionIndexer(questions: readonly unknown[]): (p: Pick<Problem, 'questionId' | 'field'>) => number {
	const firstOf = new Map<string, number>();
	const lastOf = new Map<string, number>();
	questions.forEach((q, i) => {
		if (!isRecord(q) || typeof q.id !== 'string') return;
		if (!firstOf.has(q.id)) firstOf.set(q.id, i);
		lastOf.set(q.id, i);
	});
	return (p) =>
		p.questionId === undefined
			? Number(/^questions\[(\d+)\]/.exec(p.field)?.[1] ?? -1)
			: ((p.field === 'id' ? lastOf : firstOf).get(p.questionId) ?? -1);
}

/** A problem that names the ids the file wrote, not the stand-ins it was checked with. */
function asWritten(p: Problem, written: ReadonlyMap<string, string>): Problem {
	const id = p.questionId === undefined ? undefined : written.get(p.questionId);
	const named = id === undefined ? p : { ...p, questionId: id };
	const otherId = named.code === 'duplicate-prompt' ? written.get(named.params.otherId) : undefined;
	return otherId === undefined || named.code !== 'duplicate-prompt' ? named : { ...named, params: { ...named.params, otherId } };
}

/** Reads a Kasoti JSON set; `file` names it in problems. */
export function parseKasotiJson(text: string, file: string): JsonOutcome {
	// measured before parsing: everything after JSON.parse recurses
	const deep = lineTooDeep(text, MAX_DEPTH);
	if (deep !== undefined)
		return { drafts: [], problems: [problem('json-too-deep', { file, field: WHOLE_FILE, line: deep }, { max: MAX_DEPTH })] };
	const parsed = parseJson(file, text);
	if (!parsed.ok) return { drafts: [], problems: [parsed.problem] };
	return readKasotiData(parsed.data, file, questionLines(text));
}

/**
 * Reads a Kasoti set already parsed, from JSON text whose depth the caller has measured (see
 * lineTooDeep): a link's set, read without writing it out and parsing it again. `lines` gives each
 * question's line in that text, for problems; a link has none worth naming.
 */
export function readKasotiData(parsed: unknown, file: string, lines: readonly number[] = []): JsonOutcome {
	const own = withOwnSource(cleanStrings(parsed));
	const { data, twins, written } = withOwnIds(own.data);
	const report = validateSet(file, data, IMPORT_CHECKS);

	const questions = isRecord(data) && Array.isArray(data.questions) ? data.questions : [];
	const indexOf = questionIndexer(questions);
	const broken = new Set<number>();
	let setWide = false;
	const placed: { p: Problem; index: number }[] = report.problems.map((p) => ({ p, index: indexOf(p) }));
	for (const { index, first, id } of twins) {
		const otherLine = lines[first];
		const params = otherLine === undefined ? {} : { otherLine };
		placed.push({ p: problem('duplicate-question-id', { file, field: 'id', questionId: id }, params), index });
	}
	// in file order, the set's own problems first, as the checker gives them
	placed.sort((a, b) => a.index - b.index);
	const problems = placed.map(({ p, index }): Problem => {
		if (p.severity === 'error') {
			if (index >= 0) broken.add(index);
			else setWide = true;
		}
		const named = repeatByLine(asWritten(p, written), (otherNumber) => lines[otherNumber - 1]);
		const line = lines[index];
		return line === undefined ? named : { ...named, line };
	});
	if (own.count > 0) {
		const line = lines[own.first];
		const place = { file, field: 'quote', severity: 'note', ...(line !== undefined && { line }) } as const;
		problems.push(problem('json-no-source', place, { count: own.count }));
	}
	if (setWide || broken.size === questions.length) return { drafts: [], problems };
	const kept = questions.flatMap((q, i) => (broken.has(i) ? [] : [{ q, line: lines[i] ?? 1 }]));
	// the good questions checked again on their own: what is left is a set the checker takes
	const set = hasErrors(problems)
		? validateSet(file, { ...(data as Record<string, unknown>), questions: kept.map((k) => k.q) }, IMPORT_CHECKS).sets[0]
		: report.sets[0];
	if (!set) return { drafts: [], problems };
	const keptLines = hasErrors(problems) ? kept.map((k) => k.line) : lines;

	const drafts = set.questions.map((q, i): Draft => {
		const noSource = hasNoSource(set, q);
		return {
			id: q.id,
			prompt: q.prompt,
			answer: q.answer,
			accept: q.accept,
			distractors: q.distractors ?? [],
			category: q.category,
			categorySource: 'file',
			...(q.kind && { kind: q.kind }),
			// a quote made up on import is not a source (nor an English text copied from it): leave them out
			...(!noSource && { quote: q.quote }),
			...((!noSource || q.en !== q.quote) && { en: q.en }),
			...(q.explanation && { explanation: q.explanation }),
			...(q.numeric && { numeric: q.numeric }),
			...(q.feedback && { feedback: q.feedback }),
			...(q.tags && { tags: q.tags }),
			line: keptLines[i] ?? 1
		};
	});
	return { set, drafts, problems, ...(broken.size > 0 && { left: broken.size }) };
}
