/**
 * Two builds' study timings (study.ts: Home's count, /cards' first card, /quiz's Start and first
 * question, CPU 4x) taken in pairs: each run of one build is followed by the same run of the other,
 * the first of the two alternating, so a change in the machine's load falls on both. Whole rounds of
 * runs taken in turn moved by more than the changes they were meant to measure.
 * `npx tsx scripts/perf/compare.ts <build-a> <build-b> [--questions 10000] [--pairs 12]`
 */
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { findChromium } from '../../tests/browser-path.ts';
import { inTurn, summarisePairs } from './paired.ts';
import { freePort, serveBuild } from './servers.ts';
import { returningStudent, studyRun, type StudyRun } from './study.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { questions: { type: 'string', default: '10000' }, pairs: { type: 'string', default: '12' } }
});
const [dirA, dirB] = positionals;
if (!dirA || !dirB) throw new Error('usage: compare.ts <build-a> <build-b> [--questions N] [--pairs N]');
const root = process.cwd();
const questions = Number(values.questions);

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const sides = [];
for (const [dir, port] of [[dirA, 4320], [dirB, 4330]] as const) {
	const app = await serveBuild(root, dir, await freePort(port));
	const { context } = await returningStudent(browser, root, app.origin, questions);
	// the first /cards visit keeps the questions for the next ones' first card
	await studyRun(context, app.origin);
	sides.push({ app, context, runs: [] as StudyRun[] });
}

await inTurn(sides, Number(values.pairs), async (side) => void side.runs.push(await studyRun(side.context, side.app.origin)));
console.log(`\n${values.pairs} pairs, ${questions} questions stored; a: ${dirA}, b: ${dirB}`);
for (const mark of ['home', 'cards', 'start', 'question'] as const) {
	const [a, b] = sides.map((side) => side.runs.map((run) => run[mark]));
	const s = summarisePairs({ a: a!, b: b! });
	const ms = (n: number) => `${Math.round(n)} ms`;
	console.log(`${mark.padEnd(9)} a ${ms(s.medianA)}  b ${ms(s.medianB)}  change in a pair ${ms(s.medianChange)}  b lower in ${s.bLower} of ${s.pairs}`);
}
await browser.close();
for (const side of sides) await side.app.stop();
