/**
 * The transliteration tables: generated from Sanscript, they are the committed file, and the app's
 * small loop over them writes every Gujarati text exactly as Sanscript does.
 */
import Sanscript from '@indic-transliteration/sanscript';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIast } from '../text/translit';
import { TRANSLIT_DATA_PATH, translitModule } from './build-translit';

const repo = join(import.meta.dirname, '..', '..', '..');

/** Any text of the Gujarati block, with spaces and Latin letters between. */
const gujaratiText = fc
	.array(fc.oneof(fc.integer({ min: 0x0a80, max: 0x0aff }), fc.constantFrom(0x20, 0x61, 0x2e)), { maxLength: 24 })
	.map((codes) => String.fromCharCode(...codes));

describe('the Gujarati → IAST tables', () => {
	it('are the committed file: run `npm run build:translit` after updating Sanscript', () => {
		expect(translitModule()).toBe(readFileSync(join(repo, TRANSLIT_DATA_PATH), 'utf8'));
	});

	it('write every character of the block as Sanscript does', () => {
		for (let c = 0x0a80; c <= 0x0aff; c++) {
			const text = `ક${String.fromCharCode(c)}`;
			expect(toIast(text), text).toBe(Sanscript.t(text, 'gujarati', 'iast'));
		}
	});

	it('write any text as Sanscript does', () => {
		fc.assert(
			fc.property(gujaratiText, (text) => toIast(text) === Sanscript.t(text, 'gujarati', 'iast')),
			{ numRuns: 5000 }
		);
	});

	it('write the bank’s articles as Sanscript does', () => {
		const dir = join(repo, 'questions', 'articles');
		for (const file of ['000_1ee9a9eab18b7454.txt', '004_127d094ff95780a8.txt']) {
			const text = readFileSync(join(dir, file), 'utf8');
			expect(toIast(text)).toBe(Sanscript.t(text, 'gujarati', 'iast'));
		}
	});
});
