/**
 * The schema's findings as problem codes: valibot's issues, located by question id and field,
 * and fields the schema does not know (almost always a misspelling, whose value would be lost).
 */
import * as v from 'valibot';
import type { ProblemCode, ProblemParams, ValueKind } from './problems.ts';
import { ArticleRefSchema, QuestionSchema, QuestionSetSchema } from './schema.ts';

/** A finding of the schema with the question it sorts under (-1 for the set). */
export type Unplaced = {
	questionIndex: number;
	finding: { [C in ProblemCode]: { code: C; field: string; params: ProblemParams[C]; questionId?: string } }[ProblemCode];
};

/** The codes schema.ts gives its own checks as messages, and the value each one names. */
const NAMED_VALUE = new Set<ProblemCode>(['bad-category', 'bad-kind', 'bad-lang', 'bad-article-file']);
const PLAIN = new Set<ProblemCode>(['bad-id', 'empty', 'no-questions']);

/** A schema issue as a finding: `questions[3].prompt` becomes question id + `prompt`. */
export function issueToProblem(data: unknown, issue: v.BaseIssue<unknown>): Unplaced {
	const keys = (issue.path ?? []).map((item) => item.key);
	const finding = { ...issueFinding(issue), field: '' } as Unplaced['finding'];
	const [first, index] = keys;
	if (first === 'questions' && typeof index === 'number') {
		const questionId = rawQuestionId(data, index);
		// a question whose id is unreadable is named by its position instead
		if (questionId !== undefined && keys.length > 2)
			return { questionIndex: index, finding: { ...finding, questionId, field: fieldPath(keys.slice(2)) } };
		return { questionIndex: index, finding: { ...finding, field: fieldPath(keys) } };
	}
	return { questionIndex: -1, finding: { ...finding, field: keys.length === 0 ? '(file)' : fieldPath(keys) } };
}

/** What an issue says, without its place. */
function issueFinding(issue: v.BaseIssue<unknown>): Omit<Unplaced['finding'], 'field'> {
	if (issue.input === undefined && (issue.path?.length ?? 0) > 0) return { code: 'missing', params: {} };
	const own = issue.message as ProblemCode;
	type Said = Omit<Unplaced['finding'], 'field'>;
	if (NAMED_VALUE.has(own)) return { code: own, params: { value: valueText(issue.input) } } as Said;
	if (PLAIN.has(own)) return { code: own, params: {} } as Said;
	if (issue.type === 'max_length') return { code: 'too-long', params: { max: Number(issue.requirement) } };
	return {
		code: 'wrong-type',
		params: { expected: expectedKind(issue.expected), found: kindOf(issue.input), value: valueText(issue.input) }
	};
}

/** A value as it would be written in the file: text in quotes, numbers as they are. */
function valueText(value: unknown): string {
	if (value === undefined) return 'nothing';
	try {
		return JSON.stringify(value).slice(0, 60);
	} catch {
		return String(value);
	}
}

function expectedKind(expected: string | null): ValueKind {
	if (expected === 'string') return 'text';
	if (expected === 'Array') return 'list';
	if (expected === 'Object') return 'object';
	if (expected === 'number') return 'number';
	if (expected === 'boolean') return 'boolean';
	return 'other';
}

/** What kind of value a file holds where something else should be. */
export function kindOf(value: unknown): ValueKind {
	if (Array.isArray(value)) return 'list';
	if (value === null) return 'null';
	if (typeof value === 'object') return 'object';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'number') return 'number';
	if (typeof value === 'boolean') return 'boolean';
	return 'other';
}

/** `['questions', 3, 'prompt']` -> `questions[3].prompt`. */
function fieldPath(keys: unknown[]): string {
	return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rawQuestionId(data: unknown, index: number): string | undefined {
	const questions = isRecord(data) ? data.questions : undefined;
	const question = Array.isArray(questions) ? questions[index] : undefined;
	const id = isRecord(question) ? question.id : undefined;
	return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** Fields the schema does not know: almost always a misspelling, whose value would be lost. */
export function unknownFields(data: Record<string, unknown>): Unplaced[] {
	const out: Unplaced[] = [];
	const unknown = (questionIndex: number, field: string, questionId?: string) =>
		out.push({ questionIndex, finding: { code: 'unknown-field', field, params: {}, ...(questionId && { questionId }) } });
	for (const key of extraKeys(data, QuestionSetSchema.entries)) unknown(-1, key);
	if (Array.isArray(data.articles)) {
		data.articles.forEach((ref: unknown, i: number) => {
			for (const key of extraKeys(ref, ArticleRefSchema.entries)) unknown(-1, `articles[${i}].${key}`);
		});
	}
	if (Array.isArray(data.questions)) {
		data.questions.forEach((q: unknown, i: number) => {
			const questionId = rawQuestionId(data, i);
			for (const key of extraKeys(q, QuestionSchema.entries)) {
				if (questionId) unknown(i, key, questionId);
				else unknown(i, `questions[${i}].${key}`);
			}
		});
	}
	return out;
}

function extraKeys(value: unknown, entries: Record<string, unknown>): string[] {
	return isRecord(value) ? Object.keys(value).filter((key) => !Object.hasOwn(entries, key)) : [];
}
