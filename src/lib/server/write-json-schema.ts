/**
 * Writes questions/question-set.schema.json: for Node scripts and the Vite build, not the app.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { questionSetJsonSchemaText } from '../bank/json-schema.ts';

/** Where the schema lives, from the repo root; sets name it as `"../question-set.schema.json"`. */
export const QUESTION_SET_SCHEMA_PATH = 'questions/question-set.schema.json';

/**
 * (Re)writes the JSON Schema file at `path`. Leaves an up-to-date file untouched, so a dev
 * server watching the folder does not reload for nothing. Returns whether it wrote.
 */
export async function writeQuestionSetJsonSchema(path: string): Promise<boolean> {
	const text = questionSetJsonSchemaText();
	const current = await readFile(path, 'utf8').catch(() => undefined);
	if (current === text) return false;
	await writeFile(path, text, 'utf8');
	return true;
}
