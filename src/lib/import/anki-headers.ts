/**
 * Anki's plain-text file headers (Anki 2.1.54 and later): `#separator:`, `#html:`, `#tags:`,
 * `#columns:`, `#deck:` and the "... column" lines, at the top of the file.
 */
import type { Role } from './csv-columns';
import { problem, type Problem } from '../bank/problems';

/** Anki's names for separators in a `#separator:` header. */
const SEPARATOR_NAMES = new Map([
	['comma', ','],
	['semicolon', ';'],
	['tab', '\t'],
	['space', ' '],
	['pipe', '|'],
	['colon', ':']
]);

/** Anki's file headers, read from the top of the file. */
export type Headers = {
	separator?: string;
	html: boolean;
	columns?: string;
	deck?: string;
	tags: string[];
	/** 0-based columns that hold tags, decks, note types or GUIDs rather than fields. */
	special: Map<number, Role>;
	/** How many lines the headers take. */
	lines: number;
	problems: Problem[];
};

/** Whether a line is one of Anki's `#key:value` headers. */
export function isAnkiHeader(line: string): boolean {
	return /^#(separator|html|tags|columns|notetype|deck|(notetype|deck|tags|guid) column):/i.test(line);
}

/** The headers at the top of `lines`, with problems for values Anki would not take. */
export function readHeaders(lines: string[], file: string): Headers {
	const headers: Headers = { html: false, tags: [], special: new Map(), lines: 0, problems: [] };
	for (const [i, line] of lines.entries()) {
		// the old tags syntax has no '#', and only ever on the first line
		const old = i === 0 ? /^tags:(.*)$/i.exec(line) : null;
		if (!line.startsWith('#') && !old) break;
		headers.lines = i + 1;
		const m = old ? ['', 'tags', old[1]!] : /^#([a-z ]+):(.*)$/i.exec(line);
		if (!m) continue;
		const key = m[1]!.trim().toLowerCase();
		const value = m[2]!.trim();
		if (key === 'separator') {
			const named = SEPARATOR_NAMES.get(value.toLowerCase());
			if (named !== undefined) headers.separator = named;
			else if ([...value].length === 1) headers.separator = value;
			else {
				headers.problems.push(problem('anki-separator', { file, field: 'separator', line: i + 1 }, { value }));
			}
		} else if (key === 'html') headers.html = value.toLowerCase() === 'true';
		else if (key === 'columns') headers.columns = m[2]!.replace(/^ /, '');
		else if (key === 'deck') headers.deck = value;
		else if (key === 'tags') headers.tags.push(...value.split(/\s+/).filter(Boolean));
		else if (key.endsWith(' column') && /^\d+$/.test(value)) {
			headers.special.set(Number(value) - 1, key === 'tags column' ? 'tags' : 'ignored');
		}
	}
	return headers;
}
