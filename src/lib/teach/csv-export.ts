/**
 * A Kasoti set as a spreadsheet: CSV as RFC 4180 writes it, with a header row of the column
 * names Kasoti's own CSV reader knows, so the file opens in Excel or LibreOffice, can be edited
 * there and imported again with the same question ids.
 */
import { englishLine } from '../bank/english-line';
import type { Question, QuestionSet } from '../bank/schema';

/** The header row: every name is one the reader maps to its column (src/lib/import/csv-columns.ts). */
const COLUMNS = ['id', 'question', 'answer', 'category', 'kind', 'accept', 'distractors', 'en', 'explanation', 'quote', 'tags'] as const;

/** Items of a list cell: the reader splits a cell on `|`, or on `;` when it has no `|`. */
const LIST = ' | ';

/**
 * A list as one cell: an item's own `|` is written `\|`, which the reader keeps in the item, and a
 * lone item holding a `;` ends in `|`, so the reader does not split it there.
 */
function listCell(items: readonly string[]): string {
	const cell = items.map((item) => item.replace(/\|/g, '\\|')).join(LIST);
	return items.length === 1 && cell.includes(';') ? `${cell}${LIST.trimEnd()}` : cell;
}

/** Whether a cell would start a formula in a spreadsheet: `=`, `+`, `-` or `@`, unless it is a plain number. */
const startsFormula = (text: string) => /^[=+\-@]/.test(text) && !/^[+-]?\d[\d.,]*$/.test(text);

/**
 * One cell: a text a spreadsheet would run as a formula gets a leading `'` (the reader drops it
 * again); a cell with a comma, a quote or a line break is quoted, quotes doubled (RFC 4180).
 */
export function csvCell(text: string): string {
	const safe = startsFormula(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One question's cells, in the order of `COLUMNS`; a tag's spaces become `_`, as in Anki, since tags are split at spaces. */
function cells(q: Question): string[] {
	const tags = (q.tags ?? []).map((tag) => tag.trim().replace(/\s+/g, '_'));
	return [
		q.id,
		q.prompt,
		q.answer,
		q.category,
		q.kind ?? '',
		listCell(q.accept),
		listCell(q.distractors ?? []),
		englishLine(q) ?? '',
		q.explanation ?? '',
		q.quote,
		tags.join(' ')
	];
}

/**
 * The set as CSV: a byte-order mark first, so Excel reads the Gujarati as UTF-8 rather than in
 * the computer's own code page, and CRLF line ends, as RFC 4180 has them.
 */
export function toCsv(set: QuestionSet): string {
	const rows = [[...COLUMNS], ...set.questions.map(cells)];
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
