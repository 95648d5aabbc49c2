/**
 * The one schema of a Kasoti question set, shared by the bank checker, the app,
 * the command-line tools and every importer.
 */
import * as v from 'valibot';

import { CATEGORIES, PLACE_KINDS } from './categories.ts';
import { ARTICLE_FILE_PATTERN, ID_PATTERN, MAX_ID_LENGTH } from './ids.ts';
import type { ProblemCode } from './problems.ts';

export { CATEGORIES, PLACE_KINDS, type Category, type PlaceKind } from './categories.ts';

/** A check's message is the problem code the checker reports (bank/validate.ts words it). */
const code = (c: ProblemCode) => c;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, code('bad-id')), v.maxLength(MAX_ID_LENGTH));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, code('empty')), v.maxLength(2000));
const ShortText = v.pipe(v.string(), v.trim(), v.minLength(1, code('empty')), v.maxLength(300));
const Tag = v.pipe(v.string(), v.trim(), v.minLength(1, code('empty')), v.maxLength(100));

/** A numerical answer's range: any typed number from min to max is right (GIFT's `{#3:2}`, `{#1..5}`). */
export const NumericRangeSchema = v.pipe(
	v.object({ min: v.number(), max: v.number() }),
	v.check((range) => Number.isFinite(range.min) && Number.isFinite(range.max) && range.min <= range.max, code('bad-range'))
);

/** What a student who gives one option is told (GIFT's per-answer `#feedback`). */
export const OptionFeedbackSchema = v.object({ option: ShortText, text: Text });

export const QuestionSchema = v.object({
	/** Stable and unique across the bank: progress is keyed by it. */
	id: Id,
	category: v.picklist(CATEGORIES, code('bad-category')),
	/** For a place: country, city, region or site. */
	kind: v.optional(v.picklist(PLACE_KINDS, code('bad-kind'))),
	prompt: Text,
	answer: ShortText,
	accept: v.optional(v.array(ShortText), []),
	/** File name of the article the fact comes from. */
	article: v.pipe(v.string(), v.minLength(1, code('empty'))),
	/** The sentence that states the fact, copied verbatim from the article. */
	quote: Text,
	/** One-line English gloss of the fact. */
	en: Text,
	distractors: v.optional(v.array(ShortText)),
	explanation: v.optional(Text),
	/** A true sentence for true/false, where the quote will not take a clean swap of the answer. */
	statement: v.optional(Text),
	/** For a number: the range a typed answer may fall in and still be right. */
	numeric: v.optional(NumericRangeSchema),
	/** Feedback for particular options, shown after a student gives that option. */
	feedback: v.optional(v.array(OptionFeedbackSchema)),
	/** The teacher's own labels (Anki tags, Moodle tags), kept as the file had them. */
	tags: v.optional(v.array(Tag))
});

export const ArticleRefSchema = v.object({
	/** The article's file name under questions/articles/. */
	file: v.pipe(v.string(), v.regex(ARTICLE_FILE_PATTERN, code('bad-article-file'))),
	headline: ShortText,
	headline_en: ShortText
});

export const QuestionSetSchema = v.object({
	$schema: v.optional(v.string()),
	id: Id,
	title: ShortText,
	title_en: ShortText,
	lang: v.literal('gu', code('bad-lang')),
	articles: v.optional(v.array(ArticleRefSchema), []),
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1, code('no-questions')))
});

export type Question = v.InferOutput<typeof QuestionSchema>;
export type NumericRange = v.InferOutput<typeof NumericRangeSchema>;
export type OptionFeedback = v.InferOutput<typeof OptionFeedbackSchema>;
export type ArticleRef = v.InferOutput<typeof ArticleRefSchema>;
export type QuestionSet = v.InferOutput<typeof QuestionSetSchema>;
/** A set as written in a file, before defaults are filled in. */
export type QuestionSetInput = v.InferInput<typeof QuestionSetSchema>;
