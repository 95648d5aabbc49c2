/**
 * Small pieces every importer needs: category names in English and Gujarati,
 * HTML to plain text, and building a cleaned draft.
 */
import { CATEGORIES, PLACE_KINDS, type Category, type PlaceKind } from '../bank/schema';
import { cleanText } from '../text/normalize';
import { proposeCategory } from './propose';
import type { Draft, DraftOrigin } from './types';

/** The blank a missing-word question shows where its answer stood. */
export const BLANK = '_____';

/** Names teachers give the three categories, as comparison keys. */
const CATEGORY_NAMES: Record<string, Category> = {
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
};

/** Names of the sorts of place; Gujarati 'સ્થળ' is the category itself, so a site has no Gujarati name here. */
const KIND_NAMES: Record<string, PlaceKind> = {
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
};

const nameKey = (name: string) => cleanText(name).toLowerCase();

/** The category a name stands for ("Dates", "વ્યક્તિ"), or undefined. */
export function categoryFromName(name: string): Category | undefined {
	const key = nameKey(name);
	return (CATEGORIES as readonly string[]).includes(key) ? (key as Category) : CATEGORY_NAMES[key];
}

/** The place kind a name stands for ("cities", "દેશ"), or undefined. */
export function kindFromName(name: string): PlaceKind | undefined {
	const key = nameKey(name);
	return (PLACE_KINDS as readonly string[]).includes(key) ? (key as PlaceKind) : KIND_NAMES[key];
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/** HTML as plain text: line breaks kept as newlines, tags dropped, entities decoded. */
export function stripHtml(html: string): string {
	return html
		.replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		});
}

/** A list written in one cell: "a | b" or "a; b". */
export function splitList(cell: string): string[] {
	return cell
		.split(/[|;]/)
		.map(cleanText)
		.filter((item) => item !== '');
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
	title?: string;
	id?: string;
	origin?: DraftOrigin;
	line: number;
};

/**
 * A draft with every text cleaned (NFC, no control or invisible characters), repeated forms
 * dropped, and a category proposed when the file gave none.
 */
export function makeDraft(raw: RawDraft): Draft {
	const prompt = cleanText(raw.prompt);
	const answer = cleanText(raw.answer);
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
	const accept = fresh(raw.accept);
	const distractors = fresh(raw.distractors);
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
	if (quote !== undefined) draft.quote = quote;
	if (en !== undefined) draft.en = en;
	if (explanation !== undefined) draft.explanation = explanation;
	if (raw.origin !== undefined) draft.origin = raw.origin;
	return draft;
}
