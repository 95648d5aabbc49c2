/**
 * A teacher's link opened on a slow phone, first visit: Chromium's own network throttling (150 ms
 * round trip, 1.6 Mbps down, as Lighthouse's mobile profile) and a CPU 4x slower, the worker kept
 * out. For each visit, the first and the largest paint, and when what the link holds showed. With
 * two builds, each visit of one is followed by the same visit of the other. Lighthouse simulates
 * the network from one fast load instead, and its figures for these pages move more between runs
 * than between builds.
 * `npx tsx scripts/perf/slow-link.ts <build-a> [<build-b>] [--runs 6] [--pages share,assignment]`
 */
import { chromium, type Browser } from '@playwright/test';
import { parseArgs } from 'node:util';
import { findChromium } from '../../tests/browser-path.ts';
import { inTurn } from './paired.ts';
import { pagesToAudit, shownPath } from './pages.ts';
import { freePort, serveBuild } from './servers.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { runs: { type: 'string', default: '6' }, pages: { type: 'string', default: 'share,assignment' } }
});
if (positionals.length === 0) throw new Error('usage: slow-link.ts <build-a> [<build-b>] [--runs N] [--pages share,assignment]');
const root = process.cwd();

/** Each link's page, with what shows that the link was read: the set's questions, the assignment's start. */
const ALL_PAGES = [
	{ name: 'share', path: '/share#link', shown: 'ol.questions li' },
	{ name: 'assignment', path: '/assignment#link', shown: 'main button.primary' }
] as const;
const PAGES = ALL_PAGES.filter((page) => values.pages.split(',').includes(page.name));
const { pages: links } = await pagesToAudit(root, positionals[0]!, PAGES.map((page) => page.path).join(','));

type Visit = { fcp: number; lcp: number; shown: number };

async function visit(browser: Browser, url: string, shown: string): Promise<Visit> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForSelector(shown, { timeout: 60_000 });
		const at = await page.evaluate(() => performance.now());
		// the largest paint is final once the page has been still a moment
		await page.waitForTimeout(1_500);
		const paints = await page.evaluate(
			() =>
				new Promise<[number, number]>((resolve) =>
					new PerformanceObserver((list) => {
						const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
						resolve([fcp, list.getEntries().at(-1)!.startTime]);
					}).observe({ type: 'largest-contentful-paint', buffered: true })
				)
		);
		return { fcp: paints[0], lcp: paints[1], shown: at };
	} finally {
		await context.close();
	}
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const sides = [];
for (const [i, dir] of positionals.slice(0, 2).entries()) {
	const app = await serveBuild(root, dir, await freePort(4370 + 10 * i));
	sides.push({ dir, app, visits: new Map<string, Visit[]>(PAGES.map((p) => [p.name, []])) });
}
await inTurn(sides, Number(values.runs), async (side) => {
	for (const [i, page] of PAGES.entries()) side.visits.get(page.name)!.push(await visit(browser, side.app.origin + links[i], page.shown));
});
console.log(`\n${values.runs} visits each, 150 ms round trip, 1.6 Mbps, CPU 4x; ms from navigation`);
const list = (values: number[]) => values.map((v) => Math.round(v)).join(' ');
for (const side of sides) {
	console.log(side.dir);
	for (const [i, page] of PAGES.entries()) {
		const visits = side.visits.get(page.name)!;
		console.log(`  ${shownPath(links[i]!)}: FCP ${list(visits.map((v) => v.fcp))}; LCP ${list(visits.map((v) => v.lcp))}; shown ${list(visits.map((v) => v.shown))}`);
	}
}
await browser.close();
for (const side of sides) await side.app.stop();
