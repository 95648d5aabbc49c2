/**
 * The main thread's long tasks on each page's first visit, CPU 4x slower (CDP throttling), as
 * Chromium itself reports them (PerformanceObserver 'longtask') rather than as Lighthouse
 * simulates them: a second view of the main-thread work Lighthouse's TBT estimates, with every
 * run listed. One page's runs still differ by up to 2x on this machine; compare two builds by
 * medians of several rounds taken in turn. The bare page is measured in every round.
 */
import type { Browser } from '@playwright/test';

/** One visit: the time of its tasks past 50 ms each (blocking, as TBT counts it) and in all. */
export interface LongTaskRun {
	blockingMs: number;
	longTaskMs: number;
	tasks: number;
}

/** A page's runs and their medians. */
export interface PageLongTasks {
	path: string;
	runs: LongTaskRun[];
	median: LongTaskRun;
}

/** The figures of one visit from its long tasks' durations (ms). */
export function summarizeTasks(durations: readonly number[]): LongTaskRun {
	return {
		blockingMs: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
		longTaskMs: durations.reduce((sum, d) => sum + d, 0),
		tasks: durations.length
	};
}

/** Each figure's median over `runs` (the lower middle of an even count). */
export function medianRun(runs: readonly LongTaskRun[]): LongTaskRun {
	const middle = (key: keyof LongTaskRun) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor((runs.length - 1) / 2)] ?? 0;
	return { blockingMs: middle('blockingMs'), longTaskMs: middle('longTaskMs'), tasks: middle('tasks') };
}

/** Records every long task from the page's very start; plain source, as the page has no tsx helpers. */
const OBSERVE = `window.longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

/** One fresh-profile visit of `url`, throttled, watched for `watchMs` (the worker's install and idle work included). */
async function visit(browser: Browser, url: string, watchMs: number): Promise<LongTaskRun> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	try {
		const page = await context.newPage();
		await page.addInitScript(OBSERVE);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(url);
		await page.waitForTimeout(watchMs);
		return summarizeTasks((await page.evaluate('window.longTasks')) as number[]);
	} finally {
		await context.close();
	}
}

/** `runs` rounds over the bare page and every path on `appOrigin`, taken in turn so a busy spell hits all alike. */
export async function measureLongTasks(
	browser: Browser,
	bareUrl: string,
	appOrigin: string,
	paths: string[],
	runs: number,
	log: (line: string) => void,
	watchMs = 7000
): Promise<{ bare: PageLongTasks; pages: PageLongTasks[] }> {
	const bare: LongTaskRun[] = [];
	const pages = paths.map((path) => ({ path, runs: [] as LongTaskRun[] }));
	for (let round = 1; round <= runs; round++) {
		log(`long tasks, round ${round}/${runs}...`);
		bare.push(await visit(browser, bareUrl, watchMs));
		for (const page of pages) page.runs.push(await visit(browser, `${appOrigin}${page.path}`, watchMs));
	}
	return {
		bare: { path: '/', runs: bare, median: medianRun(bare) },
		pages: pages.map((p) => ({ ...p, median: medianRun(p.runs) }))
	};
}
