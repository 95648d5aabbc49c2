/**
 * Kasoti's speed beside a bare SvelteKit page, both built with the same toolchain and served as
 * `npm start` serves them, in one run: Home's JavaScript, the first visit's bytes, Lighthouse's
 * mobile performance and accessibility of every page, and the first card and question with
 * 10,000 cards stored on a 4x slower CPU. Prints each figure against its goal (README, "Speed"), and each page's long
 * tasks at 4x as Chromium reports them (measured, where Lighthouse simulates).
 * `npm run perf` (builds first); `tsx scripts/perf.ts [--build dir] [--runs N] [--long-tasks N]
 * [--pages /,/quiz|all] [--json out.json]`. --runs 0 skips Lighthouse, --long-tasks 0 the long
 * tasks. Lighthouse runs as a command: LIGHTHOUSE_BIN, else node_modules, else npx.
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium } from '../tests/browser-path.ts';
import { buildBarePage } from './perf/bare.ts';
import { measureFirstVisit } from './perf/first-visit.ts';
import { auditBesideBare, median } from './perf/lighthouse.ts';
import { linkedJs } from './perf/linked-js.ts';
import { measureLongTasks } from './perf/long-tasks.ts';
import { pagesToAudit, shownPath } from './perf/pages.ts';
import { formatReport, kb, type Goal, type PerfResults } from './perf/report.ts';
import { countingProxy, freePort, serveBuild, type Counting } from './perf/servers.ts';
import { measureStudy } from './perf/study.ts';

const CARDS = 10_000;
const STUDY_RUNS = 5;

const { values } = parseArgs({
	options: {
		build: { type: 'string', default: 'build' },
		runs: { type: 'string', default: '3' },
		'long-tasks': { type: 'string', default: '3' },
		pages: { type: 'string' },
		json: { type: 'string' }
	}
});
const root = fileURLToPath(new URL('..', import.meta.url));
const appDir = resolve(values.build);
const runs = Number(values.runs);
const longTaskRuns = Number(values['long-tasks']);
const started = performance.now();
const log = (line: string) => console.error(line);
const chromePath = findChromium();

log('building the bare page (reused when built with the same toolchain)...');
const bareDir = buildBarePage(root);

const app = await serveBuild(root, appDir, await freePort(4310));
const bare = await serveBuild(root, bareDir, await freePort(4311));
const proxy = await countingProxy(app.origin, await freePort(4312));
try {
	const appJs = linkedJs(appDir);
	const bareJs = linkedJs(bareDir);
	const homeJs = {
		appBytes: appJs.gzipBytes,
		bareBytes: bareJs.gzipBytes,
		ratio: appJs.gzipBytes / bareJs.gzipBytes,
		appFiles: appJs.files.length,
		bareFiles: bareJs.files.length
	};

	const { pages, missing, left } = await pagesToAudit(root, appDir, values.pages);
	if (missing.length) log(`not in the build, skipped: ${missing.join(', ')}`);
	const { firstVisit, times, longTasks } = await browserFigures(app.origin, proxy, `${bare.origin}/`, pages);
	const study = {
		cards: times.stored.cards,
		homeMs: median(times.home),
		cardsMs: median(times.cards),
		startMs: median(times.start),
		questionMs: median(times.question),
		runs: { home: times.home, cards: times.cards, start: times.start, question: times.question },
		counts: times.counts
	};

	let lighthouse: PerfResults['lighthouse'];
	if (runs > 0) {
		lighthouse = { ...(await auditBesideBare(root, chromePath, `${bare.origin}/`, app.origin, pages, runs, log)), notAudited: left };
	}

	const goals: Goal[] = [
		{
			name: 'Home JavaScript vs bare',
			value: `${homeJs.ratio.toFixed(2)}x (${kb(homeJs.appBytes)} / ${kb(homeJs.bareBytes)})`,
			goal: '<= 1.3x',
			met: homeJs.ratio <= 1.3
		},
		{ name: 'First visit download', value: kb(firstVisit.totalBytes), goal: '<= 350 KB', met: firstVisit.totalBytes <= 350 * 1024 },
		...(lighthouse ? lighthouseGoals(lighthouse) : []),
		{ name: `/cards first card, ${CARDS} cards, CPU 4x`, value: `${Math.round(study.cardsMs)} ms`, goal: '<= 1500 ms', met: study.cardsMs <= 1500 },
		{
			name: `/quiz first question, ${CARDS} cards, CPU 4x`,
			value: `${Math.round(study.questionMs)} ms`,
			goal: '<= 1500 ms',
			met: study.questionMs <= 1500
		}
	];
	const results: PerfResults = {
		build: values.build,
		bareBuild: bareDir,
		date: new Date().toISOString(),
		seconds: (performance.now() - started) / 1000,
		homeJs,
		firstVisit,
		lighthouse,
		longTasks,
		study,
		goals
	};
	console.log(formatReport(results));
	if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, '\t')}\n`);
} finally {
	await proxy.stop();
	await app.stop();
	await bare.stop();
}

/** The figures Playwright's Chromium takes: the first visit's bytes, the throttled study pages and every page's long tasks. */
async function browserFigures(origin: string, counting: Counting, bareUrl: string, pages: string[]) {
	const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		log('first visit...');
		const firstVisit = await measureFirstVisit(browser, counting);
		log(`storing ${CARDS} cards, then ${STUDY_RUNS} throttled visits of Home, /cards and /quiz...`);
		const times = await measureStudy(browser, root, origin, CARDS, STUDY_RUNS);
		const longTasks = longTaskRuns > 0 ? await measureLongTasks(browser, bareUrl, origin, pages, longTaskRuns, log) : undefined;
		return { firstVisit, times, longTasks };
	} finally {
		await browser.close();
	}
}

/** The Lighthouse goals: every page within 5 points of bare, every page at 95 or more, and accessibility 100 on every page. */
function lighthouseGoals(lh: NonNullable<PerfResults['lighthouse']>): Goal[] {
	const worst = [...lh.pages].sort((a, b) => a.median.score - b.median.score)[0];
	if (!worst) return [];
	const at = `${shownPath(worst.path)} ${worst.median.score}`;
	const below = lh.pages.filter((p) => p.median.a11y < 100);
	return [
		{
			name: 'Lighthouse: every page within 5 of bare',
			value: `${at} (${worst.diff}, bare ${lh.bare.median.score})`,
			goal: '>= bare - 5',
			met: lh.pages.every((p) => p.diff >= -5)
		},
		{ name: 'Lighthouse: every page 95 or more', value: at, goal: '>= 95', met: lh.pages.every((p) => p.median.score >= 95) },
		{
			name: 'Lighthouse accessibility, every page',
			value: below.length ? below.map((p) => `${shownPath(p.path)} ${p.median.a11y}`).join(', ') : '100',
			goal: '100',
			met: below.length === 0
		}
	];
}
