/**
 * Anki's plain-text file headers (Anki 2.1.54 and later), read as Anki's own importer reads them
 * (rslib/src/import_export/text/csv/metadata.rs): only the top of the file is metadata, a legacy
 * `tags:` first line and then every line that starts with `#`; a `#` line without a known
 * `key:` is a comment. The first other line ends the header.
 */
import { problem, type Problem } from '../bank/problems';
import { KASOTI_KEYS } from './gift-comments';

/** Anki's names for separators in a `#separator:` header; Anki takes these characters and no others. */
const SEPARATOR_NAMES = new Map([
	['comma', ','],
	['semicolon', ';'],
	['tab', '\t'],
	['space', ' '],
	['pipe', '|'],
	['colon', ':']
]);

/** A separator's name as Anki's headers write it: `Tab`. */
function nameOf(char: string): string {
	const name = [...SEPARATOR_NAMES].find(([, c]) => c === char)![0];
	return name[0]!.toUpperCase() + name.slice(1);
}

/** What a column named by a `#… column:` header holds; such a column is never a note's field. */
export type SpecialColumn = 'tags' | 'deck' | 'notetype' | 'id';

/** Anki's file headers, read from the top of the file. */
export type Headers = {
	/** `#separator:` as written, with its line, and the character it names when Anki knows it. */
	separator?: { value: string; line: number; char?: string };
	/** `#html:`; undefined when the file does not say, and the fields decide. */
	html?: boolean;
	/** `#columns:` as written, its line, and the separator in force there (Anki splits it with that one). */
	columns?: { text: string; line: number; separator: string };
	deck?: string;
	/** The set id and English title of Kasoti's own export (`#kasoti-set:`, `#kasoti-title-en:`), which Anki passes over. */
	setId?: string;
	titleEn?: string;
	/** `#notetype:`, with its line. */
	notetype?: { name: string; line: number };
	tags: string[];
	/** 0-based columns that hold tags, decks, note types or GUIDs rather than fields. */
	special: Map<number, SpecialColumn>;
	/** How many lines the headers take, comments included. */
	lines: number;
	/** Whether any line is one of Anki's headers (a `#key:` Anki knows, or the legacy `tags:` line). */
	anki: boolean;
};

/** Whether a line is one of Anki's `#key:value` headers. */
export function isAnkiHeader(line: string): boolean {
	return /^#\s*(separator|html|tags|columns|notetype|deck|(notetype|deck|tags|guid) column)\s*:/i.test(line);
}

/** Whether a file's first line is Anki's legacy `tags:` line (lower case only, as Anki reads it). */
export const isLegacyTags = (line: string) => line.startsWith('tags:');

/**
 * A value cut where a spreadsheet's padding starts: `Pipe,,,,` is `Pipe`, `\t|,:` is a tab.
 * Anki does this for every value but the free-form ones, keeping the first character as it is
 * so that `#separator:,` still names a comma.
 */
function trimmedValue(value: string): string {
	const chars = [...value];
	if (chars.length < 2) return value;
	const cut = chars.findIndex((c, i) => i > 0 && !/[a-z0-9]/i.test(c));
	return cut === -1 ? value : chars.slice(0, cut).join('');
}

/** The separator a `#separator:` value names, as Anki matches it: a name in any case, or the character. */
function separatorOf(value: string): string | undefined {
	const lower = value.toLowerCase();
	const named = SEPARATOR_NAMES.get(lower.trim());
	if (named !== undefined) return named;
	return [...SEPARATOR_NAMES.values()].find((c) => c === lower);
}

/** A column number as Anki takes it: digits only, 1-based; 0 or anything else names no column. */
function columnOf(value: string): number | undefined {
	const text = value.trim();
	return /^\+?\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) - 1 : undefined;
}

/** A free-form value without the empty cells a spreadsheet pads a header line with. */
const unpadded = (value: string) => value.replace(/[,;\t|]+$/, '').trim();

/** The headers at the top of `lines`. */
export function readHeaders(lines: string[]): Headers {
	const headers: Headers = { tags: [], special: new Map(), lines: 0, anki: false };
	// Anki's separator before any `#separator:` line: `#columns:` is split with it
	let separator = '\t';
	for (const [i, text] of lines.entries()) {
		if (i === 0 && isLegacyTags(text)) {
			headers.tags = unpadded(text.slice('tags:'.length)).split(/\s+/).filter(Boolean);
			headers.anki = true;
			headers.lines = 1;
			continue;
		}
		if (!text.startsWith('#')) break;
		headers.lines = i + 1;
		const colon = text.indexOf(':');
		if (colon === -1) continue;
		const key = text.slice(1, colon).trim().toLowerCase();
		const value = text.slice(colon + 1);
		const trimmed = trimmedValue(value);
		const line = i + 1;
		switch (key) {
			case 'separator': {
				const char = separatorOf(trimmed);
				// Anki keeps the last separator it knows and passes over the others
				if (char !== undefined) separator = char;
				// a note shows the separator as Anki read it: "Pipe" of `Pipe,,,`, the name of a tab
				const shown = char === undefined ? trimmed.trim() || value.trim() : nameOf(char);
				if (char !== undefined || headers.separator?.char === undefined)
					headers.separator = { value: shown, line, ...(char !== undefined && { char }) };
				break;
			}
			case 'html':
				if (/^(true|false)$/i.test(trimmed)) headers.html = trimmed.toLowerCase() === 'true';
				break;
			case 'tags':
				headers.tags = unpadded(value).split(/\s+/).filter(Boolean);
				break;
			case 'columns':
				headers.columns = { text: value, line, separator };
				break;
			case 'notetype':
				if (unpadded(value) !== '') headers.notetype = { name: unpadded(value), line };
				break;
			case 'deck':
				if (unpadded(value) !== '') headers.deck = unpadded(value);
				break;
			case 'tags column':
			case 'deck column':
			case 'notetype column':
			case 'guid column': {
				const column = columnOf(trimmed);
				const role = key === 'guid column' ? 'id' : (key.slice(0, -' column'.length) as SpecialColumn);
				// a later header for the same role moves it, as in Anki, where each is one setting
				for (const [index, held] of headers.special) if (held === role) headers.special.delete(index);
				if (column !== undefined) headers.special.set(column, role);
				break;
			}
			case KASOTI_KEYS.set:
				if (unpadded(value) !== '') headers.setId = unpadded(value);
				continue;
			case KASOTI_KEYS.titleEn:
				if (unpadded(value) !== '') headers.titleEn = unpadded(value);
				continue;
			default:
				// "match scope", "if matches" and anything else: Anki's own settings, or a comment
				continue;
		}
		headers.anki = true;
	}
	return headers;
}

/** The note for a `#separator:` Anki does not know, or one the rows are not split by. */
export function separatorNote(value: string, line: number, file: string): Problem {
	return problem('anki-separator', { file, field: 'separator', line, severity: 'note' }, { value });
}
