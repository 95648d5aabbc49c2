/**
 * A Kasoti set as Anki imports it: a "Notes in Plain Text" file with the headers Anki 2.1.54
 * and later read (docs.ankiweb.net, Importing > Text Files > File Headers). Each question is a
 * Basic note, its id the note's GUID, so importing the file a second time updates the notes
 * instead of adding them again; its category, kind of place and own tags are the note's tags.
 * The set's id and English title go in `#kasoti-…:` lines, which Anki passes over as comments
 * (rslib/src/import_export/text/csv/metadata.rs) and Kasoti reads back.
 */
import type { Question, QuestionSet } from '../bank/schema';
import { KASOTI_KEYS } from '../import/gift-comments';

/** The columns, named in `#columns:`: Anki maps Front and Back to the Basic note's fields by these names. */
const COLUMNS = ['GUID', 'Front', 'Back', 'Tags'];

/**
 * A field as Anki's reader takes it: in quotes, with quotes doubled, when it holds a tab, a
 * line break or a quote, and when it holds a `#`, which would make a row that starts with it a
 * comment (Anki's own export quotes those for the same reason).
 */
export function ankiField(text: string): string {
	return /[\t\r\n"#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A question's Anki tags: its category, its kind of place, then its own tags; a tag has no spaces in Anki, so they become `_`. */
export function ankiTags(question: Question): string[] {
	const labels = [question.category, question.kind ?? '', ...(question.tags ?? [])];
	return [...new Set(labels.map((tag) => tag.trim().replace(/\s+/g, '_')).filter((tag) => tag !== ''))];
}

/** A header's value on one line: a line break would end the header early. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The set as an Anki text file: tab-separated, plain text (`#html:false`), in a deck named after the set. */
export function toAnki(set: QuestionSet): string {
	const lines = [
		'#separator:tab',
		'#html:false',
		`#deck:${oneLine(set.title)}`,
		`#${KASOTI_KEYS.set}:${set.id}`,
		`#${KASOTI_KEYS.titleEn}:${oneLine(set.title_en)}`,
		'#notetype:Basic',
		`#columns:${COLUMNS.join('\t')}`,
		'#guid column:1',
		`#tags column:${COLUMNS.indexOf('Tags') + 1}`
	];
	for (const q of set.questions) lines.push([q.id, q.prompt, q.answer, ankiTags(q).join(' ')].map(ankiField).join('\t'));
	return `${lines.join('\n')}\n`;
}
