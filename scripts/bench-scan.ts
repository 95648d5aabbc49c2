/**
 * Collecting 60 results by scanning, measured in Chromium against a served build: 60 students'
 * result links to a 30-question assignment (made as their phones make them; those over 1,273
 * bytes go as sequences of codes) are shown one after another through a fake camera to one continuous
 * scanner (QrScanner with `continuous`), as 60 students holding up their phones would be: each
 * phone shows its code, or cycles its codes from wherever it happens to be, until the scanner
 * counts the result, and the next student steps up. Prints the total and per-result times, and
 * the JavaScript decoder's time for one 1280×720 video frame (Linux Chromium has no
 * BarcodeDetector). The goal is under a minute for the 60.
 *
 * `BASE_URL=http://127.0.0.1:4173 npx tsx scripts/bench-scan.ts` with a build served there;
 * BENCH_PATH names the page holding the continuous scanner (default /teach/class).
 */
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../tests/browser-path.ts';
import { encodeResultLink } from '../src/lib/class/result-code.ts';
import { syntheticAssignment, syntheticResults } from '../src/lib/class/synthetic-results.ts';
import { qrPath } from '../src/lib/share/qr.ts';
import { FRAME_INTERVAL_MS, qrCodes } from '../src/lib/share/qr-sequence.ts';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
const BENCH_PATH = process.env.BENCH_PATH ?? '/teach/class';
const RESULTS = 60;
const root = fileURLToPath(new URL('..', import.meta.url));

/** A small seeded generator (mulberry32): the same camera starts every run. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A class of 60 students' results to a 30-question assignment, as their phones make the links. */
const assignment = syntheticAssignment(30, 'scan');
const handedIn = syntheticResults(assignment, RESULTS, 'scan', { retakes: 0, duplicates: 0 });
async function resultLinks(): Promise<string[]> {
	return Promise.all(handedIn.map(({ id: _, receivedAt: __, ...result }) => encodeResultLink(result, BASE_URL)));
}

/** The fake camera: a 1280×720 canvas stream showing the current student's codes in turn. */
function fakeCamera(interval: number) {
	type Code = { size: number; path: string };
	const canvas = document.createElement('canvas');
	canvas.width = 1280;
	canvas.height = 720;
	const context = canvas.getContext('2d')!;
	const state = { codes: [] as Code[], index: 0, timer: 0 };
	const draw = () => {
		context.fillStyle = '#8a8f99';
		context.fillRect(0, 0, 1280, 720);
		const code = state.codes[state.index];
		if (!code) return;
		// a phone's screen held up 30 cm away: the code about 480 pixels a side
		const scale = 480 / (code.size + 8);
		context.fillStyle = '#fff';
		context.fillRect(400, 120, 480, 480);
		context.save();
		context.translate(400 + 4 * scale, 120 + 4 * scale);
		context.scale(scale, scale);
		context.fillStyle = '#000';
		context.fill(new Path2D(code.path));
		context.restore();
	};
	(window as unknown as Record<string, unknown>).benchCamera = {
		/** The next student holds up their phone, its sequence wherever it happens to be. */
		show(codes: Code[], start: number) {
			clearInterval(state.timer);
			state.codes = codes;
			state.index = start % codes.length;
			if (codes.length > 1) state.timer = window.setInterval(() => (state.index = (state.index + 1) % codes.length), interval);
			draw();
		},
		canvas
	};
	navigator.mediaDevices.getUserMedia = async () => {
		setInterval(draw, 33);
		return canvas.captureStream(30);
	};
}

/** How many results the scanner has counted, from its status ("Code read (12 so far)…"). */
async function foundSoFar(page: Page): Promise<number> {
	const status = (await page.locator('.qr-scanner [role="status"]').textContent()) ?? '';
	return Number(/\((\d+) so far\)/.exec(status)?.[1] ?? 0);
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const links = await resultLinks();
const codes = links.map((link) => {
	const made = qrCodes(link)!;
	return made.texts.map((text) => qrPath(text, made.level));
});
const next = random(7);

const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']
});
try {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
	// English and Latin digits, so the scanner's count reads as a number; tsx's name helper defined for the scripts below
	await context.addInitScript(() => localStorage.setItem('kasoti.preferences', JSON.stringify({ lang: 'en', digits: 'ascii' })));
	await context.addInitScript({ content: 'window.__name = (f) => f;' });
	await context.addInitScript(fakeCamera, FRAME_INTERVAL_MS);
	const page = await context.newPage();
	await page.goto(`${BASE_URL}${BENCH_PATH}`);
	// the teacher's phone holds the assignment the results answer
	await page.locator('h1').waitFor();
	await page.evaluate(async () => {
		while (!(await indexedDB.databases()).some((d) => d.name === 'kasoti')) await new Promise((r) => setTimeout(r, 50));
	});
	await page.evaluate(
		(assignment) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onsuccess = () => {
					const tx = open.result.transaction('assignments', 'readwrite');
					tx.objectStore('assignments').put(assignment);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		assignment
	);
	const start = page.locator('.qr-scanner > button.primary');
	await start.waitFor({ timeout: 15_000 }).catch(() => {
		throw new Error(`No QR scanner on ${BASE_URL}${BENCH_PATH}: set BENCH_PATH to a page with a continuous QrScanner`);
	});
	await start.click();
	await page.locator('.qr-scanner video').waitFor();

	const times: number[] = [];
	const sequenceTimes: number[] = [];
	const began = performance.now();
	for (let i = 0; i < RESULTS; i++) {
		const shown = performance.now();
		await page.evaluate(
			([codes, from]) => (window as unknown as { benchCamera: { show(c: unknown, s: number): void } }).benchCamera.show(codes, from),
			[codes[i]!, Math.floor(next() * codes[i]!.length)] as const
		);
		await page.waitForFunction(
			(n) => new RegExp(`\\(${n} so far\\)`).test(document.querySelector('.qr-scanner [role="status"]')?.textContent ?? ''),
			i + 1,
			{ timeout: 60_000, polling: 20 }
		);
		const took = performance.now() - shown;
		times.push(took);
		if (codes[i]!.length > 1) sequenceTimes.push(took);
	}
	const total = performance.now() - began;
	if ((await foundSoFar(page)) !== RESULTS) throw new Error('the scanner did not count every result once');
	// every result stored once, in the teacher's results store
	await page.waitForFunction((n) => document.querySelector('[role="status"].said')?.textContent !== '' && n > 0, RESULTS);
	const stored = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('kasoti');
				open.onsuccess = () => {
					const request = open.result.transaction('results').objectStore('results').count();
					request.onsuccess = () => (open.result.close(), resolve(request.result));
				};
			})
	);
	if (stored !== RESULTS) throw new Error(`${stored} results stored, not ${RESULTS}`);

	// the JavaScript decoder alone, on the camera's own 1280×720 frames, with the wasm the build serves
	// the decoder is kept on first use, not precached: its name comes from the build served
	const assets = readdirSync(join(process.env.KASOTI_BUILD_DIR ?? 'build', '_app/immutable/assets'));
	const file = assets.find((f) => /^zxing_reader\.[\w-]+\.wasm$/.test(f));
	if (!file) throw new Error('the build has no zxing_reader wasm (set KASOTI_BUILD_DIR to the folder served)');
	const wasm = `_app/immutable/assets/${file}`;
	const bundle = await build({
		stdin: {
			contents:
				"import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill'; globalThis.benchZxing = { BarcodeDetector, prepareZXingModule };",
			resolveDir: root
		},
		bundle: true,
		format: 'iife',
		write: false,
		logLevel: 'error'
	});
	await page.evaluate(bundle.outputFiles[0]!.text);
	const decode = await page.evaluate(
		async ({ wasmUrl, samples }) => {
			type Zxing = {
				prepareZXingModule(o: unknown): Promise<unknown>;
				BarcodeDetector: new (o: unknown) => { detect(s: unknown): Promise<{ rawValue: string }[]> };
			};
			const w = window as unknown as { benchZxing: Zxing; benchCamera: { canvas: HTMLCanvasElement } };
			await w.benchZxing.prepareZXingModule({
				overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
				fireImmediately: true
			});
			const detector = new w.benchZxing.BarcodeDetector({ formats: ['qr_code'] });
			const withCode: number[] = [];
			let read = 0;
			for (let i = 0; i < samples; i++) {
				const t = performance.now();
				read += (await detector.detect(w.benchCamera.canvas)).length;
				withCode.push(performance.now() - t);
				await new Promise((r) => setTimeout(r, 40));
			}
			return { withCode, read };
		},
		{ wasmUrl: `${BASE_URL}/${wasm}`, samples: 60 }
	);

	const singles = codes.filter((c) => c.length === 1).length;
	const parts = codes.filter((c) => c.length > 1).map((c) => c.length);
	console.log(
		`results: ${RESULTS} links of ${Math.min(...links.map((l) => l.length))} to ${Math.max(...links.map((l) => l.length))} characters; ` +
			`${singles} single codes` +
			(parts.length > 0 ? `, ${parts.length} sequences of ${Math.min(...parts)} to ${Math.max(...parts)} codes` : '')
	);
	console.log(`codes change every ${FRAME_INTERVAL_MS} ms; fake camera 1280×720, the code 480 px a side`);
	console.log(`total: ${seconds(total)} for ${RESULTS} results (goal under 60 s)`);
	console.log(
		`per result: mean ${seconds(total / RESULTS)}, median ${seconds(percentile(times, 0.5))}, 90th percentile ${seconds(percentile(times, 0.9))}, slowest ${seconds(Math.max(...times))}`
	);
	if (sequenceTimes.length > 0)
		console.log(`per sequence: median ${seconds(percentile(sequenceTimes, 0.5))}, slowest ${seconds(Math.max(...sequenceTimes))}`);
	console.log(
		`JavaScript decoder, one 1280×720 frame: median ${percentile(decode.withCode, 0.5).toFixed(0)} ms, 90th percentile ${percentile(decode.withCode, 0.9).toFixed(0)} ms (${decode.read} of ${decode.withCode.length} frames read)`
	);
} finally {
	await browser.close();
}
