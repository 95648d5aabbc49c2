import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@valibot/to-json-schema';
import { questionSetJsonSchema, questionSetJsonSchemaText } from './json-schema';

/** The properties of an object schema, by name. */
function properties(schema: JsonSchema | boolean | undefined): Record<string, JsonSchema> {
	if (typeof schema !== 'object') return {};
	return (schema.properties ?? {}) as Record<string, JsonSchema>;
}

describe('questionSetJsonSchema', () => {
	// if this fails after a schema change, run `tsx scripts/write-json-schema.ts`
	it('matches the committed questions/question-set.schema.json', () => {
		const committed = readFileSync(
			new URL('../../../questions/question-set.schema.json', import.meta.url),
			'utf8'
		);
		expect(committed).toBe(questionSetJsonSchemaText());
	});

	it('has a title and a description', () => {
		const schema = questionSetJsonSchema();
		expect(schema.title).toBe('Kasoti question set');
		expect(schema.description).toContain('questions/README.md');
	});

	it('describes every field of a set, an article and a question in English', () => {
		const set = questionSetJsonSchema();
		const named = (prefix: string, schema: JsonSchema | undefined) =>
			Object.entries(properties(schema)).map(([name, field]) => ({
				name: `${prefix}${name}`,
				field
			}));
		const fields = [
			...named('', set),
			...named('articles[].', properties(set).articles?.items as JsonSchema),
			...named('questions[].', properties(set).questions?.items as JsonSchema)
		];
		expect(fields.map((f) => f.name)).toContain('questions[].distractors');
		expect(fields.map((f) => f.name)).toContain('articles[].headline_en');
		const undescribed = fields.filter((f) => typeof f.field.description !== 'string');
		expect(undescribed.map((f) => f.name)).toEqual([]);
	});

	it('rejects unknown fields, as the checker does', () => {
		const set = questionSetJsonSchema();
		const questions = properties(set).questions;
		expect(set.additionalProperties).toBe(false);
		expect((questions?.items as JsonSchema).additionalProperties).toBe(false);
	});

	it('keeps the schema rules: the id pattern and the categories', () => {
		const question = properties(properties(questionSetJsonSchema()).questions?.items as JsonSchema);
		expect(question.id?.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
		expect(question.category?.enum).toEqual(['date', 'person', 'place']);
	});
});
