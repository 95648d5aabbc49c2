/**
 * What the `//` comment lines of a GIFT file say. Moodle reads `[tag:…]` and `[id:…]` in the
 * comments before a question (question/format/gift/format.php); Kasoti's own export adds
 * `// kasoti-…:` lines, which Moodle ignores, so that a set comes back whole: its id and titles
 * at the top of the file, and each question's English line, accept forms, true/false statement,
 * the feedback no option of the block carries, and what a numerical block cannot say (the answer
 * as written, a range beside choices).
 */
import type { NumericRange, OptionFeedback } from '../bank/schema';
import { readNumber } from './gift-text';

/** The keys of Kasoti's own comment lines, `// kasoti-<key>: <value>`. */
export const KASOTI_KEYS = {
	set: 'kasoti-set',
	title: 'kasoti-title',
	titleEn: 'kasoti-title-en',
	en: 'kasoti-en',
	accept: 'kasoti-accept',
	feedback: 'kasoti-feedback',
	answer: 'kasoti-answer',
	range: 'kasoti-range',
	statement: 'kasoti-statement'
} as const;

/** The separator of items in a list value (`a | b`). */
const ITEM = ' | ';

/** A text as one comment line: backslashes doubled, newlines as `\n`, and `|` escaped in a list. */
export function commentText(text: string, inList = false): string {
	const escaped = text.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
	return inList ? escaped.replace(/\|/g, '\\|') : escaped;
}

/** Items as one comment value: `a | b`, each escaped. */
export function commentList(items: readonly string[]): string {
	return items.map((item) => commentText(item, true)).join(ITEM);
}

/** A comment value's items (one, unless `list`), its escapes undone, each trimmed. */
function readValue(value: string, list: boolean): string[] {
	const items: string[] = [];
	let current = '';
	for (let i = 0; i < value.length; i++) {
		const char = value[i]!;
		if (char === '\\' && i + 1 < value.length) {
			const next = value[++i]!;
			current += next === 'n' ? '\n' : next === '\\' || next === '|' ? next : `\\${next}`;
		} else if (char === '|' && list) {
			items.push(current.trim());
			current = '';
		} else current += char;
	}
	items.push(current.trim());
	return items.filter((item) => item !== '');
}

/** A comment line's words: what follows `//`, trimmed. */
const commentBody = (line: string) => line.trim().replace(/^\/\/+/, '').trim();

/** `kasoti-<key>: value` of one comment, or undefined when it is another comment. */
function keyed(line: string): { key: string; value: string } | undefined {
	const match = /^(kasoti-[a-z-]+):(.*)$/s.exec(commentBody(line));
	return match ? { key: match[1]!, value: match[2]!.trim() } : undefined;
}

/** What the comment lines at the top of a file say of the set. */
export type FileComments = { setId?: string; title?: string; titleEn?: string };

/** The set's id and titles from the comment lines at the top of a file (Kasoti's own export). */
export function readFileComments(lines: readonly string[]): FileComments {
	const out: FileComments = {};
	for (const line of lines) {
		const pair = keyed(line);
		const value = pair && readValue(pair.value, false)[0];
		if (!pair || value === undefined) continue;
		if (pair.key === KASOTI_KEYS.set) out.setId ??= value;
		else if (pair.key === KASOTI_KEYS.title) out.title ??= value;
		else if (pair.key === KASOTI_KEYS.titleEn) out.titleEn ??= value;
	}
	return out;
}

/** What the comment lines before a question say of it. */
export type QuestionComments = {
	/** Moodle's `[tag:…]`, in the order written. */
	tags: string[];
	/** Moodle's `[id:…]`, which Kasoti does not keep. */
	idnumber?: string;
	en?: string;
	/** The sentence a true/false quiz judges. */
	statement?: string;
	accept: string[];
	feedback: OptionFeedback[];
	/** A numerical question's answer as written (`૧૯૬૦`), where the block can hold only ASCII digits. */
	answer?: string;
	/** The range of a question written as multiple choice, where the block has no room for it. */
	numeric?: NumericRange;
};

/** Moodle's bracketed values, `\]` standing for `]`; one line at a time, as Moodle reads them. */
const bracketed = (line: string, key: 'tag' | 'id') =>
	[...line.matchAll(new RegExp(`\\[${key}:((?:\\\\.|[^\\]\\\\\\n])+)\\]`, 'g'))]
		.map((match) => match[1]!.replace(/\\\]/g, ']').trim())
		.filter((value) => value !== '');

/** The tags, idnumber and Kasoti lines of the comments before one question. */
export function readQuestionComments(lines: readonly string[]): QuestionComments {
	const out: QuestionComments = { tags: [], accept: [], feedback: [] };
	for (const line of lines) {
		const pair = keyed(line);
		if (!pair) {
			for (const tag of bracketed(line, 'tag')) out.tags.push(tag);
			out.idnumber ??= bracketed(line, 'id')[0];
			continue;
		}
		if (pair.key === KASOTI_KEYS.en) out.en ??= readValue(pair.value, false)[0];
		else if (pair.key === KASOTI_KEYS.statement) out.statement ??= readValue(pair.value, false)[0];
		else if (pair.key === KASOTI_KEYS.accept) for (const form of readValue(pair.value, true)) out.accept.push(form);
		else if (pair.key === KASOTI_KEYS.answer) out.answer ??= readValue(pair.value, false)[0];
		else if (pair.key === KASOTI_KEYS.range) {
			const number = readNumber(pair.value);
			if (number && !out.numeric) out.numeric = { min: number.min, max: number.max };
		} else if (pair.key === KASOTI_KEYS.feedback) {
			const [option, text] = readValue(pair.value, true);
			if (option !== undefined && text !== undefined) out.feedback.push({ option, text });
		}
	}
	if (out.idnumber === undefined) delete out.idnumber;
	if (out.en === undefined) delete out.en;
	if (out.statement === undefined) delete out.statement;
	if (out.answer === undefined) delete out.answer;
	return out;
}
