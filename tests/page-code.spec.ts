/*
 * How a built page asks for its code, read from the pages and scripts as `npm start` serves them:
 * - its head names every script its code imports, so none waits for the script importing it, and on a
 *   student's page what its loads wait for (its strings, an article’s text): its code runs with no script asked for later;
 * - the stylesheet and the fonts come before the scripts, as a browser asks in that order;
 * - the code every page shares comes in few files;
 * - a page opened with nothing to show (/share or /assignment with no link, /learn with no set, /progress with
 *   nothing studied) links none of the code that would read it;
 * - /set links no question of the bank: a built-in set's heading, counts and buttons are drawn from its summary;
 * - valibot comes in as much of it as the app uses: an import of the whole module kept every export (85 KB).
 */
import { expect, type Route } from '@playwright/test';
import { test } from './base-test';
import { readdirSync, readFileSync } from 'node:fs';
import { awaitedCode } from '../src/lib/server/page-head';
import { TEACHER_CODE_LIST } from '../src/lib/teacher-code';
import { pageHead } from './helpers';

const PAGES = ['/', '/quiz', '/cards', '/learn', '/progress', '/read', '/settings', '/share', '/assignment', '/set', '/teach', '/teach/import', '/teach/draft', '/teach/edit'];
// a minified static import or re-export; a dynamic import is `import(` and is left out
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g;

test('each page preloads every script its code imports, after its stylesheet and fonts', async ({ request, baseURL }) => {
	const imports = new Map<string, string[]>();
	for (const path of PAGES) {
		const { head, scripts } = await pageHead(request, baseURL!, path);
		expect(scripts.length, path).toBeGreaterThan(0);
		const firstScript = head.indexOf('rel="modulepreload"');
		expect(head.indexOf('rel="stylesheet"'), `${path}: stylesheet first`).toBeLessThan(firstScript);
		expect(head.indexOf('as="font"'), `${path}: fonts first`).toBeLessThan(firstScript);

		const unlisted = new Set<string>();
		for (const script of scripts) {
			if (!imports.has(script)) {
				const code = await (await request.get(script)).text();
				imports.set(script, [...code.matchAll(STATIC_IMPORT)].map((m) => new URL(m[1]!, script).href));
			}
			for (const imported of imports.get(script)!) if (!scripts.includes(imported)) unlisted.add(imported);
		}
		expect([...unlisted], `${path}: imported but not preloaded`).toEqual([]);
	}
});

test.describe('with no service worker fetching beside the page', () => {
	test.use({ serviceWorkers: 'block' });

	test('each student’s page’s code runs with the scripts its head names: nothing it waits for is asked for only once that code runs', async ({
		page,
		request,
		baseURL
	}) => {
		const article = `/read/${readdirSync('questions/articles').sort()[0]!.replace(/\.txt$/, '')}`;
		// a teacher's page and a link's ask for their strings once their code runs: the build preloads none for them
		for (const path of [...PAGES.filter((path) => path === '/' || awaitedCode(path).length > 0), article]) {
			const { scripts } = await pageHead(request, baseURL!, path);
			// a script the head does not name is held until the page's code has run, or could not
			const held: Route[] = [];
			await page.route(/\/_app\/immutable\/.*\.js$/, (route) => void (scripts.includes(route.request().url()) ? route.continue() : held.push(route)));
			await page.goto(path);
			const running = await page.locator('html[data-theme]').count();
			await Promise.all(held.map((route) => route.continue().catch(() => {})));
			await page.unrouteAll({ behavior: 'ignoreErrors' });
			expect(running, `${path} ran with the scripts its head names`).toBe(1);
		}
	});
});

test('a page opened with nothing to show links none of the code that would read it', async ({ request, baseURL }) => {
	// the link's inflating (share/pack.ts) on /share and /assignment with no link; the flashcard scheduler (ts-fsrs) on /learn with no set;
	// the built-in bank (one of its questions' ids) on /progress, where a student who has studied nothing needs no question
	const [setFile] = readdirSync('questions/sets').sort();
	const bankQuestion = (JSON.parse(readFileSync(`questions/sets/${setFile}`, 'utf8')) as { questions: { id: string }[] }).questions[0]!.id;
	const pages = [['/share', 'DecompressionStream'], ['/assignment', 'DecompressionStream'], ['/learn', 'request_retention'], ['/progress', bankQuestion]];
	for (const [path, marker] of pages as [string, string][]) {
		const { scripts } = await pageHead(request, baseURL!, path);
		for (const script of scripts) expect(await (await request.get(script)).text(), `${path} links ${script}`).not.toContain(marker);
	}
});

test('the set page links no question of the bank: a built-in set’s heading comes from its summary', async ({ request, baseURL }) => {
	const { scripts } = await pageHead(request, baseURL!, '/set');
	const code = await Promise.all(scripts.map(async (script) => (await request.get(script)).text()));
	for (const file of readdirSync('questions/sets')) {
		const set = JSON.parse(readFileSync(`questions/sets/${file}`, 'utf8')) as { title: string; questions: { id: string }[] };
		code.forEach((text, i) => expect(text, `/set links ${scripts[i]}`).not.toContain(set.questions[0]!.id));
		expect(code.join('\n'), `the summary of ${file}`).toContain(set.title);
	}
});

test('no script keeps valibot whole: only the checks the app makes are built', async ({ request }) => {
	// every script: what the worker installs and the teacher's part it leaves out
	const installed = [...(await (await request.get('/sw.js')).text()).matchAll(/url:"(_app\/[^"]+\.js)"/g)].map((m) => `/${m[1]}`);
	const teacher = (await (await request.get(TEACHER_CODE_LIST)).json()) as string[];
	const scripts = [...new Set([...installed, ...teacher.filter((file) => file.endsWith('.js'))])];
	expect(installed.length).toBeGreaterThan(50);
	const code = await Promise.all(scripts.map(async (script) => (await request.get(script)).text()));
	// valibot is there (its global config's fields), and none of its exports the app never calls
	expect(code.some((text) => text.includes('abortPipeEarly'))).toBe(true);
	expect(scripts.filter((_, i) => code[i]!.includes('BASE64_REGEX'))).toEqual([]);
});

test("the code every page shares comes in a few files, not one per importer's set", async ({ request, baseURL }) => {
	const heads = await Promise.all(PAGES.map((path) => pageHead(request, baseURL!, path)));
	const shared = heads[0]!.scripts.filter((script) => heads.every(({ scripts }) => scripts.includes(script)));
	// SvelteKit's start and app entries, the layout's node and one chunk of the code they import
	// (the bundler's default split it into 13 files, 8 of them under 1 KB)
	expect(shared.length).toBeLessThanOrEqual(5);
	const home = heads[0]!.scripts;
	expect(home.length).toBeLessThanOrEqual(10);
});
