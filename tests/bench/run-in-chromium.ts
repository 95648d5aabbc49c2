/** Runs a bench entry file in Chromium on a page of its own origin (so it has IndexedDB) and returns its figures. */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../browser-path.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `tests/bench/<entry>` (which sets globalThis.kasotiBench) and runs it once, given `input`;
 * `cpuSlowdown` runs it on a CPU that many times slower, as DevTools does to stand in for a phone.
 */
export async function runInChromium(
	entry: string,
	input?: unknown,
	{ cpuSlowdown = 1 }: { cpuSlowdown?: number } = {}
): Promise<Record<string, number>> {
	const bundle = await build({
		entryPoints: [`${root}tests/bench/${entry}`],
		bundle: true,
		format: 'iife',
		write: false,
		alias: { $lib: `${root}src/lib` },
		// Vite's import.meta.glob (the built-in sets and articles) finds nothing here: the benches bring their own data
		define: { 'import.meta.glob': 'benchGlob' },
		banner: { js: 'var benchGlob = () => ({});' },
		logLevel: 'error'
	});
	const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		if (cpuSlowdown !== 1) {
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		}
		// A made-up origin answered here, so nothing leaves the machine.
		await page.route('http://bench.kasoti.test/', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
		);
		await page.goto('http://bench.kasoti.test/');
		await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
		return await page.evaluate(
			(given) =>
				(globalThis as unknown as { kasotiBench: (input: unknown) => Promise<Record<string, number>> }).kasotiBench(given),
			input
		);
	} finally {
		await browser.close();
	}
}
