/**
 * A returning student with 10,000 cards stored, on a phone 4x slower than this machine (CDP CPU
 * throttling): from navigation to Home's count of due cards, to the first flashcard on /cards, and from navigation to /quiz to
 * its Start button enabled and, after a click, the first question's answers usable. Times are the
 * page's own `performance.now()` (ms since the navigation began) when the element first appeared.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';

/** What each run waits for; recorded by a MutationObserver the moment it first matches. */
const MARKS = {
	// Home's "today" section once its counts are read
	home: 'section.today[aria-busy=false]',
	card: '.card',
	start: 'form button.start:enabled',
	// a choice's buttons, true/false's, or the typed answer's field, whichever the first question is
	question: '.prompt ~ * :is(button:enabled, input:not([readonly]))'
} as const;

type Mark = keyof typeof MARKS;

/** The figures of every run, in ms from navigation. */
export interface StudyTimes {
	home: number[];
	cards: number[];
	start: number[];
	question: number[];
	/** What the seeding stored. */
	stored: { questions: number; cards: number };
	/** The deck counts /cards showed, as a check that the cards were dealt. */
	counts: string;
}

/**
 * Watches for the marks from the very start of every page, as an init script. Plain source, not a
 * function: the TypeScript runner would wrap a function's inner names in a helper the page lacks.
 */
const WATCH_MARKS = `{
	const marks = ${JSON.stringify(MARKS)};
	const times = (window.perfMarks = {});
	new MutationObserver(() => {
		for (const [name, selector] of Object.entries(marks))
			if (!(name in times) && document.querySelector(selector)) times[name] = performance.now();
	}).observe(document, { childList: true, subtree: true, attributes: true });
}`;

/** Stores the generated set and its cards through the app's own code; returns what was stored. */
async function seed(context: BrowserContext, root: string, origin: string, count: number): Promise<StudyTimes['stored']> {
	const bundle = await build({
		entryPoints: [join(root, 'scripts/perf/seed-entry.ts')],
		bundle: true,
		format: 'iife',
		write: false,
		alias: { $lib: join(root, 'src/lib') },
		// Vite's import.meta.glob (the built-in sets) finds nothing here; the seed brings its own questions
		define: { 'import.meta.glob': 'seedGlob' },
		banner: { js: 'var seedGlob = () => ({});' },
		logLevel: 'error'
	});
	const page = await context.newPage();
	// an empty page of the app's origin, answered here, so the app's database is reachable and the app is not running
	await page.route(`${origin}/perf-seed`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' })
	);
	await page.goto(`${origin}/perf-seed`);
	await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
	const stored = await page.evaluate(
		([n, now]) =>
			(globalThis as unknown as { kasotiSeed: (n: number, now: number) => Promise<StudyTimes['stored']> }).kasotiSeed(n, now),
		[count, Date.now()] as const
	);
	await page.close();
	return stored;
}

/** Opens `url` on a CPU throttled 4x, runs `act` on it, and returns the marks recorded once `last` appeared. */
async function throttledVisit(
	context: BrowserContext,
	url: string,
	last: Mark,
	act?: (page: Page) => Promise<void>
): Promise<Record<string, number>> {
	const page = await context.newPage();
	try {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(url);
		await act?.(page);
		await page.waitForFunction((name) => name in (window as unknown as { perfMarks: object }).perfMarks, last, {
			timeout: 60_000
		});
		return await page.evaluate(() => (window as unknown as { perfMarks: Record<string, number> }).perfMarks);
	} finally {
		await page.close();
	}
}

/** Seeds `count` cards into a fresh profile, installs the app, then times `runs` visits of Home, /cards and /quiz. */
export async function measureStudy(browser: Browser, root: string, origin: string, count: number, runs: number): Promise<StudyTimes> {
	const context = await browser.newContext();
	try {
		const stored = await seed(context, root, origin, count);
		// a returning student: the service worker is installed and controls the pages
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await page.close();
		await context.addInitScript(WATCH_MARKS);

		const times: StudyTimes = { home: [], cards: [], start: [], question: [], stored, counts: '' };
		for (let run = 0; run < runs; run++) {
			times.home.push((await throttledVisit(context, `${origin}/`, 'home')).home!);
			let counts = '';
			const cards = await throttledVisit(context, `${origin}/cards`, 'card', async (p) => {
				counts = (await p.locator('.counts:not(.pending)').textContent({ timeout: 60_000 })) ?? '';
			});
			times.cards.push(cards.card!);
			times.counts = counts;
			const quiz = await throttledVisit(context, `${origin}/quiz`, 'question', (p) =>
				p.locator(MARKS.start).click({ timeout: 60_000 })
			);
			times.start.push(quiz.start!);
			times.question.push(quiz.question!);
		}
		return times;
	} finally {
		await context.close();
	}
}
