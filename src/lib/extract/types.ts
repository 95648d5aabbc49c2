/**
 * The shapes the extractor passes between its rules: words with offsets, and what a rule found.
 */
import type { Category, PlaceKind } from '../bank/schema';

/** A word of the text and where it stands: `text` is exactly `input.slice(start, end)`. */
export type Word = { text: string; start: number; end: number };

/** A sentence of the text, trimmed, with its offsets in the whole text (split in text/sentences). */
export type { Sentence } from '../text/sentences';

/** Which rule proposed an answer: shown to the teacher and used to rank overlapping finds. */
export type Rule =
	| 'gazetteer'
	| 'place-list'
	| 'date'
	| 'time-of-day'
	| 'event'
	| 'title'
	| 'honorific'
	| 'common-name'
	| 'genitive-title'
	| 'place-word'
	| 'document'
	| 'spelling'
	| 'dateline';

/** A span a rule found, before overlaps are settled and prompts are made. */
export type Found = {
	category: Category;
	kind?: PlaceKind;
	/** Offsets of the answer (its base form, without the case ending) in the whole text. */
	start: number;
	end: number;
	rule: Rule;
	/** Other spellings of the same name, when a list supplied it. */
	forms?: readonly string[];
};
