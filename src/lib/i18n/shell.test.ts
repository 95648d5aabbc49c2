import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en } from './en';
import { gu } from './gu';
import { enShell } from './shell-en';
import { guShell } from './shell-gu';

/** The files that render on the home page before the other pages' strings are loaded. */
const SHELL_FILES = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/+error.svelte',
	'src/lib/components/NavBar.svelte',
	'src/lib/components/UpdateBanner.svelte',
	'src/lib/components/CategoryCounts.svelte',
	'src/lib/components/category-label.ts',
	'src/lib/components/nav-items.ts'
];

describe('the frame dictionary', () => {
	test('the two parts of each language do not share a key, and both languages have the same keys', () => {
		const shared = Object.keys(guShell).filter((k) => k in gu);
		expect(shared).toEqual([]);
		expect(Object.keys(enShell).sort()).toEqual(Object.keys(guShell).sort());
		expect(Object.keys(en).sort()).toEqual(Object.keys(gu).sort());
	});

	test('the home page and the frame use only strings that ship with them', () => {
		const missing: string[] = [];
		for (const file of SHELL_FILES) {
			const source = readFileSync(file, 'utf8');
			const keys = [
				...source.matchAll(/\bt\.([A-Za-z]+)/g),
				...source.matchAll(/'((?:nav|category)[A-Z][A-Za-z]+)'/g)
			].map((m) => m[1]!);
			for (const key of keys) if (!(key in guShell)) missing.push(`${file}: ${key}`);
		}
		expect(missing).toEqual([]);
	});
});
