/**
 * Import speed, measured in Chromium: a generated 10,000-question GIFT file read, checked and
 * stored as one set in one transaction (importText + addTeacherSets), median of several runs.
 * The goal is under 1 s. `npm run bench:import` (needs Chromium; see README).
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../tests/browser-path.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await build({
	entryPoints: [`${root}tests/bench/import-entry.ts`],
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
const result = await page.evaluate(() =>
	(globalThis as unknown as { kasotiBench: () => Promise<Record<string, number>> }).kasotiBench()
);
await browser.close();

const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`file: 10,000 GIFT questions, ${(result.bytes! / 1024 / 1024).toFixed(1)} MB; sets stored: ${result.stored}`);
console.log(`read and check (importText): median ${ms(result.parseMs!)}`);
console.log(`store (addTeacherSets, one transaction): median ${ms(result.storeMs!)}`);
console.log(`import in all: median ${ms(result.totalMs!)} (slowest ${ms(result.slowestMs!)}; goal under 1000 ms)`);
