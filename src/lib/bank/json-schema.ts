/**
 * The JSON Schema of a question-set file, made from the valibot schema so the two cannot drift.
 * Editors find it through a set's `$schema` line, then complete field names and flag mistakes.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { ArticleRefSchema, QuestionSchema, QuestionSetSchema } from './schema.ts';

const SET_FIELDS: Record<string, string> = {
	$schema: 'Path to this schema, "../question-set.schema.json", so editors can complete and check the file.',
	id: 'Unique id of the set: lower-case letters, digits and single hyphens. Never renamed once published.',
	title: 'Title of the set in Gujarati.',
	title_en: 'Title of the set in English.',
	lang: 'Language of the questions: always "gu".',
	articles: 'The articles the questions come from.',
	questions: 'The questions, at least one.'
};

const ARTICLE_FIELDS: Record<string, string> = {
	file: 'File name of the article in questions/articles/, such as "000_1ee9a9eab18b7454.txt".',
	headline: 'Headline of the article in Gujarati.',
	headline_en: 'Headline of the article in English.'
};

const QUESTION_FIELDS: Record<string, string> = {
	id: 'Unique id across the whole bank: lower-case letters, digits and single hyphens. Learner progress is stored under it, so it is never renamed or reused.',
	category: 'What the answer is: a date (a time such as a date, year or weekday), a person or a place.',
	kind: 'For a place question only: country, city, region or site, so wrong options are of the same sort.',
	prompt: 'The question in Gujarati. It must not contain its own answer.',
	answer: 'The answer as the article writes it, without a case ending (પુતિન, not પુતિનને).',
	accept: 'Other spellings also marked right: ASCII digits, a short form, an English name.',
	article: 'File name of the article the fact comes from; it must be listed in the set\'s articles.',
	quote: 'The sentence that states the fact, copied word for word from the article. The answer must occur in it.',
	en: 'The fact in one line of English.',
	distractors: 'Wrong options for multiple choice. None may equal the answer or an accept form.',
	explanation: 'Optional background shown after the answer, in Gujarati.',
	statement:
		'Optional: a true sentence stating the fact, for true/false, where the quote will not take a clean swap of the answer (the answer appears in it, with a case ending or none).',
	numeric:
		'Optional, for a number: { "min", "max" }, the range a typed answer may fall in and still be right (Moodle GIFT {#3:2} is 1 to 5).',
	feedback: 'Optional: what a student who gives a particular option is told, as { "option", "text" } pairs.',
	tags: "Optional: the teacher's own labels, as an Anki or Moodle file had them."
};

const DESCRIBED = new Map<unknown, Record<string, string>>([
	[QuestionSetSchema, SET_FIELDS],
	[ArticleRefSchema, ARTICLE_FIELDS],
	[QuestionSchema, QUESTION_FIELDS]
]);

/** The JSON Schema (draft-07) of a set file, with a title and an English description of each field. */
export function questionSetJsonSchema(): JsonSchema {
	const schema = toJsonSchema(QuestionSetSchema, {
		// trimming and the range's min <= max are beyond JSON Schema; the checker still does both
		ignoreActions: ['trim', 'check'],
		overrideSchema: ({ valibotSchema, jsonSchema }) => {
			const descriptions = DESCRIBED.get(valibotSchema);
			if (!descriptions) return undefined;
			const properties = Object.fromEntries(
				Object.entries(jsonSchema.properties ?? {}).map(([key, property]) => [
					key,
					typeof property === 'object' ? { description: descriptions[key], ...property } : property
				])
			);
			// a misspelt field name would otherwise be dropped without a word
			return { ...jsonSchema, properties, additionalProperties: false };
		}
	});
	const { $schema, ...rest } = schema;
	return {
		$schema,
		title: 'Kasoti question set',
		description:
			'A set of Gujarati current-affairs questions for Kasoti, each tied to a sentence of a news article. See questions/README.md.',
		...rest
	};
}

/** The schema as the committed file holds it: tab-indented JSON ending in a newline. */
export function questionSetJsonSchemaText(): string {
	return `${JSON.stringify(questionSetJsonSchema(), null, '\t')}\n`;
}
