/**
 * Teachers' question files to Kasoti sets: detect the format, read it, check it, and build the
 * set, all synchronously. A file with any blocking problem gives nothing at all.
 */
import type { QuestionSet } from '../bank/schema';
import { hasErrors, problem, WHOLE_FILE, type Problem } from '../bank/problems';
import { isValidId } from '../bank/ids';
import { parseAiken } from './aiken';
import { parseCsv } from './csv';
import { readBytes } from './encoding';
import { cleanText, stripInvisible } from '../text/normalize';
import { detectFormat, stripBom } from './detect';
import { parseGift } from './gift';
import { parseKasotiJson } from './json';
import { setIdFromName } from '../bank/ids';
import { draftsToGoodSet } from './to-set';
import { tooManyQuestions } from './shared';
import type { ImportResult, ParseOutput, SetMeta } from './types';

export type * from './types';
export { decodeBytes, sniffEncoding, type TextEncoding } from '../text/decode';
export { detectFormat, looksBinary, stripBom } from './detect';
export { readBytes, type FileEncoding } from './encoding';
export { parseAiken } from './aiken';
export { parseCsv, guessDelimiter } from './csv';
export { parseGift, categoryFromPath, TRUE_ANSWER, FALSE_ANSWER } from './gift';
export { parseKasotiJson, type JsonOutcome } from './json';
export { proposeCategory, type Proposal } from './propose';
export { BLANK } from '../bank/blank';
export { MAX_BYTES, MAX_QUESTIONS } from './limits';
import { MAX_BYTES, MAX_QUESTIONS } from './limits';
export { draftsToGoodSet, draftsToSet, factSentence, hasNoSource, type SetOutcome } from './to-set';

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

/** Why a file is not read at all. */
const UNREADABLE = { empty: 'file-empty', binary: 'not-text', unknown: 'unknown-format' } as const;

const PARSERS = { gift: parseGift, aiken: parseAiken, csv: parseCsv } as const;

/** What a file says of its set besides the questions. */
type FileMeta = Pick<ParseOutput, 'title' | 'titleEn' | 'setId'>;

/** Kasoti's own export names: `<set title>.gift.txt`, `<set title>.anki.txt`, `<set title>.csv`. */
const OWN_EXPORT = /\.(?:gift|anki)\.txt$/i;

/**
 * The id and titles a set from this file gets until the teacher renames it: the id the file
 * names (Kasoti's own export), else one from the file name; the title from the file (an Anki
 * deck, Kasoti's export) or else the file name without extension.
 */
export function suggestMeta(fileName: string | undefined, fromFile: FileMeta = {}): SetMeta {
	const name = (fileName ?? '').replace(OWN_EXPORT, '.txt');
	// a file name can hide U+202E too ("set\u202Efig.txt" shows as "settxt.gif")
	const base = cleanText(name.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''));
	const title = cleanText(fromFile.title ?? '') || (base === '' ? 'Imported questions' : base);
	const titleEn = cleanText(fromFile.titleEn ?? '') || title;
	const id = fromFile.setId !== undefined && isValidId(fromFile.setId) ? fromFile.setId : setIdFromName(name || title);
	return { id, title, title_en: titleEn };
}

/** How many questions errors keep out: the lines that have one. */
function questionsWithErrors(problems: readonly Problem[]): number {
	return new Set(problems.flatMap((p) => (p.severity === 'error' ? [p.line] : []))).size;
}

/** An error that is not one question's: the whole file, or no line to tie it to. */
const isFileWide = (p: Problem) => p.severity === 'error' && (p.field === WHOLE_FILE || p.line === undefined);


/**
 * Imports one file's text. `fileName` names the file in problems, suggests the set's id and
 * title, and decides the format only when the content cannot.
 */
export function importText(text: string, fileName?: string): ImportResult {
	const result = readFile(text, fileName);
	// file-wide problems first, then in file order (sort is stable)
	result.problems = result.problems.map(withVisibleParams).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return result;
}

/** A problem whose quoted file text has no invisible characters left to reorder the message around it. */
function withVisibleParams(p: Problem): Problem {
	const visible = (value: unknown): unknown =>
		typeof value === 'string' ? stripInvisible(value) : Array.isArray(value) ? value.map(visible) : value;
	const params = Object.fromEntries(Object.entries(p.params).map(([key, value]) => [key, visible(value)]));
	return { ...p, params } as Problem;
}

function readFile(text: string, fileName: string | undefined): ImportResult {
	const file = fileName ?? UNNAMED;
	const body = stripBom(text);
	const format = detectFormat(body, fileName);
	const bytes = text.length * 3 <= MAX_BYTES ? 0 : utf8Length(text);
	const whole = { file, field: WHOLE_FILE };
	if (bytes > MAX_BYTES)
		return { format, drafts: [], problems: [problem('file-too-large', whole, { size: bytes, max: MAX_BYTES })] };
	if (format === 'empty' || format === 'binary' || format === 'unknown')
		return { format, drafts: [], problems: [problem(UNREADABLE[format], whole)] };

	if (format === 'json') {
		const { set, drafts, problems, left } = parseKasotiJson(body, file);
		const tooMany = drafts.length > MAX_QUESTIONS ? [tooManyQuestions(file, drafts.length)] : [];
		if (!set || tooMany.length > 0) return { format, drafts: [], problems: [...problems, ...tooMany] };
		return { format, set, drafts, problems, ...(left !== undefined && { left }) };
	}

	const output: ParseOutput = PARSERS[format](body, file);
	const problems = [...output.problems];
	if (output.drafts.length > MAX_QUESTIONS) problems.push(tooManyQuestions(file, output.drafts.length));
	if (output.drafts.length === 0 && !hasErrors(problems)) problems.push(problem('no-usable-questions', whole));
	if (output.drafts.length === 0 || problems.some(isFileWide)) return { format, drafts: [], problems };

	const meta = suggestMeta(fileName, output);
	const unknown = output.drafts.filter((d) => d.category === undefined);
	// a category only decides whether a kind may stay, so a stand-in finds every other problem now
	const standIn = output.drafts.map((d) => (d.category ? d : { ...d, category: 'date' as const }));
	const outcome = draftsToGoodSet(standIn, meta, file);
	problems.push(...outcome.problems);
	if (!outcome.set) return { format, drafts: [], problems };
	const drafts = outcome.kept ? outcome.kept.map(({ index, id }) => ({ ...output.drafts[index]!, id })) : output.drafts;
	const left = questionsWithErrors(output.problems) + (outcome.left ?? 0);
	const partial = left > 0 ? { left } : {};
	if (unknown.length > 0) {
		// not the file's fault: the teacher chooses, then calls draftsToGoodSet with `meta`
		const place = { file, field: 'category', line: unknown[0]!.line, severity: 'note' } as const;
		problems.push(problem('categories-to-choose', place, { count: unknown.length }));
		return { format, drafts, meta, problems, ...partial };
	}
	return { format, set: outcome.set, drafts, meta, problems, ...partial };
}


/**
 * Imports a file given as bytes: UTF-8, or UTF-16 with or without a byte-order mark. Bytes that
 * are not UTF-8 are read as Windows-1252 (Excel's "CSV" on a Western Windows), with a note first:
 * no Gujarati letter survives that encoding. In a file that is UTF-8 but for a few lines, the
 * note is given for each of those lines, since its Gujarati elsewhere was read as written.
 */
export function importBytes(bytes: Uint8Array, fileName?: string): ImportResult {
	const { text, encoding, lines = [], mixed = false } = readBytes(bytes);
	const result = importText(text, fileName);
	if (encoding !== 'windows-1252') return result;
	const place = { file: fileName ?? UNNAMED, field: WHOLE_FILE, severity: 'note' } as const;
	const notes = mixed ? lines.map((line) => problem('not-utf8', { ...place, line })) : [problem('not-utf8', place)];
	return { ...result, problems: [...notes, ...result.problems] };
}
