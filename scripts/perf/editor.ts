/**
 * Editing a large own set in the set's editor, on a CPU 4x slower, once the editor has drawn its
 * first page and settled: a key typed in the first question's prompt, and the longest task in the
 * next 5 s (the save once typing pauses); then a tap on "Add a question", until the new question's
 * prompt has focus. For each build given, with a set of `--questions` generated questions.
 * `npm run perf:editor -- <build-a> [<build-b>] [--questions 1000] [--runs 3]`
 */
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { findChromium } from '../../tests/browser-path.ts';
import { freePort, serveBuild } from './servers.ts';
import { generatedSetId, returningStudent } from './study.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { questions: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } }
});
if (positionals.length === 0) throw new Error('usage: editor.ts <build-a> [<build-b>] [--questions N] [--runs N]');
const root = process.cwd();

/** Taps "Add a question" and waits for the new prompt's focus; plain source, as the page runs it. */
const ADD = `(async () => {
	const before = document.activeElement;
	const start = performance.now();
	const add = [...document.querySelectorAll('main button')].find((b) => /Add a question|પ્રશ્ન ઉમેરો/.test(b.textContent || ''));
	add.click();
	await new Promise((resolve) => {
		const look = () => (document.activeElement !== before && document.activeElement?.id.endsWith('-prompt') ? resolve() : setTimeout(look, 5));
		look();
	});
	return performance.now() - start;
})()`;

/** Watches long tasks from now on. */
const WATCH = `window.perfLong = []; new PerformanceObserver((list) => { for (const task of list.getEntries()) window.perfLong.push(task.duration); }).observe({ type: 'longtask' });`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [i, dir] of positionals.entries()) {
	const app = await serveBuild(root, dir, await freePort(4370 + i));
	const { context } = await returningStudent(browser, root, app.origin, Number(values.questions));
	const id = await generatedSetId(context, app.origin);
	const page = await context.newPage();
	const [saves, adds]: number[][] = [[], []];
	const cdp = await context.newCDPSession(page);
	for (let run = 0; run < Number(values.runs); run++) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(`${app.origin}/teach/edit?id=${encodeURIComponent(id)}`);
		await page.waitForSelector('textarea[id$="-prompt"]');
		// the first page drawn and the set's check done: what follows is all that is timed
		await page.waitForTimeout(3_000);
		await page.evaluate(WATCH);
		await page.locator('textarea[id$="-prompt"]').first().press('End');
		await page.keyboard.type('x');
		await page.waitForTimeout(5_000);
		saves.push(Math.round(Math.max(0, ...((await page.evaluate('window.perfLong')) as number[]))));
		adds.push(Math.round((await page.evaluate(ADD)) as number));
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	}
	console.log(`${dir}: ${values.questions} questions, CPU 4x, ms`);
	console.log(`  a key typed: the longest task in the next 5 s (the save) ${saves.join(' ')}`);
	console.log(`  "Add a question" until its prompt has focus ${adds.join(' ')}`);
	await context.close();
	await app.stop();
}
await browser.close();
