/**
 * A first visit to Home in a fresh profile: the bytes the server sent until the service worker
 * is active and its precache is done (the network quiet for 2 s), split into what the page asked
 * for and what the service worker fetched.
 */
import type { Browser } from '@playwright/test';
import type { Counting, Transfer } from './servers.ts';

/** No request for this long after the worker is ready: the precache is done. */
const QUIET_MS = 2000;
const TIMEOUT_MS = 120_000;
const READY_MS = 60_000;

/** The bytes of a first visit, in all and by who asked. */
export interface FirstVisit {
	totalBytes: number;
	/** The status lines' and headers' part of the total. */
	headerBytes: number;
	pageBytes: number;
	workerBytes: number;
	requests: number;
	/** The service worker was active and controlling the page at the end. */
	workerActive: boolean;
	/** The largest responses, largest first. */
	largest: (Transfer & { by: 'page' | 'worker' })[];
}

/** Opens the proxied app's Home once in a fresh context and counts what the server sent. */
export async function measureFirstVisit(browser: Browser, proxy: Counting): Promise<FirstVisit> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		// the page's own requests; the service worker's are not reported here
		const asked: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.origin === proxy.origin) asked.push(url.pathname + url.search);
		});
		await page.goto(`${proxy.origin}/`);
		// a build without a worker is measured too: the quiet network is then the end
		const ready = page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, READY_MS))]);
		const until = Date.now() + TIMEOUT_MS;
		while (proxy.open() > 0 || proxy.idleMs() < QUIET_MS) {
			if (Date.now() > until) throw new Error('the first visit never went quiet');
			await new Promise((r) => setTimeout(r, 100));
		}
		const workerActive = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.active?.state === 'activated';
		});
		const left = [...asked];
		const byWho = proxy.transfers.map((t) => {
			const i = left.indexOf(t.path);
			if (i !== -1) left.splice(i, 1);
			return { ...t, by: i !== -1 ? ('page' as const) : ('worker' as const) };
		});
		const sum = (list: Transfer[]) => list.reduce((s, t) => s + t.bytes, 0);
		return {
			totalBytes: sum(byWho),
			headerBytes: byWho.reduce((s, t) => s + t.headerBytes, 0),
			pageBytes: sum(byWho.filter((t) => t.by === 'page')),
			workerBytes: sum(byWho.filter((t) => t.by === 'worker')),
			requests: byWho.length,
			workerActive,
			largest: [...byWho].sort((a, b) => b.bytes - a.bytes).slice(0, 10)
		};
	} finally {
		await context.close();
	}
}
