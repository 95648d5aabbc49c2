/**
 * Lighthouse's mobile performance audit (its default: Moto G Power emulation, simulated
 * throttling) and its accessibility audit of the page as loaded, in one run, as a command so
 * the repo gains no dependency: LIGHTHOUSE_BIN when set, else a lighthouse in node_modules, else
 * `npx --yes lighthouse@12.8.2`. Each run starts its own Chromium with a fresh profile.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from './pages.ts';

const VERSION = '12.8.2';

/** One run's score (0–100) and metrics (ms; CLS unitless), and its accessibility score and failed audits. */
export interface LighthouseRun {
	score: number;
	a11y: number;
	a11yFailed: string[];
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	si: number;
}

export const METRICS = ['score', 'a11y', 'fcp', 'lcp', 'tbt', 'cls', 'si'] as const;

const AUDITS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	si: 'speed-index'
} as const;

/** The command that runs Lighthouse, and how it was found (for the report). */
export function lighthouseCommand(root: string): { command: string; args: string[]; via: string } {
	const bin = process.env.LIGHTHOUSE_BIN;
	if (bin) return { command: bin, args: [], via: `LIGHTHOUSE_BIN (${bin})` };
	const local = join(root, 'node_modules/.bin/lighthouse');
	if (existsSync(local)) return { command: local, args: [], via: 'node_modules/.bin/lighthouse' };
	return { command: 'npx', args: ['--yes', `lighthouse@${VERSION}`], via: `npx lighthouse@${VERSION}` };
}

type Report = {
	runtimeError?: { message: string };
	categories: {
		performance: { score: number | null };
		accessibility: { score: number | null; auditRefs: { id: string; weight: number }[] };
	};
	audits: Record<string, { numericValue?: number; score: number | null }>;
};

/** Audits `url` once with `chromePath`; throws when Lighthouse fails or the page gave no score. */
export async function runLighthouse(root: string, url: string, chromePath: string): Promise<LighthouseRun> {
	const { command, args } = lighthouseCommand(root);
	const flags = [
		url,
		'--only-categories=performance,accessibility',
		'--output=json',
		'--output-path=stdout',
		'--quiet',
		'--chrome-flags=--headless=new --no-sandbox'
	];
	const out = await new Promise<string>((resolve, reject) => {
		const child = spawn(command, [...args, ...flags], {
			env: { ...process.env, CHROME_PATH: chromePath },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const chunks: Buffer[] = [];
		let errors = '';
		child.stdout.on('data', (c: Buffer) => chunks.push(c));
		child.stderr.on('data', (c: Buffer) => (errors += c.toString()));
		child.once('error', reject);
		child.once('close', (code) =>
			code === 0 ? resolve(Buffer.concat(chunks).toString()) : reject(new Error(`lighthouse ${url} failed: ${errors.slice(-500)}`))
		);
	});
	const report = JSON.parse(out) as Report;
	const score = report.categories.performance.score;
	const accessibility = report.categories.accessibility;
	if (report.runtimeError || score === null || accessibility.score === null) {
		throw new Error(`lighthouse ${url}: ${report.runtimeError?.message ?? 'no score'}`);
	}
	const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
	return {
		score: Math.round(score * 100),
		a11y: Math.round(accessibility.score * 100),
		// the audits that count towards the score (weight above 0) and did not pass
		a11yFailed: accessibility.auditRefs.filter((a) => a.weight > 0 && report.audits[a.id]?.score === 0).map((a) => a.id),
		fcp: metric(AUDITS.fcp),
		lcp: metric(AUDITS.lcp),
		tbt: metric(AUDITS.tbt),
		cls: metric(AUDITS.cls),
		si: metric(AUDITS.si)
	};
}

/** One page's Lighthouse figures: every run, the medians and the score's distance to the bare page. */
export interface PageAudit {
	path: string;
	runs: LighthouseRun[];
	median: LighthouseRun;
	/** Median score minus the bare page's median score. */
	diff: number;
	/** More than 5 points below bare, or under 95. */
	flagged: boolean;
}

/** Every page's audits beside the bare page's, and how Lighthouse was run. */
export interface Audits {
	via: string;
	runsPerPage: number;
	bare: { runs: LighthouseRun[]; median: LighthouseRun };
	pages: PageAudit[];
}

/**
 * Audits each of `pages` (paths on `appOrigin`) `runs` times, a bare page run before every one:
 * bare and app alternate, so a machine busy for a while slows both alike. A failed run is tried
 * once more, then left out: a long run should not die of one hiccup.
 */
export async function auditBesideBare(
	root: string,
	chromePath: string,
	bareUrl: string,
	appOrigin: string,
	pages: string[],
	runs: number,
	log: (line: string) => void
): Promise<Audits> {
	const audit = async (url: string): Promise<LighthouseRun | undefined> => {
		for (let attempt = 1; attempt <= 2; attempt++) {
			try {
				return await runLighthouse(root, url, chromePath);
			} catch (error) {
				log(`  ${shownPath(url)}: ${(error as Error).message.split('\n')[0]?.replace(url, shownPath(url))}`);
			}
		}
		return undefined;
	};
	const bareRuns: LighthouseRun[] = [];
	const appRuns = new Map<string, LighthouseRun[]>(pages.map((p) => [p, []]));
	let done = 0;
	for (let round = 0; round < runs; round++) {
		for (const path of pages) {
			const b = await audit(bareUrl);
			const a = await audit(appOrigin + path);
			if (b) bareRuns.push(b);
			if (a) appRuns.get(path)!.push(a);
			log(`lighthouse ${++done}/${runs * pages.length}: bare ${b?.score ?? '-'}, ${shownPath(path)} ${a?.score ?? '-'}`);
		}
	}
	const bare = medianRun(bareRuns);
	const audits = pages.map((path) => {
		const list = appRuns.get(path)!;
		const median = medianRun(list);
		const diff = median.score - bare.score;
		return { path, runs: list, median, diff, flagged: !(diff >= -5 && median.score >= 95) };
	});
	return { via: lighthouseCommand(root).via, runsPerPage: runs, bare: { runs: bareRuns, median: bare }, pages: audits };
}

/** The median of each figure over several runs (each figure on its own), and every accessibility audit any run failed. */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
	const pick = (key: (typeof METRICS)[number]) => median(runs.map((r) => r[key]));
	const a11yFailed = [...new Set(runs.flatMap((r) => r.a11yFailed))].sort();
	return {
		score: pick('score'),
		a11y: pick('a11y'),
		a11yFailed,
		fcp: pick('fcp'),
		lcp: pick('lcp'),
		tbt: pick('tbt'),
		cls: pick('cls'),
		si: pick('si')
	};
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
