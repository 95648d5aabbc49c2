/**
 * CSV and TSV: spreadsheets (comma or, in European locales, semicolon), Anki's plain-text
 * export with its `#separator:` headers, and Quizlet's tab-separated export. Papa Parse reads the
 * fields; this module finds the columns and keeps every problem on the file's real line.
 */
import Papa from 'papaparse';
import type { Category, PlaceKind } from '../bank/schema';
import { cleanText } from '../text/normalize';
import { readHeaders, type Headers } from './anki-headers';
import { isHeaderRow, roleOf, type Role } from './csv-columns';
import { problem, type Problem } from '../bank/problems';
import { MAX_OPTIONS, MAX_QUESTIONS } from './limits';
import { categoryFromName, checkedDraft, kindFromName, splitList, stripHtml, tooManyQuestions } from './shared';
import type { Draft, ParseOutput } from './types';

/** Separators tried when a file names none, in the order that wins a tie (Anki's order). */
const GUESSES = ['\t', ';', ',', '|'];

/** The separator that splits most rows of `body` into the same number (two or more) of fields. */
export function guessDelimiter(body: string): string | undefined {
	// the ';' of an HTML entity (&nbsp;) is not a separator; the first 64 KB hold rows enough
	const sample = body.slice(0, 65_536).replace(/&(#?\w+);/g, '&$1');
	let best: { delimiter: string; share: number } | undefined;
	for (const delimiter of GUESSES) {
		const rows = Papa.parse<string[]>(sample, { delimiter, preview: 30, skipEmptyLines: 'greedy' }).data;
		if (rows.length === 0) continue;
		const counts = new Map<number, number>();
		for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
		const [fields, rowsWithMode] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
		const share = rowsWithMode / rows.length;
		if (fields >= 2 && share >= 0.8 && (!best || share > best.share)) best = { delimiter, share };
	}
	return best?.delimiter;
}

/** One row as Papa Parse read it, with the line it starts on. */
type Row = { fields: string[]; line: number; errors: Papa.ParseError[] };

/** Every row of the body, each with the 1-based file line it starts on, quoted newlines counted. */
function readRows(body: string, delimiter: string, firstLine: number): Row[] {
	const rows: Row[] = [];
	let start = 0;
	let line = firstLine;
	Papa.parse<string[]>(body, {
		delimiter,
		step: (result) => {
			rows.push({ fields: result.data, line, errors: result.errors });
			const end = result.meta.cursor;
			for (let i = start; i < end; i++) if (body.charCodeAt(i) === 10) line++;
			start = end;
		}
	});
	return rows;
}

const isBlank = (fields: string[]) => fields.every((cell) => cell.trim() === '');

/** What each column holds, and the line of the header row if there was one. */
type Layout = { roles: Role[]; headerLine?: number };

/**
 * The columns: named by Anki's `#columns:` or by a header row (which is taken out of `rows`),
 * else question then answer. Notes about columns left out go into `problems`.
 */
function findLayout(rows: Row[], headers: Headers, delimiter: string, file: string, problems: Problem[]): Layout {
	let layout: Layout = { roles: ['prompt', 'answer'] };
	if (headers.columns !== undefined) {
		layout = { roles: headers.columns.split(delimiter).map((name) => roleOf(name) ?? 'ignored') };
	} else if (rows[0] && isHeaderRow(rows[0].fields)) {
		const header = rows.shift()!;
		layout = { roles: header.fields.map((name) => roleOf(name) ?? 'ignored'), headerLine: header.line };
		const unknown = header.fields.filter((name) => name.trim() !== '' && !roleOf(name));
		if (unknown.length > 0) {
			const place = { file, field: 'columns', line: header.line, severity: 'note' } as const;
			problems.push(problem('csv-unknown-columns', place, { names: unknown.map(cleanText) }));
		}
	}
	for (const [index, role] of headers.special) layout.roles[index] = role;
	// `#columns:` names Anki gave no meaning to: the first two plain columns are question and answer
	const { roles } = layout;
	if (headers.columns !== undefined && !roles.includes('prompt') && !roles.includes('answer')) {
		const plain = roles.flatMap((role, i) => (role === 'ignored' && !headers.special.has(i) ? [i] : []));
		if (plain.length >= 2) [roles[plain[0]!], roles[plain[1]!]] = ['prompt', 'answer'];
	}
	if (headers.columns === undefined && layout.headerLine === undefined) {
		const widest = rows.reduce((n, r) => Math.max(n, r.fields.findLastIndex((cell) => cell.trim() !== '') + 1), 0);
		if (widest > 2) {
			const place = { file, field: 'columns', line: rows[0]!.line, severity: 'note' } as const;
			problems.push(problem('csv-extra-columns', place, { last: widest }));
		}
	}
	return layout;
}

/** Problems Papa Parse found with quotes, on the line of their row. */
function quoteProblems(rows: Row[], file: string): Problem[] {
	return rows.flatMap((row) =>
		row.errors.map((error) => {
			const code = error.code === 'MissingQuotes' ? 'csv-unclosed-quote' : 'csv-misplaced-quote';
			return problem(code, { file, field: 'row', line: row.line });
		})
	);
}

/** Reads a CSV or TSV file into drafts; `file` names it in problems. */
export function parseCsv(text: string, file: string): ParseOutput {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const headers = readHeaders(lines, file);
	const body = lines.slice(headers.lines).join('\n');
	const delimiter = headers.separator ?? guessDelimiter(body) ?? (body.includes('\t') ? '\t' : ',');
	const rows = readRows(body, delimiter, headers.lines + 1).filter((r) => !isBlank(r.fields));
	const problems = [...headers.problems, ...quoteProblems(rows, file)];
	const title = headers.deck ? { title: headers.deck } : {};

	const layout = findLayout(rows, headers, delimiter, file, problems);
	if (!layout.roles.includes('prompt') || !layout.roles.includes('answer')) {
		const line = layout.headerLine ?? Math.max(1, headers.lines);
		problems.push(problem('csv-no-columns', { file, field: 'columns', line }));
		return { drafts: [], problems, ...title };
	}
	const drafts: Draft[] = [];
	// counted before any row is read: a file too large to import is not worth reading row by row
	if (rows.length > MAX_QUESTIONS) return { drafts, problems: [...problems, tooManyQuestions(file, rows.length)], ...title };
	for (const row of rows) {
		const draft = rowToDraft(row, layout.roles, headers, file, problems);
		if (draft) drafts.push(draft);
	}
	return { drafts, problems, ...title };
}

/** One row as a draft, or undefined with its problems added to `problems`. */
function rowToDraft(
	row: Row,
	roles: Role[],
	headers: Headers,
	file: string,
	problems: Problem[]
): Draft | undefined {
	const cells = (role: Role) =>
		row.fields.flatMap((cell, i) => (roles[i] === role ? [headers.html ? stripHtml(cell) : cell] : []));
	const one = (role: Role) => cleanText(cells(role).find((cell) => cleanText(cell) !== '') ?? '');
	let ok = true;
	const fail = (found: Problem) => {
		problems.push(found);
		ok = false;
	};
	const at = (field: string) => ({ file, field, line: row.line });
	// as written: a cell of nothing but invisible characters is refused by name, not as empty
	const raw = (role: Role) => cells(role).find((cell) => cleanText(cell) !== '') ?? cells(role).find((cell) => cell.trim() !== '') ?? '';
	const prompt = raw('prompt');
	const answer = raw('answer');
	if (prompt.trim() === '') fail(problem('empty', at('prompt')));
	// a line with no separator at all is most often the rest of a multi-line field (Quizlet's trap)
	if (answer.trim() === '' && row.fields.length === 1 && row.errors.length === 0) fail(problem('csv-continued-line', at('answer')));
	else if (answer.trim() === '') fail(problem('empty', at('answer')));

	const categoryCell = one('category');
	const tags = [...headers.tags, ...cells('tags').flatMap((cell) => cell.split(/\s+/))];
	let category: Category | undefined;
	if (categoryCell !== '') {
		category = categoryFromName(categoryCell);
		if (!category) fail(problem('csv-category-name', at('category'), { value: categoryCell }));
	} else category = tags.map(categoryFromName).find((c) => c !== undefined);

	const kindCell = one('kind');
	let kind: PlaceKind | undefined;
	if (kindCell !== '') {
		kind = kindFromName(kindCell);
		if (!kind) fail(problem('csv-kind-name', at('kind'), { value: kindCell }));
	}
	const accept = cells('accept').flatMap(splitList);
	const distractors = cells('distractors').flatMap(splitList);
	if (accept.length + distractors.length >= MAX_OPTIONS) fail(problem('too-many-options', at('distractors'), { max: MAX_OPTIONS }));
	if (!ok) return undefined;
	const draft = checkedDraft(
		{
			prompt,
			answer,
			accept,
			distractors,
			...(category && { category }),
			...(kind && { kind }),
			quote: one('quote'),
			en: one('en'),
			explanation: one('explanation'),
			line: row.line
		},
		{ file, line: row.line }
	);
	if ('prompt' in draft) return draft;
	problems.push(draft);
	return undefined;
}
