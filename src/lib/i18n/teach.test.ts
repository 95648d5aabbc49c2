import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en } from './en';
import { gu } from './gu';
import { guShell } from './shell-gu';
import { enTeach } from './teach-en';
import { guTeach } from './teach-gu';

/** Source files of the app outside the teacher's pages (the dictionaries themselves, tests and benchmarks left out). */
function studentSideFiles(): string[] {
	return readdirSync('src', { recursive: true, encoding: 'utf8' })
		.map((f) => `src/${f}`)
		.filter((f) => /\.(svelte|ts)$/.test(f) && !/\.(test|bench)\.ts$/.test(f))
		.filter((f) => !f.startsWith('src/routes/teach/') && !f.startsWith('src/lib/i18n/'));
}

describe("the teacher's dictionary", () => {
	test('shares no key with the other parts, and both languages have the same keys', () => {
		expect(Object.keys(guTeach).filter((k) => k in gu || k in guShell)).toEqual([]);
		expect(Object.keys(enTeach).sort()).toEqual(Object.keys(guTeach).sort());
		expect(Object.keys(en).filter((k) => k in enTeach)).toEqual([]);
	});

	test('is named by no file outside the teacher pages, which load it', () => {
		const keys = Object.keys(guTeach);
		const found: string[] = [];
		for (const file of studentSideFiles()) {
			const source = readFileSync(file, 'utf8');
			// read as a property (t.key) or a name in quotes ('key'), not as a word in a comment
			for (const key of keys) if (new RegExp(`[.'"\`]${key}\\b`).test(source)) found.push(`${file}: ${key}`);
		}
		expect(found).toEqual([]);
	});
});

describe('the import page’s count of broken questions', () => {
	test('says "as it is" of one question and "as they are" of several', () => {
		expect(enTeach.importPartial('1', 1, false)).toBe(
			'1 question has a mistake and cannot be imported as it is. Fix the file and choose it again, or import the others without it:'
		);
		expect(enTeach.importPartial('3', 3, false)).toContain('3 questions have mistakes and cannot be imported as they are.');
	});

	test('calls pasted questions "the text", as there is no file to choose again', () => {
		expect(enTeach.importPartial('1', 1, true)).toContain('Fix the text and import it again, or import the others');
		expect(enTeach.importBlocked(true)).toBe('This text cannot be imported, and nothing was saved. Fix this in the text:');
		expect(guTeach.importBlocked(true)).toBe('આ લખાણ આયાત થઈ શકે એમ નથી, અને કંઈ સચવાયું નથી. લખાણમાં આટલું સુધારો:');
		expect(guTeach.importNeedsLeaveOut(true)).toContain('લખાણ સુધારીને ફરી આયાત કરો');
	});
});
