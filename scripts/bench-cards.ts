/**
 * Flashcard speed with 10,000 cards stored, measured in Chromium: the median time to rate a card
 * (card and log written in one transaction) and to fetch the next due card.
 * `npm run bench:cards` (needs Chromium; see README).
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../tests/browser-path.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await build({
	entryPoints: [`${root}tests/bench/cards-entry.ts`],
	bundle: true,
	format: 'iife',
	write: false,
	alias: { $lib: `${root}src/lib` },
	logLevel: 'error'
});

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
// A real origin, so the page has IndexedDB; nothing leaves the machine.
await page.route('http://bench.kasoti.test/', (route) =>
	route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
);
await page.goto('http://bench.kasoti.test/');
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
const result = await page.evaluate(() => (globalThis as unknown as { kasotiBench: () => Promise<Record<string, number>> }).kasotiBench());
await browser.close();

const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`cards stored: ${result.stored}`);
console.log(`rate a card (card + log, one transaction): median ${ms(result.rateMs!)}`);
console.log(`fetch the next due card: median ${ms(result.nextMs!)}`);
console.log(`deal a session (due cards, known ids, today's new count; one transaction): median ${ms(result.snapshotMs!)}`);
