/**
 * A returning student with 10,000 cards stored, on a phone 4x slower than this machine (CDP CPU
 * throttling): from navigation to Home's count of due cards, to the first flashcard on /cards, and from navigation to /quiz to
 * its Start button enabled and, after a click, the first question's answers usable. Times are the
 * page's own `performance.now()` (ms since the navigation began) when the element first appeared.
 * The first visit to /cards has no questions kept for its first card yet; the later ones do.
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

/** The console message a mark is reported by: `kasoti-mark <name> <ms> <x> <y>`. */
const MARK_MESSAGE = 'kasoti-mark';

/**
 * Watches for the marks from the very start of every page, as an init script, and reports each by a
 * console message with its time and, for the Start button, its middle on screen (where the tap lands).
 * Plain source, not a function: the TypeScript runner would wrap a function's inner names in a helper
 * the page lacks. Nothing else runs in the page until the last mark: Playwright's own script, which
 * waiting or reading through it would evaluate, takes 100-200 ms at 4x and fell in the page's start.
 */
const WATCH_MARKS = `{
	const marks = ${JSON.stringify(MARKS)};
	const seen = new Set();
	new MutationObserver(() => {
		for (const [name, selector] of Object.entries(marks)) {
			const element = !seen.has(name) && document.querySelector(selector);
			if (!element) continue;
			const at = performance.now();
			seen.add(name);
			// only the button to tap is measured: reading a box lays the page out
			if (name === 'start') element.scrollIntoView({ block: 'center' });
			const box = name === 'start' ? element.getBoundingClientRect() : { x: 0, y: 0, width: 0, height: 0 };
			console.debug('${MARK_MESSAGE}', name, at, box.x + box.width / 2, box.y + box.height / 2);
		}
	}).observe(document, { childList: true, subtree: true, attributes: true });
}`;

/** A mark as the page reported it. */
interface Reported {
	at: number;
	x: number;
	y: number;
}

/** Collects the page's reported marks; `when(name)` resolves once that mark is reported. */
function markListener(page: Page) {
	const reported = new Map<string, Reported>();
	const waiting = new Map<string, (mark: Reported) => void>();
	page.on('console', (message) => {
		const [tag, name, at, x, y] = message.text().split(' ');
		if (tag !== MARK_MESSAGE || !name) return;
		const mark = { at: Number(at), x: Number(x), y: Number(y) };
		reported.set(name, mark);
		waiting.get(name)?.(mark);
	});
	const when = (name: Mark, timeout = 60_000) =>
		new Promise<Reported>((resolve, reject) => {
			const known = reported.get(name);
			if (known) return resolve(known);
			const timer = setTimeout(() => reject(new Error(`no ${name} mark within ${timeout} ms`)), timeout);
			waiting.set(name, (mark) => (clearTimeout(timer), resolve(mark)));
		});
	return { reported, when };
}

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

/** Opens `url` on a CPU throttled 4x, runs `act` on it, and returns the marks' times once `last` was reported. */
async function throttledVisit(
	context: BrowserContext,
	url: string,
	last: Mark,
	act?: (page: Page, when: (name: Mark) => Promise<Reported>) => Promise<void>,
	linger?: (page: Page) => Promise<void>
): Promise<Record<string, number>> {
	const page = await context.newPage();
	try {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const marks = markListener(page);
		await page.goto(url);
		await act?.(page, marks.when);
		await marks.when(last);
		await linger?.(page);
		return Object.fromEntries([...marks.reported].map(([name, mark]) => [name, mark.at]));
	} finally {
		await page.close();
	}
}

/**
 * A fresh profile made a returning student's: `count` cards of a generated own set stored (none
 * when 0), the service worker installed and in control, and the marks watched on every page.
 */
export async function returningStudent(
	browser: Browser,
	root: string,
	origin: string,
	count: number
): Promise<{ context: BrowserContext; stored: StudyTimes['stored'] }> {
	const context = await browser.newContext();
	const stored = count ? await seed(context, root, origin, count) : { questions: 0, cards: 0 };
	const page = await context.newPage();
	await page.goto(`${origin}/`);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	// a returning student's earlier visit has kept what the install left out (keep-offline.ts): a short
	// measured visit would otherwise start fetching it again, each time, in the moments it measures
	await page.waitForFunction(() => localStorage.getItem('kasoti.kept-later-code') !== null, null, { timeout: 60_000 });
	await page.close();
	await context.addInitScript(WATCH_MARKS);
	return { context, stored };
}

/** The id of the set `returningStudent` generated: the only own set, so the first key of the sets' store. */
export async function generatedSetId(context: BrowserContext, origin: string): Promise<string> {
	const page = await context.newPage();
	await page.goto(`${origin}/settings`);
	const id = await page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const keys = open.result.transaction('sets').objectStore('sets').getAllKeys();
					keys.onsuccess = () => resolve(String(keys.result[0]));
				};
			})
	);
	await page.close();
	return id;
}

/** One run's figures, in ms from each page's navigation, and the deck counts /cards showed. */
export interface StudyRun {
	home: number;
	cards: number;
	start: number;
	question: number;
	counts: string;
}

/** The longest a quiz visit stays on its first question, for the quiz screen's idle work (see studyRun). */
const QUIZ_LINGER_MS = 8_000;

/** Waits until the next quiz is dealt ahead (src/lib/state/next-quiz.ts), at most QUIZ_LINGER_MS: a build without it waits that long. */
async function untilNextQuizKept(page: Page): Promise<void> {
	await page.waitForFunction(() => localStorage.getItem('kasoti.next-quiz') !== null, null, { timeout: QUIZ_LINGER_MS }).catch(() => {});
}

/** One visit each of Home, /cards and /quiz (Start tapped at once), on a CPU throttled 4x. */
export async function studyRun(context: BrowserContext, origin: string): Promise<StudyRun> {
	const home = (await throttledVisit(context, `${origin}/`, 'home')).home!;
	let counts = '';
	const cards = await throttledVisit(context, `${origin}/cards`, 'card', async (p, when) => {
		// read once the card is on screen: reading through Playwright earlier would slow the page's start
		await when('card');
		counts = (await p.locator('.counts:not(.pending)').textContent({ timeout: 60_000 })) ?? '';
	});
	// a tap where the enabled Start button was: a click through a locator would first evaluate Playwright's script
	const quiz = await throttledVisit(
		context,
		`${origin}/quiz`,
		'question',
		async (p, when) => {
			const start = await when('start');
			await p.mouse.click(start.x, start.y);
		},
		// a student reads the question a while: the work the quiz does once idle ends before the page is left
		untilNextQuizKept
	);
	return { home, cards: cards.card!, start: quiz.start!, question: quiz.question!, counts };
}

/** Seeds `count` cards into a fresh profile, installs the app, then times `runs` visits of Home, /cards and /quiz. */
export async function measureStudy(browser: Browser, root: string, origin: string, count: number, runs: number): Promise<StudyTimes> {
	const { context, stored } = await returningStudent(browser, root, origin, count);
	try {
		const times: StudyTimes = { home: [], cards: [], start: [], question: [], stored, counts: '' };
		for (let run = 0; run < runs; run++) {
			const { counts, ...marks } = await studyRun(context, origin);
			for (const mark of ['home', 'cards', 'start', 'question'] as const) times[mark].push(marks[mark]);
			times.counts = counts;
		}
		return times;
	} finally {
		await context.close();
	}
}
