/**
 * What the bank checker and the importers find wrong, as codes with the values a message needs.
 * Words live in src/lib/i18n (`problemText`), so every page and the command line say the same
 * thing from the same record, in Gujarati or in English.
 */

/** What kind of value a field held, in words the messages can translate. */
export type ValueKind = 'list' | 'object' | 'text' | 'number' | 'boolean' | 'null' | 'other';

/** Each problem's code and the values its message is made from. */
export type ProblemParams = {
	// a set file as a whole
	'file-empty': Record<string, never>;
	'json-syntax': { line: number; column: number; atEnd: boolean };
	'not-an-object': { found: ValueKind };
	'no-sets': Record<string, never>;
	// the schema
	missing: Record<string, never>;
	'wrong-type': { expected: ValueKind; found: ValueKind; value: string };
	empty: Record<string, never>;
	'too-long': { max: number };
	'bad-id': Record<string, never>;
	'bad-category': { value: string };
	'bad-kind': { value: string };
	'bad-lang': { value: string };
	'bad-article-file': { value: string };
	'no-questions': Record<string, never>;
	'bad-range': Record<string, never>;
	'unknown-field': Record<string, never>;
	// what a schema cannot see
	'no-article-file': { file: string };
	'article-not-listed': { file: string };
	'place-needs-kind': Record<string, never>;
	'kind-not-place': Record<string, never>;
	'quote-not-in-article': { file: string };
	'answer-not-in-quote': { answer: string; withAccept: boolean };
	'answer-not-in-statement': { answer: string };
	'gives-away': { form: string };
	'distractor-is-answer': { answer: string };
	'distractor-is-accept': { form: string };
	'distractor-repeats': { first: number };
	'duplicate-set-id': { id: string; otherFile: string };
	'duplicate-question-id': { otherFile?: string; otherLine?: number };
	// the other question's number in the same set, or its line in a teacher's file
	'duplicate-prompt': { otherId: string; otherAnswer: string; otherFile?: string; otherNumber?: number; otherLine?: number };
	// importing a teacher's file
	'file-too-large': { size: number; max: number };
	'not-text': Record<string, never>;
	'unknown-format': Record<string, never>;
	'no-usable-questions': Record<string, never>;
	'too-many-questions': { count: number; max: number };
	'categories-to-choose': { count: number };
	'category-to-choose': Record<string, never>;
	'title-length': { max: number };
	'aiken-no-answer-line': Record<string, never>;
	'aiken-no-choices': Record<string, never>;
	'aiken-one-choice': Record<string, never>;
	'aiken-answer-alone': { text: string };
	'aiken-answer-case': { text: string };
	'aiken-answer-letter': { text: string };
	'aiken-answer-unknown': { letter: string; labels: string };
	'aiken-gujarati-label': { label: string };
	'aiken-empty-choice': { label: string };
	'csv-unknown-columns': { names: string[] };
	'csv-extra-columns': { last: number };
	'csv-comma-in-answer': { answer: string };
	'csv-unclosed-quote': Record<string, never>;
	'csv-misplaced-quote': Record<string, never>;
	'csv-no-columns': Record<string, never>;
	'csv-continued-line': Record<string, never>;
	'csv-category-name': { value: string };
	'csv-kind-name': { value: string };
	'anki-separator': { value: string };
	'gift-description': Record<string, never>;
	'gift-stray-brace': Record<string, never>;
	'gift-unclosed-brace': Record<string, never>;
	'gift-second-block': Record<string, never>;
	'gift-no-text': Record<string, never>;
	'gift-part-marks': Record<string, never>;
	'gift-essay': Record<string, never>;
	'gift-matching': Record<string, never>;
	'gift-multiple-answer': Record<string, never>;
	'gift-too-few-options': Record<string, never>;
	'gift-no-right-option': Record<string, never>;
	'gift-empty-option': Record<string, never>;
	'gift-no-full-marks': Record<string, never>;
	'gift-no-number': Record<string, never>;
	'gift-not-a-number': { text: string };
	'invisible-text': { chars: string };
	'json-too-deep': { max: number };
	'too-many-options': { max: number };
	/** Something of the file Kasoti has no place for, named so that nothing goes silently. */
	'left-out': { what: LeftOut; text: string };
	/** Kasoti JSON questions without quote and article: taken as the set's own facts. */
	'json-no-source': { count: number };
	/** Text whose letters became "?": the file was saved in an encoding without them. */
	'lost-letters': Record<string, never>;
	/** A file that is not UTF-8, read as Windows-1252. */
	'not-utf8': Record<string, never>;
	/** Two choices of one Aiken question with the same letter; `first` is the line of the first. */
	'aiken-duplicate-label': { label: string; first: number };
	// drafting from an article
	'none-chosen': Record<string, never>;
};

/** What an import leaves out of a question it takes. */
export type LeftOut =
	| 'image'
	| 'audio'
	| 'file'
	| 'idnumber'
	| 'other-number-feedback'
	| 'other-answer-feedback'
	| 'other-range'
	| 'notetype'
	| 'extra-field';

/** Every problem code. */
export type ProblemCode = keyof ProblemParams;

/** An error keeps a set from students (or a file from being imported); a note is worth a look. */
export type Severity = 'error' | 'note';

/** Where a problem is, and how much it matters. */
export type ProblemPlace = {
	/** The file as the caller named it (the bank checker uses paths from the repo root). */
	file: string;
	/** Where in the question, or in the set when there is no question id: `prompt`, `articles[0].file`. */
	field: string;
	/** The question's id as written; absent when the problem is with the set or file as a whole. */
	questionId?: string;
	/** 1-based line of the file, when known. */
	line?: number;
	severity: Severity;
};

/** One thing wrong, located well enough for a teacher to find and fix it. */
export type Problem = {
	[C in ProblemCode]: ProblemPlace & { code: C; params: ProblemParams[C] };
}[ProblemCode];

/** The `field` of a problem with the whole file: invalid JSON, not an object, unreadable. */
export const WHOLE_FILE = '(file)';

/** The `field` of a problem with a folder of files. */
export const WHOLE_FOLDER = '(folder)';

/** Codes whose message needs no values. */
export type PlainCode = { [C in ProblemCode]: ProblemParams[C] extends Record<string, never> ? C : never }[ProblemCode];

/** Where a new problem is: its file and field at least; an error unless it says otherwise. */
type NewPlace = Partial<ProblemPlace> & { file: string; field: string };

/** A problem record: errors unless the place says otherwise; a code with no values needs none. */
export function problem<C extends PlainCode>(code: C, place: NewPlace): Problem;
export function problem<C extends ProblemCode>(code: C, place: NewPlace, params: ProblemParams[C]): Problem;
export function problem(code: ProblemCode, place: NewPlace, params: object = {}): Problem {
	const { file, field, questionId, line, severity = 'error' } = place;
	return {
		code,
		params,
		file,
		field,
		...(questionId !== undefined && { questionId }),
		...(line !== undefined && { line }),
		severity
	} as Problem;
}

/** Whether any problem is an error. */
export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** Whether a problem is about the whole file rather than a field or a question. */
export const isWholeFile = (p: Problem) => p.field === WHOLE_FILE;

/**
 * A problem in one language-free line, for logs and tests: `question id: field: code key=value`,
 * with `(note)` after a note. The words for readers come from `problemText` in src/lib/i18n.
 */
export function problemSummary(p: Problem): string {
	const values = Object.entries(p.params).map(([k, v]) => ` ${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
	return `${p.questionId ?? '-'}: ${p.field}: ${p.code}${values.join('')}${p.severity === 'note' ? ' (note)' : ''}`;
}

/** A key that is the same for two problems saying the same thing in the same place. */
export function problemKey(p: Problem): string {
	return JSON.stringify([p.file, p.questionId ?? '', p.field, p.code, p.params]);
}
