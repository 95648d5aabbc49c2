/**
 * CSV and TSV: spreadsheets (comma or, in European locales, semicolon), Anki's plain-text
 * export with its `#` headers, and Quizlet's tab-separated export. Papa Parse reads the fields;
 * this module finds the columns and keeps every problem on the file's real line.
 */
import Papa from 'papaparse';
import type { Category, PlaceKind } from '../bank/schema';
import { isValidId } from '../bank/ids';
import { cleanText } from '../text/normalize';
import { clozeCards, deckTitle, fieldText, hasCloze, looksLikeHtml } from './anki-fields';
import { readHeaders, separatorNote, type Headers } from './anki-headers';
import { isHeaderRow, roleOf, type Role } from './csv-columns';
import { problem, type LeftOut, type Problem } from '../bank/problems';
import { MAX_OPTIONS, MAX_QUESTIONS } from './limits';
import { categoryFromName, checkedDraft, kindFromName, splitList, tooManyQuestions } from './shared';
import type { Draft, ParseOutput } from './types';

/** Separators tried when a file names none, in the order that wins a tie. */
const GUESSES = ['\t', ';', ',', '|'];

/** Papa Parse's options for a file whose `#` lines are comments, or not. */
const commentOption = (comments: boolean) => (comments ? { comments: '#' } : {});

/** The first rows of a text, split by `delimiter`: enough to tell how a file is laid out. */
function sampleRows(body: string, delimiter: string, comments: boolean): string[][] {
	// the ';' of an HTML entity (&nbsp;) is not a separator; the first 64 KB hold rows enough
	const sample = body.slice(0, 65_536).replace(/&(#?\w+);/g, '&$1');
	return Papa.parse<string[]>(sample, { delimiter, preview: 30, skipEmptyLines: 'greedy', ...commentOption(comments) }).data;
}

/**
 * The separator that splits the rows of `body` alike into two or more fields. For a tab, a line
 * it does not split at all does not count against it: that is the rest of a field typed over two
 * lines, which Quizlet writes as it is. Prose has such lines beside its commas, so for the other
 * separators most rows must split alike. `comments`: `#` lines are skipped, as Anki skips them.
 */
export function guessDelimiter(body: string, comments = false): string | undefined {
	let best: { delimiter: string; share: number } | undefined;
	for (const delimiter of GUESSES) {
		const rows = sampleRows(body, delimiter, comments);
		const counts = new Map<number, number>();
		for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
		const mode = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
		if (!mode) continue;
		const alike = mode[1];
		const split = [...counts.values()].reduce((sum, n) => sum + n, 0);
		const share = alike / (delimiter === '\t' ? split : rows.length);
		// Quizlet's comma export is unquoted: a definition's own commas split some rows further, yet every row
		// splits, and a definition without a comma leaves its row at two fields
		const quizletCommas = delimiter === ',' && split === rows.length && counts.has(2) && rows.length > 1;
		// one split row among several is chance, not a table
		if (!quizletCommas && (share < 0.8 || (alike < 2 && rows.length > 1))) continue;
		if (!best || share > best.share) best = { delimiter, share };
	}
	return best?.delimiter;
}

/** Whether `delimiter` splits any of the first rows of `body` into two fields or more. */
const splitsAnyRow = (body: string, delimiter: string, comments: boolean) =>
	sampleRows(body, delimiter, comments).some((row) => row.length > 1);

/**
 * The separator of the rows: the one `#separator:` names, unless the rows are not split by it
 * and are by another (a spreadsheet saved the file again with its own); else the one that splits
 * the rows alike. A named separator that is not used, or not known, gets a note.
 */
function chooseSeparator(body: string, headers: Headers, comments: boolean, file: string, problems: Problem[]): string {
	const named = headers.separator;
	if (named?.char !== undefined && splitsAnyRow(body, named.char, comments)) return named.char;
	const guessed = guessDelimiter(body, comments);
	if (named?.char !== undefined && (guessed === undefined || guessed === named.char)) return named.char;
	if (named) problems.push(separatorNote(named.value, named.line, file));
	return guessed ?? (body.includes('\t') ? '\t' : ',');
}

/** One row as Papa Parse read it, with the line it starts on. */
type Row = { fields: string[]; line: number; errors: Papa.ParseError[] };

/**
 * Every row of the body, each with the 1-based file line it starts on, quoted newlines counted.
 * `comments`: a line starting with `#` between rows is a comment, skipped as Anki skips it.
 */
function readRows(body: string, delimiter: string, firstLine: number, comments: boolean): Row[] {
	const rows: Row[] = [];
	let start = 0;
	let line = firstLine;
	Papa.parse<string[]>(body, {
		delimiter,
		...commentOption(comments),
		step: (result) => {
			// Papa Parse skips comment lines without a step: count them before the row they precede
			while (comments && body.startsWith('#', start)) {
				const end = body.indexOf('\n', start);
				if (end === -1) break;
				line++;
				start = end + 1;
			}
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

/** The roles Anki's `#… column:` headers give. */
const SPECIAL_ROLES = { tags: 'tags', deck: 'deck', notetype: 'notetype', id: 'id' } as const;

/** `#columns:` as names: split by the separator in force on its line, or by the rows' when that one does not split it. */
function columnNames(headers: Headers, delimiter: string): string[] | undefined {
	const columns = headers.columns;
	if (!columns) return undefined;
	const split = (separator: string) => Papa.parse<string[]>(columns.text, { delimiter: separator }).data[0] ?? [];
	const names = split(columns.separator);
	return names.length === 1 && delimiter !== columns.separator ? split(delimiter) : names;
}

/**
 * The columns: named by Anki's `#columns:` or, in a file without Anki's headers, by a header row
 * (which is taken out of `rows`); Anki's special columns are never fields; the first plain
 * columns left are question and answer. Notes about columns left out go into `problems`.
 */
function findLayout(rows: Row[], headers: Headers, delimiter: string, file: string, problems: Problem[]): Layout {
	let names = columnNames(headers, delimiter);
	let namesLine = headers.columns?.line;
	let headerLine: number | undefined;
	if (!names && !headers.anki && rows[0] && isHeaderRow(rows[0].fields)) {
		const header = rows.shift()!;
		names = header.fields;
		namesLine = headerLine = header.line;
	}
	const roles: Role[] = (names ?? []).map((name) => roleOf(name) ?? 'ignored');
	const width = rows.reduce((n, row) => Math.max(n, row.fields.length), roles.length);
	for (let i = roles.length; i < width; i++) roles.push('ignored');
	for (const [index, special] of headers.special) roles[index] = SPECIAL_ROLES[special];
	const free = (i: number) => roles[i] === 'ignored' && !headers.special.has(i);
	// a header row must name them; otherwise fields go to the first plain columns, as Anki maps them
	if (headerLine === undefined) {
		for (const role of ['prompt', 'answer'] as const) {
			const index = roles.findIndex((_, i) => free(i));
			if (!roles.includes(role) && index !== -1) roles[index] = role;
		}
		// Anki's basic note has two fields: the next plain column holds its tags
		const noteTypes = [...headers.special.values()].includes('notetype');
		if (headers.anki && !noteTypes && !roles.includes('tags')) {
			const after = Math.max(roles.indexOf('prompt'), roles.indexOf('answer')) + 1;
			const index = roles.findIndex((_, i) => i >= after && free(i));
			if (index !== -1) roles[index] = 'tags';
		}
	}
	if (headerLine === undefined && !headers.anki && delimiter === ',') joinSplitAnswers(rows, roles, file, problems);
	const used = (i: number) => rows.some((row) => (row.fields[i] ?? '').trim() !== '');
	const unknown = (names ?? []).flatMap((name, i) => (free(i) && name.trim() !== '' ? [cleanText(name)] : []));
	if (unknown.length > 0) {
		const place = { file, field: 'columns', line: namesLine, severity: 'note' } as const;
		problems.push(problem('csv-unknown-columns', place, { names: unknown }));
	}
	// columns past the named ones, counted as fields (Anki's special columns are not fields)
	const fields = roles.flatMap((_, i) => (headers.special.has(i) ? [] : [i]));
	const last = fields.findLastIndex((i) => i >= (names?.length ?? 0) && free(i) && used(i));
	if (last !== -1 && rows[0]) {
		const place = { file, field: 'columns', line: rows[0].line, severity: 'note' } as const;
		problems.push(problem('csv-extra-columns', place, { last: last + 1 }));
	}
	return { roles, ...(headerLine !== undefined && { headerLine }) };
}

/** How many fields of a row hold text. */
const filled = (row: Row) => row.fields.filter((field) => field.trim() !== '').length;

/**
 * Quizlet writes its comma export unquoted, so a definition with a comma in it (ભારત મંડપમ, નવી
 * દિલ્હી) splits into more fields. In a file of two columns with no header, where such rows are
 * fewer than half, or split unlike each other (a third column would split them alike), each is
 * read whole, its text after the first comma the answer, and named.
 */
function joinSplitAnswers(rows: Row[], roles: Role[], file: string, problems: Problem[]): void {
	if (roles[0] !== 'prompt' || roles[1] !== 'answer') return;
	const split = rows.filter((row) => filled(row) > 2 && row.errors.length === 0);
	const unlike = new Set(split.map(filled)).size > 1;
	if (split.length === 0 || (split.length * 2 >= rows.length && !unlike)) return;
	for (const row of split) {
		row.fields = [row.fields[0]!, row.fields.slice(1).join(',').trim()];
		const place = { file, field: 'answer', line: row.line, severity: 'note' } as const;
		problems.push(problem('csv-comma-in-answer', place, { answer: cleanText(row.fields[1]!) }));
	}
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

/** A note that the file's note types were left out: one for the whole file, not one per row. */
function noteTypeNote(rows: Row[], roles: Role[], headers: Headers, file: string): Problem[] {
	const column = roles.indexOf('notetype');
	const names = column === -1 ? [] : [...new Set(rows.map((row) => cleanText(row.fields[column] ?? '')).filter(Boolean))];
	const header = headers.notetype;
	if (names.length === 0 && !header) return [];
	const text = names.length > 0 ? names.join(', ') : header!.name;
	const line = names.length > 0 ? rows[0]!.line : header!.line;
	return [problem('left-out', { file, field: 'columns', line, severity: 'note' }, { what: 'notetype', text })];
}

/** Stands in for the `;` of an HTML character reference while rows are split (one character, so lines count the same). */
const ENTITY_END = '\uE000';

/**
 * The body with the `;` of each character reference (`&amp;`, `&#x0A97;`) kept from splitting a
 * row of a file separated by `;`, unless the file says it is not HTML: a hand-edited Anki file
 * has them unquoted ("Patel &amp; Kurien"), and its answer was cut at the `&amp`.
 */
function guardEntities(body: string, delimiter: string, headers: Headers): string {
	return delimiter === ';' && headers.html !== false ? body.replace(/&(#?\w+);/g, `&$1${ENTITY_END}`) : body;
}

const unguardEntities = (field: string) => field.replaceAll(ENTITY_END, ';');

/** Reads a CSV or TSV file into drafts; `file` names it in problems. */
export function parseCsv(text: string, file: string): ParseOutput {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const headers = readHeaders(lines);
	const body = lines.slice(headers.lines).join('\n');
	// Anki skips a '#' line anywhere as a comment; a spreadsheet has no comments, and a question may open with a hashtag
	const comments = headers.lines > 0;
	const problems: Problem[] = [];
	const delimiter = chooseSeparator(body, headers, comments, file, problems);
	const rows = readRows(guardEntities(body, delimiter, headers), delimiter, headers.lines + 1, comments)
		.filter((r) => !isBlank(r.fields))
		.map((r) => ({ ...r, fields: r.fields.map(unguardEntities) }));
	problems.push(...quoteProblems(rows, file));

	const layout = findLayout(rows, headers, delimiter, file, problems);
	const { roles } = layout;
	const deckColumn = roles.indexOf('deck');
	const deck = deckColumn === -1 ? undefined : deckTitle(rows.map((row) => row.fields[deckColumn] ?? ''));
	const title = deck ?? (headers.deck === undefined ? undefined : deckTitle([headers.deck]));
	const titled = {
		...(title !== undefined && { title }),
		...(headers.titleEn !== undefined && { titleEn: headers.titleEn }),
		...(headers.setId !== undefined && { setId: headers.setId })
	};
	if (!roles.includes('prompt') || !roles.includes('answer')) {
		const line = layout.headerLine ?? Math.max(1, headers.lines);
		problems.push(problem('csv-no-columns', { file, field: 'columns', line }));
		return { drafts: [], problems, ...titled };
	}
	problems.push(...noteTypeNote(rows, roles, headers, file));
	const drafts: Draft[] = [];
	// counted before any row is read: a file too large to import is not worth reading row by row
	if (rows.length > MAX_QUESTIONS) return { drafts, problems: [...problems, tooManyQuestions(file, rows.length)], ...titled };
	// as Anki decides when the file does not say: HTML if any field has a tag; a table with a header
	// row is a spreadsheet's, whose cells are text («<b>» in a prompt about HTML stays as written)
	const html = headers.html ?? (layout.headerLine === undefined && rows.some((row) => row.fields.some(looksLikeHtml)));
	for (const row of rows) drafts.push(...rowToDrafts(row, roles, headers, html, file, problems));
	return { drafts, problems, ...titled };
}

/** A spreadsheet cell kept from running as a formula is written with a leading `'` (csv-export.ts); read it as it was. */
const unguarded = (cell: string) => cell.replace(/^'(?=[=+\-@])/, '');

/** The drafts of one row (a cloze note gives one per deletion), or none with its problems added to `problems`. */
function rowToDrafts(
	row: Row,
	roles: Role[],
	headers: Headers,
	html: boolean,
	file: string,
	problems: Problem[]
): Draft[] {
	const at = (field: string) => ({ file, field, line: row.line });
	const leftOut = (field: string, what: LeftOut, text: string) =>
		problems.push(problem('left-out', { ...at(field), severity: 'note' }, { what, text }));
	const read = new Map<Role, string[]>();
	// each role read once, so a left-out image is named once
	const cells = (role: Role) => {
		const known = read.get(role);
		if (known) return known;
		const texts = row.fields.flatMap((cell, i) => {
			if (roles[i] !== role) return [];
			const field = fieldText(unguarded(cell), html);
			for (const image of field.images) leftOut(role, 'image', image);
			for (const sound of field.sounds) leftOut(role, 'audio', sound);
			return [field.text];
		});
		read.set(role, texts);
		return texts;
	};
	const one = (role: Role) => cleanText(cells(role).find((cell) => cleanText(cell) !== '') ?? '');
	let ok = true;
	const fail = (found: Problem) => {
		problems.push(found);
		ok = false;
	};
	// as written: a cell of nothing but invisible characters is refused by name, not as empty
	const raw = (role: Role) => {
		const all = cells(role);
		return all.find((cell) => cleanText(cell) !== '') ?? all.find((cell) => cell.trim() !== '') ?? '';
	};
	const prompt = raw('prompt');
	const back = raw('answer');
	// a cloze note's answers are in its deletions; its second field is "Back Extra"
	const clozes = hasCloze(prompt) ? clozeCards(prompt) : [];
	const cloze = clozes.length > 0;
	if (prompt.trim() === '') fail(problem('empty', at('prompt')));
	const noAnswer = !cloze && back.trim() === '';
	// a line with no separator at all is most often the rest of a multi-line field (Quizlet's trap)
	if (noAnswer && row.fields.length === 1 && row.errors.length === 0) fail(problem('csv-continued-line', at('answer')));
	else if (noAnswer) fail(problem('empty', at('answer')));

	const labels = [...headers.tags, ...cells('tags').flatMap((cell) => cell.split(/\s+/))].filter((tag) => tag !== '');
	// a tag that names a category or a sort of place says what the question is about, not a label to keep
	const tagCategory = labels.map(categoryFromName).find((c) => c !== undefined);
	const tagKind = labels.map(kindFromName).find((k) => k !== undefined);
	const tags = labels.filter((tag) => !categoryFromName(tag) && !kindFromName(tag));

	const categoryCell = one('category');
	let category: Category | undefined = tagCategory ?? (tagKind && 'place');
	if (categoryCell !== '') {
		category = categoryFromName(categoryCell);
		if (!category) fail(problem('csv-category-name', at('category'), { value: categoryCell }));
	}
	const kindCell = one('kind');
	let kind: PlaceKind | undefined = category === 'place' ? tagKind : undefined;
	if (kindCell !== '') {
		kind = kindFromName(kindCell);
		if (!kind) fail(problem('csv-kind-name', at('kind'), { value: kindCell }));
	}
	const accept = cells('accept').flatMap(splitList);
	const distractors = cells('distractors').flatMap(splitList);
	if (accept.length + distractors.length >= MAX_OPTIONS) fail(problem('too-many-options', at('distractors'), { max: MAX_OPTIONS }));
	if (!ok) return [];
	const id = one('id');
	const explanation = cloze ? [back, one('explanation')].map(cleanText).filter(Boolean).join('\n') : one('explanation');
	const shared = {
		...(isValidId(id) && { id }),
		accept,
		distractors,
		...(category && { category }),
		...(kind && { kind }),
		quote: one('quote'),
		en: one('en'),
		explanation,
		tags,
		line: row.line
	};
	const cards = cloze ? clozes : [{ prompt, answer: back }];
	return cards.flatMap((card) => {
		const draft = checkedDraft({ ...shared, ...card }, { file, line: row.line });
		if ('prompt' in draft) return [draft];
		problems.push(draft);
		return [];
	});
}
