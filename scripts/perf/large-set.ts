/**
 * The pages that show one own set whole, with a large set stored (10,000 questions by default), on a
 * CPU 4x slower: the set's page, Learn on the set, the teacher's list of sets and (asked for by
 * name) the set's editor. For each visit, when the page first showed what it is for, and the long
 * tasks of its first 6 s as Chromium reports them (their sum and the longest). With two builds,
 * each run of one is followed by the same run of the other, as compare.ts takes them.
 * `npx tsx scripts/perf/large-set.ts <build-a> [<build-b>] [--questions 10000] [--runs 4] [--pages set,learn,teach,edit]`
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { parseArgs } from 'node:util';
import { findChromium } from '../../tests/browser-path.ts';
import { inTurn } from './paired.ts';
import { freePort, serveBuild } from './servers.ts';
import { generatedSetId, returningStudent } from './study.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		questions: { type: 'string', default: '10000' },
		runs: { type: 'string', default: '4' },
		pages: { type: 'string', default: 'set,learn,teach' }
	}
});
if (positionals.length === 0) throw new Error('usage: large-set.ts <build-a> [<build-b>] [--questions N] [--runs N]');
const root = process.cwd();

/** Each page, with what shows that it is usable: the set's first question, Learn's prompt, the list of own sets, the first question's prompt to edit. */
const ALL_PAGES = [
	{ name: 'set', path: (id: string) => `/set?id=${encodeURIComponent(id)}`, shown: 'main ol h3.prompt' },
	{ name: 'learn', path: (id: string) => `/learn?set=${encodeURIComponent(id)}`, shown: '#learn-prompt' },
	{ name: 'teach', path: () => '/teach', shown: 'h3[id^="own-"]' },
	{ name: 'edit', path: (id: string) => `/teach/edit?id=${encodeURIComponent(id)}`, shown: 'textarea[id$="-prompt"]' }
] as const;
const asked = values.pages.split(',');
// a page left out is not visited at all: a heavy one's work goes on in the browser after its tab closes
const PAGES = ALL_PAGES.filter((page) => asked.includes(page.name));

/** Watches, from the page's start, for `shown` and for long tasks. Plain source: the page lacks the runner's helpers. */
const watch = (shown: string) => `{
	window.perfLong = [];
	new PerformanceObserver((list) => { for (const task of list.getEntries()) window.perfLong.push(task.duration); }).observe({ type: 'longtask', buffered: true });
	new MutationObserver((_, observer) => {
		if (!document.querySelector(${JSON.stringify(shown)})) return;
		window.perfShown = performance.now();
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
}`;

type Visit = { shown: number; longSum: number; longest: number };

async function visit(context: BrowserContext, url: string, shown: string): Promise<Visit> {
	const page = await context.newPage();
	try {
		await page.addInitScript(watch(shown));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(url);
		await page.waitForFunction(() => performance.now() > 6_000, null, { timeout: 60_000, polling: 1_000 });
		const { shown: at, longs } = await page.evaluate(() => {
			const marks = window as unknown as { perfShown?: number; perfLong: number[] };
			return { shown: marks.perfShown ?? Number.NaN, longs: marks.perfLong };
		});
		return { shown: at, longSum: longs.reduce((a, b) => a + b, 0), longest: Math.max(0, ...longs) };
	} finally {
		await page.close();
	}
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const sides = [];
for (const [i, dir] of positionals.slice(0, 2).entries()) {
	const app = await serveBuild(root, dir, await freePort(4340 + 10 * i));
	const { context } = await returningStudent(browser, root, app.origin, Number(values.questions));
	const id = await generatedSetId(context, app.origin);
	sides.push({ dir, app, context, id, visits: new Map<string, Visit[]>(PAGES.map((p) => [p.name, []])) });
}

await inTurn(sides, Number(values.runs), async (side) => {
	for (const page of PAGES) side.visits.get(page.name)!.push(await visit(side.context, side.app.origin + page.path(side.id), page.shown));
});
console.log(`\n${values.runs} runs, ${values.questions} questions in one own set, CPU 4x; ms from navigation`);
const list = (values: number[]) => values.map((v) => Math.round(v)).join(' ');
for (const side of sides) {
	console.log(side.dir);
	for (const page of PAGES) {
		const visits = side.visits.get(page.name)!;
		console.log(
			`  ${page.name.padEnd(6)} shown ${list(visits.map((v) => v.shown))}; long tasks in 6 s ${list(visits.map((v) => v.longSum))}; longest ${list(visits.map((v) => v.longest))}`
		);
	}
}
await browser.close();
for (const side of sides) await side.app.stop();
