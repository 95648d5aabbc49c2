/**
 * Kasoti's own JSON, as in questions/sets/: syntax errors with line and column, then the bank
 * checker's rules (schema, unique ids, answers in quotes) without the article texts. Kasoti JSON
 * is the strict format, so every problem in it blocks.
 */
import { problem, WHOLE_FILE, type Problem } from '../bank/problems';
import type { QuestionSet } from '../bank/schema';
import { parseJson, validateSet } from '../bank/validate';
import { cleanText } from '../text/normalize';
import { JSON_IMPORT } from './check';
import { lineTooDeep } from './json-depth';
import { MAX_DEPTH } from './limits';
import { hasNoSource } from './to-set';
import type { Draft } from './types';

/** A Kasoti JSON file read: the set and its drafts when nothing is wrong, else only problems. */
export type JsonOutcome = { set?: QuestionSet; drafts: Draft[]; problems: Problem[] };

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

/** Reads a Kasoti JSON set; `file` names it in problems. */
export function parseKasotiJson(text: string, file: string): JsonOutcome {
	// measured before parsing: everything after JSON.parse recurses
	const deep = lineTooDeep(text, MAX_DEPTH);
	if (deep !== undefined)
		return { drafts: [], problems: [problem('json-too-deep', { file, field: WHOLE_FILE, line: deep }, { max: MAX_DEPTH })] };
	const parsed = parseJson(file, text);
	if (!parsed.ok) return { drafts: [], problems: [parsed.problem] };
	const data = cleanStrings(parsed.data);
	const report = validateSet(file, data, JSON_IMPORT);

	const lines = questionLines(text);
	const questions = isRecord(data) && Array.isArray(data.questions) ? data.questions : [];
	const ids = questions.map((q) => (isRecord(q) && typeof q.id === 'string' ? q.id : undefined));
	const problems = report.problems.map((p): Problem => {
		// a repeated id is reported on its later use; anything else on its first
		const index =
			p.questionId === undefined
				? Number(/^questions\[(\d+)\]/.exec(p.field)?.[1] ?? -1)
				: p.field === 'id'
					? ids.lastIndexOf(p.questionId)
					: ids.indexOf(p.questionId);
		const line = lines[index];
		return line === undefined ? p : { ...p, line };
	});
	const set = report.sets[0];
	if (!set || problems.length > 0) return { drafts: [], problems };

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
			line: lines[i] ?? 1
		};
	});
	return { set, drafts, problems };
}
