/**
 * The class report's speed as a teacher meets it: 1,000 results of a 30-question assignment stored
 * in Chromium's IndexedDB, then the assignment's page opened again and again; each time, the time
 * from the results read to the report (summary, charts, both tables) on screen, and from the
 * navigation to the same moment. Serves `build/` (or BASE_URL's server): `npm run build && npm run bench:class`.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { syntheticAssignment, syntheticResults } from '../src/lib/class/synthetic-results.ts';
import { findChromium } from '../tests/browser-path.ts';

const RESULTS = Number(process.env.RESULTS ?? 1000);
const RUNS = 9;
const port = 4390;
const base = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;
const server = process.env.BASE_URL ? undefined : spawn('npx', ['tsx', 'scripts/serve.ts', 'build', '--port', String(port)], { stdio: 'ignore' });

try {
	await waitFor(base);
	const assignment = syntheticAssignment(30, 'bench');
	const results = syntheticResults(assignment, RESULTS, 'bench');
	const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await page.goto(`${base}/teach/class`);
	// the page makes the database: opening it from here first would make an empty one
	await page.getByRole('heading', { level: 1 }).waitFor();
	await page.evaluate(async () => {
		while (!(await indexedDB.databases()).some((d) => d.name === 'kasoti')) await new Promise((r) => setTimeout(r, 50));
	});
	await page.evaluate(
		({ assignment, results }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onsuccess = () => {
					const tx = open.result.transaction(['assignments', 'results'], 'readwrite');
					tx.objectStore('assignments').put(assignment);
					for (const r of results) tx.objectStore('results').put(r);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		{ assignment, results }
	);
	const report: number[] = [];
	const navigation: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto(`${base}/teach/class/view?id=${assignment.id}`);
		const [own, total] = await page.evaluate(async () => {
			for (;;) {
				const m = performance.getEntriesByName('kasoti:report')[0];
				if (m) return [m.duration, m.startTime + m.duration];
				await new Promise((r) => setTimeout(r, 20));
			}
		});
		report.push(own);
		navigation.push(total);
	}
	const rows = await page.locator('table tbody tr').count();
	await browser.close();
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	console.log(`${RESULTS} results of ${assignment.set.questions.length} questions; ${rows} table rows on the page`);
	console.log(`report on screen after the results are read: median ${median(report).toFixed(0)} ms (runs: ${report.map((x) => x.toFixed(0)).join(', ')})`);
	console.log(`from navigation to the report on screen: median ${median(navigation).toFixed(0)} ms`);
} finally {
	server?.kill();
}

async function waitFor(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (await fetch(url).then((r) => r.ok, () => false)) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no server at ${url}`);
}
