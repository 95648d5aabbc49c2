/**
 * Which format a file is in, told from its content: teachers' files are often named .txt
 * whatever they hold. The file name only decides when the content cannot.
 */
import { isAnkiHeader, isLegacyTags, readHeaders } from './anki-headers';
import { guessDelimiter } from './csv';
import { isHeaderRow } from './csv-columns';
import type { DetectedFormat, ImportFormat } from './types';

/** A file's text without a leading byte-order mark. */
export function stripBom(text: string): string {
	return text.replace(/^\uFEFF/, '');
}

/** Whether text is really binary data: NUL characters, or many undecodable bytes or control characters. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 65536);
	if (sample.includes('\u0000')) return true;
	const odd = sample.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
	return odd >= 4 && odd > sample.length * 0.02;
}

/** A Map, not an object: an extension such as `.constructor` must not find Object's own properties. */
const EXTENSIONS = new Map<string, ImportFormat>([
	['json', 'json'],
	['gift', 'gift'],
	['aiken', 'aiken'],
	['csv', 'csv'],
	['tsv', 'csv'],
	['tab', 'csv']
]);

/** The format a file name suggests by its extension, if any. */
function formatOfName(fileName: string | undefined): ImportFormat | undefined {
	const extension = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
	return extension === undefined ? undefined : EXTENSIONS.get(extension);
}

/**
 * A GIFT answer block: `{=`, `{~`, `{#`, or a true/false value, not escaped. Feedback stops at
 * the next brace of either kind, so a file of unclosed `{T#` is read once, not once per brace.
 */
const GIFT_BLOCK = /(?<!\\)\{\s*(?:[=~#]|(?:T|F|TRUE|FALSE)\s*(?:#[^{}]*)?\})/;
const AIKEN_ANSWER = /^ANSWER\s*:/i;
// a small letter too, as the Aiken reader takes it
const AIKEN_CHOICE = /^[A-Za-z][).]/;

/**
 * Whether a file opens with Anki's `#` lines (headers or comments) and rows a separator splits:
 * Anki's own file, however few rows it has. `lines` are the file's lines as they are.
 */
function isAnkiText(lines: string[]): boolean {
	const headers = readHeaders(lines);
	if (headers.lines === 0) return false;
	return guessDelimiter(lines.slice(headers.lines).join('\n'), true) !== undefined;
}

/** A first line's cells, split by the file's separator, without their quotes. */
function headerCells(line: string, delimiter: string): string[] {
	return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * The format of a file from its content: empty, binary, Kasoti JSON, CSV/TSV (Anki headers, a
 * header row naming the columns, or a .csv a separator splits), GIFT, Aiken, CSV/TSV (a separator
 * that splits the rows alike), else what its name says, else unknown.
 */
export function detectFormat(text: string, fileName?: string): DetectedFormat {
	const body = stripBom(text);
	if (body.trim() === '') return 'empty';
	if (looksBinary(body)) return 'binary';
	const untrimmed = body.split(/\r\n|\r|\n/);
	const lines = untrimmed.map((line) => line.trim());
	const first = lines.find((line) => line !== '') ?? '';
	if (first.startsWith('{') || first.startsWith('[')) {
		// a GIFT file may open with a bare answer block; JSON opens with a key or a list
		if (!GIFT_BLOCK.test(first) || /^[[{]\s*("|$|\{|\[)/.test(first)) return 'json';
	}
	if (isAnkiHeader(first) || isLegacyTags(untrimmed[0]!) || isAnkiText(untrimmed)) return 'csv';
	const delimiter = guessDelimiter(body);
	const named = formatOfName(fileName);
	// a table whose header row names its columns, or a .csv that splits into them, is one even with a
	// cell that looks like GIFT's: Kasoti's own export of an explanation that mentions Moodle's {T}
	if (delimiter !== undefined && (isHeaderRow(headerCells(first, delimiter)) || named === 'csv')) return 'csv';
	if (lines.some((line) => line.startsWith('::') || line.startsWith('$CATEGORY:'))) return 'gift';
	if (lines.some((line) => AIKEN_ANSWER.test(line)) && lines.some((line) => AIKEN_CHOICE.test(line))) return 'aiken';
	if (GIFT_BLOCK.test(body)) return 'gift';
	const rows = lines.filter((line) => line !== '' && !line.startsWith('#')).length;
	// one line with a comma in it is as likely a sentence as a table
	if (delimiter !== undefined && rows >= 2) return 'csv';
	return named ?? 'unknown';
}
