/**
 * Teachers' question files to Kasoti sets: detect the format, read it, check it, and build the
 * set, all synchronously. A file with any blocking problem gives nothing at all.
 */
import type { QuestionSet } from '../bank/schema';
import { NO_QUESTION, WHOLE_FILE } from '../bank/validate';
import { parseAiken } from './aiken';
import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { detectFormat, stripBom } from './detect';
import { parseGift } from './gift';
import { parseKasotiJson } from './json';
import { problem } from './shared';
import { draftsToSet, setIdFromName } from './to-set';
import type { ImportProblem, ImportResult, ParseOutput, SetMeta } from './types';

export type * from './types';
export { decodeBytes, sniffEncoding, type TextEncoding } from './decode';
export { detectFormat, looksBinary, stripBom } from './detect';
export { parseAiken } from './aiken';
export { parseCsv, guessDelimiter } from './csv';
export { parseGift, categoryFromPath, TRUE_ANSWER, FALSE_ANSWER } from './gift';
export { toGift, escapeGift } from './gift-export';
export { parseKasotiJson, type JsonOutcome } from './json';
export { proposeCategory, type Proposal } from './propose';
export { BLANK } from './shared';
export { MAX_BYTES, MAX_QUESTIONS } from './limits';
import { MAX_BYTES, MAX_QUESTIONS } from './limits';
export {
	draftsToSet,
	factSentence,
	hasNoSource,
	importedArticle,
	questionIdFor,
	setIdFromName,
	type SetOutcome
} from './to-set';



/** The name problems use for a file given without one. */
const UNNAMED = 'upload';

/** Size of a text in UTF-8 bytes, counted without copying it. */
function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		// a surrogate pair is one 4-byte character: 2 bytes for each half
		else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
		else bytes += 3;
	}
	return bytes;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Messages for files that are not read at all. */
const UNREADABLE = {
	empty: 'is empty',
	binary:
		'is not a text file (it looks like a spreadsheet, PDF or image): save it as CSV UTF-8 or plain text first',
	unknown:
		'is in no format Kasoti knows: use Kasoti JSON, Moodle GIFT, Aiken, or CSV/TSV with a question column and an answer column'
} as const;

const PARSERS = { gift: parseGift, aiken: parseAiken, csv: parseCsv } as const;

/**
 * The id and titles a set from this file gets until the teacher renames it: the id from the
 * file name, the title from the file (an Anki deck) or else the file name without extension.
 */
export function suggestMeta(fileName: string | undefined, title?: string): SetMeta {
	const base = (fileName ?? '').replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '').trim();
	const name = title ?? (base === '' ? 'Imported questions' : base);
	return { id: setIdFromName(fileName ?? name), title: name, title_en: name };
}

/** Whether any problem stops the import. */
export const isBlocked = (problems: ImportProblem[]) => problems.some((p) => p.blocking);

/**
 * Imports one file's text. `fileName` names the file in problems, suggests the set's id and
 * title, and decides the format only when the content cannot.
 */
export function importText(text: string, fileName?: string): ImportResult {
	const result = readFile(text, fileName);
	// file-wide problems first, then in file order (sort is stable)
	result.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return result;
}

function readFile(text: string, fileName: string | undefined): ImportResult {
	const file = fileName ?? UNNAMED;
	const body = stripBom(text);
	const format = detectFormat(body, fileName);
	const bytes = text.length * 3 <= MAX_BYTES ? 0 : utf8Length(text);
	if (bytes > MAX_BYTES) {
		const message = `is too large (${megabytes(bytes)}): at most ${megabytes(MAX_BYTES)} can be imported at once`;
		return { format, drafts: [], problems: [problem(file, WHOLE_FILE, message)] };
	}
	if (format === 'empty' || format === 'binary' || format === 'unknown')
		return { format, drafts: [], problems: [problem(file, WHOLE_FILE, UNREADABLE[format])] };

	if (format === 'json') {
		const { set, drafts, problems } = parseKasotiJson(body, file);
		const tooMany = drafts.length > MAX_QUESTIONS ? [tooManyProblem(file, drafts.length)] : [];
		if (!set || tooMany.length > 0) return { format, drafts: [], problems: [...problems, ...tooMany] };
		return { format, set, drafts, problems };
	}

	const output: ParseOutput = PARSERS[format](body, file);
	const problems = [...output.problems];
	if (output.drafts.length > MAX_QUESTIONS) problems.push(tooManyProblem(file, output.drafts.length));
	if (output.drafts.length === 0 && !isBlocked(problems))
		problems.push(problem(file, WHOLE_FILE, 'has no questions Kasoti can use'));
	if (isBlocked(problems)) return { format, drafts: [], problems };

	const drafts = output.drafts;
	const meta = suggestMeta(fileName, output.title);
	const unknown = drafts.filter((d) => d.category === undefined);
	if (unknown.length > 0) {
		// not the file's fault: the teacher chooses, then calls draftsToSet with `meta`
		const count = unknown.length === 1 ? '1 question has' : `${unknown.length} questions have`;
		const message = `${count} no category that could be told from the file: choose date, person or place for each`;
		problems.push(problem(file, 'category', message, { line: unknown[0]!.line, blocking: false }));
		return { format, drafts, meta, problems };
	}
	const outcome = draftsToSet(drafts, meta, file);
	problems.push(...outcome.problems);
	if (!outcome.set) return { format, drafts: [], problems };
	return { format, set: outcome.set, drafts, meta, problems };
}

function tooManyProblem(file: string, count: number): ImportProblem {
	const message = `has ${count} questions: at most ${MAX_QUESTIONS} can be imported at once`;
	return problem(file, WHOLE_FILE, message);
}

/** Imports a file given as bytes: UTF-8, or UTF-16 with or without a byte-order mark. */
export function importBytes(bytes: Uint8Array, fileName?: string): ImportResult {
	return importText(decodeBytes(bytes), fileName);
}

/** A set as Kasoti JSON, tab-indented like the bank's own files. */
export function exportJson(set: QuestionSet): string {
	const { $schema: _, ...rest } = set;
	return `${JSON.stringify(rest, null, '\t')}\n`;
}

/** One line per problem: `file:line: question id: field: message` (the line when known). */
export function formatImportProblem(p: ImportProblem): string {
	const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
	return `${where}: ${p.questionId ?? NO_QUESTION}: ${p.field}: ${p.message}`;
}
