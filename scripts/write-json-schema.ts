/**
 * Writes questions/question-set.schema.json from the valibot schema:
 * `tsx scripts/write-json-schema.ts [root]` (root defaults to this repo).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	QUESTION_SET_SCHEMA_PATH,
	writeQuestionSetJsonSchema
} from '../src/lib/server/write-json-schema';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const wrote = await writeQuestionSetJsonSchema(join(root, QUESTION_SET_SCHEMA_PATH));
console.log(`${QUESTION_SET_SCHEMA_PATH}: ${wrote ? 'written' : 'already up to date'}`);
