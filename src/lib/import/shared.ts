/**
 * Small pieces every importer needs: category names in English and Gujarati,
 * HTML to plain text, and building a cleaned draft.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { CATEGORIES, PLACE_KINDS, type Category, type NumericRange, type OptionFeedback, type PlaceKind } from '../bank/schema';
import { problem, WHOLE_FILE, type Problem } from '../bank/problems';
import { MAX_QUESTIONS } from './limits';
import { cleanText } from '../text/normalize';
import { proposeCategory } from './propose';
import { pairTruth, truthOf, truthWord } from '../bank/truth-words';
import type { Draft, DraftOrigin } from './types';

/** Names teachers give the three categories, as comparison keys. */
const CATEGORY_NAMES = new Map<string, Category>(
	Object.entries({
	date: 'date',
	dates: 'date',
	તારીખ: 'date',
	તારીખો: 'date',
	person: 'person',
	persons: 'person',
	people: 'person',
	વ્યક્તિ: 'person',
	વ્યક્તિઓ: 'person',
	place: 'place',
	places: 'place',
	સ્થળ: 'place',
	સ્થળો: 'place'
	} satisfies Record<string, Category>)
);

/** Names of the sorts of place; Gujarati 'સ્થળ' is the category itself, so a site has no Gujarati name here. */
const KIND_NAMES = new Map<string, PlaceKind>(
	Object.entries({
	country: 'country',
	countries: 'country',
	દેશ: 'country',
	city: 'city',
	cities: 'city',
	શહેર: 'city',
	region: 'region',
	regions: 'region',
	પ્રદેશ: 'region',
	site: 'site',
	sites: 'site'
	} satisfies Record<string, PlaceKind>)
);

const nameKey = (name: string) => cleanText(name).toLowerCase();

/** The category a name stands for ("Dates", "વ્યક્તિ"), or undefined. */
export function categoryFromName(name: string): Category | undefined {
	const key = nameKey(name);
	return (CATEGORIES as readonly string[]).includes(key) ? (key as Category) : CATEGORY_NAMES.get(key);
}

/** The place kind a name stands for ("cities", "દેશ"), or undefined. */
export function kindFromName(name: string): PlaceKind | undefined {
	const key = nameKey(name);
	return (PLACE_KINDS as readonly string[]).includes(key) ? (key as PlaceKind) : KIND_NAMES.get(key);
}

/** A numeric character reference that names no character (0, a surrogate, past U+10FFFF) stays as written. */
function numericIsValid(ref: string): boolean {
	const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
	return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

/** HTML as plain text: line breaks kept as newlines, tags dropped, character references decoded. */
export function stripHtml(html: string): string {
	const text = html
		.replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi, '\n')
		// a tag ends before the next '<': an endless run of unclosed tags is read once
		.replace(/<[^<>]*>/g, '')
		// an invalid number would become U+FFFD: its '&' is escaped, so it decodes back to the text written
		.replace(/&(#x[0-9a-f]+|#\d+);/gi, (whole, ref: string) => (numericIsValid(ref) ? whole : `&amp;${whole.slice(1)}`));
	// `entities` (htmlparser2's own decoder, ESM, no side effects) knows every name HTML does; strict leaves '&copy' without ';' as text
	return decodeHTMLStrict(text);
}

/** A `|` that separates items: one written `\|` is part of an item. */
const ITEM_BAR = /(?<!\\)\|/;

/**
 * A list written in one cell: "a | b" or "a; b"; items are cleaned with the rest of the draft. A cell
 * with a `|` is split there alone, so an item may hold a `;`, and `\|` is a `|` inside an item
 * (Kasoti's own export writes both).
 */
export function splitList(cell: string): string[] {
	return cell
		.split(ITEM_BAR.test(cell) ? ITEM_BAR : ';')
		.map((item) => item.replace(/\\\|/g, '|').trim())
		.filter((item) => item !== '');
}

/** The problem of a file with more questions than one import takes: none of them are read. */
export function tooManyQuestions(file: string, count: number): Problem {
	return problem('too-many-questions', { file, field: WHOLE_FILE }, { count, max: MAX_QUESTIONS });
}

/** Lines of a text, whatever its line endings. */
export function splitLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/** What a parser knows about one question, before cleaning. */
export type RawDraft = {
	prompt: string;
	answer: string;
	accept?: string[];
	distractors?: string[];
	category?: Category;
	kind?: PlaceKind;
	quote?: string;
	en?: string;
	explanation?: string;
	statement?: string;
	numeric?: NumericRange;
	feedback?: OptionFeedback[];
	tags?: string[];
	title?: string;
	id?: string;
	origin?: DraftOrigin;
	line: number;
};

/** Where a question starts in its file, for a problem that names it. */
export type DraftPlace = { file: string; line: number; questionId?: string };

/** Characters written as U+XXXX, at most five, for a message about text no one can see. */
function codePoints(text: string): string {
	const shown = [...new Set(text.replace(/\s+/g, ''))].slice(0, 5);
	return shown.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** The first text of a question that is only invisible characters (`{=\u2061}`), and what they are. */
export function invisibleOnly(raw: RawDraft): { field: string; chars: string } | undefined {
	const texts: [string, string | undefined][] = [
		['prompt', raw.prompt],
		['answer', raw.answer],
		...(raw.accept ?? []).map((t): [string, string] => ['accept', t]),
		...(raw.distractors ?? []).map((t): [string, string] => ['distractors', t])
	];
	for (const [field, text] of texts) {
		if (text !== undefined && text.trim() !== '' && cleanText(text) === '') return { field, chars: codePoints(text) };
	}
	return undefined;
}

/**
 * Whether a text's letters were replaced by "?", as Excel does saving Gujarati in Windows
 * "ANSI": most of it is runs of "?", or two words or more are nothing but "?" (with digits or
 * marks). One "?" ending a question, or "Really??", is left alone.
 */
export function lostLetters(text: string): boolean {
	const runs = text.match(/\?{2,}/g);
	if (!runs) return false;
	const marks = runs.join('').length;
	const visible = text.replace(/\s+/g, '').length;
	const bare = text.split(/\s+/).filter((word) => /\?{2,}/.test(word) && !/\p{L}/u.test(word)).length;
	return marks * 2 >= visible || bare >= 2;
}

/** The first text of a question whose letters became "?" in a file saved without them. */
function lostField(raw: RawDraft): string | undefined {
	const texts: [string, string | undefined][] = [
		['prompt', raw.prompt],
		['answer', raw.answer],
		...(raw.accept ?? []).map((t): [string, string] => ['accept', t]),
		...(raw.distractors ?? []).map((t): [string, string] => ['distractors', t]),
		['quote', raw.quote],
		['en', raw.en],
		['explanation', raw.explanation],
		['statement', raw.statement]
	];
	return texts.find(([, text]) => text !== undefined && lostLetters(text))?.[0];
}

/**
 * A cleaned draft, or the problem that refuses it: an answer, option or prompt that cleaning
 * leaves empty could never be seen or typed, so the question is not taken at all; nor is one
 * whose letters the file lost to "?".
 */
export function checkedDraft(raw: RawDraft, place: DraftPlace): Draft | Problem {
	const hidden = invisibleOnly(raw);
	if (hidden) return problem('invisible-text', { ...place, field: hidden.field }, { chars: hidden.chars });
	const lost = lostField(raw);
	if (lost !== undefined) return problem('lost-letters', { ...place, field: lost });
	return makeDraft(raw);
}

/**
 * A draft with every text cleaned (NFC, no control or invisible characters), repeated forms
 * dropped, and a category proposed when the file gave none.
 */
export function makeDraft(raw: RawDraft): Draft {
	const prompt = cleanText(raw.prompt);
	let answer = cleanText(raw.answer);
	const seen = new Set([answer]);
	// an accept form or distractor written twice, or equal to the answer, adds nothing
	const fresh = (list: string[] | undefined) => {
		const kept: string[] = [];
		for (const item of (list ?? []).map(cleanText)) {
			if (item === '' || seen.has(item)) continue;
			seen.add(item);
			kept.push(item);
		}
		return kept;
	};
	let accept = fresh(raw.accept);
	let distractors = fresh(raw.distractors);
	let origin = raw.origin;
	// "True" with the option "False", in a file's own words, is a true/false question in Kasoti's shape
	const truth = origin === undefined ? pairTruth(answer, accept, distractors) : undefined;
	if (truth !== undefined) {
		answer = truthWord(truth);
		accept = [];
		distractors = [truthWord(!truth)];
		origin = 'true-false';
	}
	// a place named in the file may still have its kind told by the wording ("કયા શહેરમાં")
	const wanted = !raw.category || (raw.category === 'place' && !raw.kind);
	const proposed = wanted ? proposeCategory(prompt, answer) : undefined;
	const category = raw.category ?? proposed?.category;
	const kind = raw.kind ?? (category === 'place' && proposed?.category === 'place' ? proposed.kind : undefined);
	const optional = (text: string | undefined) => {
		const clean = text === undefined ? '' : cleanText(text);
		return clean === '' ? undefined : clean;
	};
	const draft: Draft = {
		...(raw.id !== undefined && { id: raw.id }),
		...(raw.title !== undefined && { title: cleanText(raw.title) }),
		prompt,
		answer,
		accept,
		distractors,
		...(category !== undefined && { category }),
		categorySource: raw.category ? 'file' : category ? 'proposed' : 'missing',
		...(kind !== undefined && { kind }),
		line: raw.line
	};
	const quote = optional(raw.quote);
	const en = optional(raw.en);
	const explanation = optional(raw.explanation);
	const statement = optional(raw.statement);
	if (quote !== undefined) draft.quote = quote;
	if (en !== undefined) draft.en = en;
	if (explanation !== undefined) draft.explanation = explanation;
	if (statement !== undefined) draft.statement = statement;
	if (origin !== undefined) draft.origin = origin;
	if (raw.numeric !== undefined) draft.numeric = raw.numeric;
	// feedback follows its option into Kasoti's words for true and false
	const optionWord = (option: string) => {
		const said = truth === undefined ? undefined : truthOf(option);
		return said === undefined ? cleanText(option) : truthWord(said);
	};
	const feedback = (raw.feedback ?? [])
		.map((f) => ({ option: optionWord(f.option), text: cleanText(f.text) }))
		.filter((f) => f.option !== '' && f.text !== '');
	if (feedback.length > 0) draft.feedback = feedback;
	// a tag is one label: the same one twice, or an empty one, says nothing more
	const tags = [...new Set((raw.tags ?? []).map(cleanText).filter((tag) => tag !== ''))];
	if (tags.length > 0) draft.tags = tags;
	return draft;
}
