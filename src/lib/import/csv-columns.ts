/**
 * The columns of a question spreadsheet: header names in English and Gujarati, and what each
 * column holds.
 */
import { cleanText } from '../text/normalize';

/** What a column holds; a deck or note type column only ever comes from Anki's `#… column:` headers. */
export type Role =
	| 'prompt'
	| 'answer'
	| 'category'
	| 'kind'
	| 'accept'
	| 'distractors'
	| 'en'
	| 'explanation'
	| 'quote'
	| 'tags'
	| 'id'
	| 'deck'
	| 'notetype'
	| 'ignored';

/** Header names, in English and Gujarati, as lower-case keys without a trailing number. */
const ROLE_NAMES = new Map<string, Role>(
	Object.entries({
	question: 'prompt',
	prompt: 'prompt',
	front: 'prompt',
	term: 'prompt',
	પ્રશ્ન: 'prompt',
	સવાલ: 'prompt',
	answer: 'answer',
	back: 'answer',
	definition: 'answer',
	જવાબ: 'answer',
	ઉત્તર: 'answer',
	category: 'category',
	શ્રેણી: 'category',
	વિભાગ: 'category',
	kind: 'kind',
	'place kind': 'kind',
	પ્રકાર: 'kind',
	accept: 'accept',
	'also accept': 'accept',
	alternatives: 'accept',
	'other answers': 'accept',
	સ્વીકાર્ય: 'accept',
	'અન્ય જવાબ': 'accept',
	distractor: 'distractors',
	distractors: 'distractors',
	wrong: 'distractors',
	'wrong answer': 'distractors',
	'wrong answers': 'distractors',
	'ખોટો જવાબ': 'distractors',
	'ખોટા જવાબ': 'distractors',
	'ખોટા વિકલ્પો': 'distractors',
	en: 'en',
	english: 'en',
	અંગ્રેજી: 'en',
	explanation: 'explanation',
	feedback: 'explanation',
	note: 'explanation',
	notes: 'explanation',
	સમજૂતી: 'explanation',
	નોંધ: 'explanation',
	quote: 'quote',
	source: 'quote',
	અવતરણ: 'quote',
	tags: 'tags',
	ટૅગ: 'tags',
	id: 'id',
	guid: 'id',
	ઓળખ: 'id'
	} satisfies Record<string, Role>)
);

/** A header cell as a lookup key: lower case, single spaces, no trailing number ("Wrong 2"). */
function headerKey(cell: string): string {
	const key = cleanText(cell)
		.toLowerCase()
		.replace(/[_\-\s]+/g, ' ')
		.replace(/[:.]$/, '');
	return withoutNumber(key).trim();
}

/** A text without its trailing digits, cut from the end: `/\s*\d+$/` tries every digit of a long run. */
function withoutNumber(text: string): string {
	let end = text.length;
	while (end > 0 && /\d/.test(text[end - 1]!)) end--;
	return text.slice(0, end);
}

/** What a column is for, by its header name. */
export const roleOf = (cell: string): Role | undefined => ROLE_NAMES.get(headerKey(cell));

/** A header row names a question or an answer column; no question is worded like that. */
export function isHeaderRow(fields: string[]): boolean {
	return fields.some((cell) => {
		const role = roleOf(cell);
		return role === 'prompt' || role === 'answer';
	});
}
