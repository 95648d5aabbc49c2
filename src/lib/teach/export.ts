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

/**
 * The set as a file named after its id. `set` should be the checked set (text trimmed) when
 * there is one; a draft that does not pass the schema is written as it stands.
 */
export function exportFile(set: QuestionSet, format: ExportFormat): ExportFile {
	if (format === 'json') return { name: `${set.id}.json`, type: 'application/json', text: exportJson(set) };
	// Anki's import dialog lists .txt for its text files
	if (format === 'anki') return { name: `${set.id}.anki.txt`, type: 'text/plain', text: toAnki(set) };
	if (format === 'csv') return { name: `${set.id}.csv`, type: 'text/csv', text: toCsv(set) };
	// Moodle's import page takes GIFT as a plain .txt file
	return { name: `${set.id}.gift.txt`, type: 'text/plain', text: toGift(set) };
}
