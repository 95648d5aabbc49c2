/** A teacher's set as a file: Kasoti JSON (for Kasoti), GIFT (for Moodle), Anki text, or CSV for spreadsheets. */
import type { QuestionSet } from '../bank/schema';
import { toAnki } from './anki-export';
import { toCsv } from './csv-export';
import { toGift } from './gift-export';

/** A set as Kasoti JSON, tab-indented like the bank's own files. */
export function exportJson(set: QuestionSet): string {
	const { $schema: _, ...rest } = set;
	return `${JSON.stringify(rest, null, '\t')}\n`;
}

/** The formats a set can be exported in. */
export type ExportFormat = 'json' | 'gift' | 'anki' | 'csv';

/** A file to download or share. */
export type ExportFile = { name: string; type: string; text: string };

/** The longest title a file name keeps, in letters as a reader counts them. */
const MAX_NAME = 60;

/**
 * A file name for the set: its title, as the teacher finds it among downloads and as a CSV (which
 * has no title of its own) is imported back; without the characters some file system refuses
 * (Windows' `<>:"/\|?*`, control and invisible ones) or a dot that hides the file. The id when the
 * title leaves nothing.
 */
export function exportBaseName(set: QuestionSet): string {
	const kept = set.title.normalize('NFC').replace(/[<>:"/\\|?*\p{C}\s]+/gu, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
	// cut between letters as read: a vowel sign stays with its consonant
	const letters = [...new Intl.Segmenter('gu', { granularity: 'grapheme' }).segment(kept)].map((s) => s.segment);
	const name = letters.slice(0, MAX_NAME).join('').trim();
	return name === '' ? set.id : name;
}

/**
 * The set as a file named after its title. `set` should be the checked set (text trimmed) when
 * there is one; a draft that does not pass the schema is written as it stands.
 */
export function exportFile(set: QuestionSet, format: ExportFormat): ExportFile {
	const base = exportBaseName(set);
	if (format === 'json') return { name: `${base}.json`, type: 'application/json', text: exportJson(set) };
	// Anki's import dialog lists .txt for its text files
	if (format === 'anki') return { name: `${base}.anki.txt`, type: 'text/plain', text: toAnki(set) };
	if (format === 'csv') return { name: `${base}.csv`, type: 'text/csv', text: toCsv(set) };
	// Moodle's import page takes GIFT as a plain .txt file
	return { name: `${base}.gift.txt`, type: 'text/plain', text: toGift(set) };
}
