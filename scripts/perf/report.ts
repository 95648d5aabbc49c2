/** The perf script's results as one object (written as JSON) and as the table it prints. */
import type { FirstVisit } from './first-visit.ts';
import type { Audits, LighthouseRun } from './lighthouse.ts';
import type { LongTaskRun, PageLongTasks } from './long-tasks.ts';
import { shownPath } from './pages.ts';

/** One figure against its goal. */
export interface Goal {
	name: string;
	value: string;
	goal: string;
	met: boolean;
}

/** Everything one run of the script measured. */
export interface PerfResults {
	build: string;
	bareBuild: string;
	date: string;
	seconds: number;
	homeJs: { appBytes: number; bareBytes: number; ratio: number; appFiles: number; bareFiles: number };
	firstVisit: FirstVisit;
	lighthouse?: Audits & { notAudited: string[] };
	longTasks?: { bare: PageLongTasks; pages: PageLongTasks[] };
	study: {
		cards: number;
		homeMs: number;
		cardsMs: number;
		startMs: number;
		questionMs: number;
		runs: { home: number[]; cards: number[]; start: number[]; question: number[] };
		counts: string;
	};
	goals: Goal[];
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${Math.round(x)} ms`;
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();

function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows.map((r) => pad(r, widths)).join('\n');
}

function lighthouseRow(name: string, m: LighthouseRun, diff: string, flag: string): string[] {
	const figures = [ms(m.fcp), ms(m.lcp), ms(m.tbt), m.cls.toFixed(3), ms(m.si)];
	return [name, String(m.score), diff, ...figures, flag, String(m.a11y), m.a11yFailed.join(' ')];
}

function longTaskRow(name: string, m: LongTaskRun, runs: LongTaskRun[]): string[] {
	return [name, ms(m.blockingMs), ms(m.longTaskMs), String(m.tasks), runs.map((r) => Math.round(r.blockingMs)).join(', ')];
}

/** The printed report: goals first, then the details behind them. */
export function formatReport(r: PerfResults): string {
	const out: string[] = [];
	out.push(`Kasoti (${r.build}) beside a bare SvelteKit page (${r.bareBuild}), ${r.date}, ${Math.round(r.seconds)} s`);
	out.push('', table([['Goal', 'Measured', 'Goal', 'Met'], ...r.goals.map((g) => [g.name, g.value, g.goal, g.met ? 'yes' : 'NO'])]));

	const j = r.homeJs;
	out.push('', `Home JavaScript (gzip -9 of the scripts index.html links): Kasoti ${kb(j.appBytes)} in ${j.appFiles} files, bare ${kb(j.bareBytes)} in ${j.bareFiles}, ${j.ratio.toFixed(2)}x`);

	const f = r.firstVisit;
	out.push(
		'',
		`First visit to Home, fresh profile, until the service worker is ${f.workerActive ? 'active' : 'NOT active'} and the network quiet for 2 s:`,
		`  ${kb(f.totalBytes)} sent in ${f.requests} responses: the page ${kb(f.pageBytes)}, the service worker (its script and precache) ${kb(f.workerBytes)}`,
		`  of which status lines and headers ${kb(f.headerBytes)} (HTTP/1.1 repeats them in full; HTTP/2 compresses repeats)`,
		table(f.largest.map((t) => [`  ${t.path.length > 60 ? `${t.path.slice(0, 57)}...` : t.path}`, kb(t.bytes), t.encoding, t.by]))
	);

	const lh = r.lighthouse;
	if (lh) {
		out.push(
			'',
			`Lighthouse mobile performance, median of ${lh.runsPerPage} runs each (${lh.via}); * = more than 5 below bare or under 95;`,
			'then accessibility, and every accessibility audit a run failed:'
		);
		out.push(
			table([
				['Page', 'Score', 'vs bare', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', '', 'Access.', 'Failed'],
				lighthouseRow('bare /', lh.bare.median, '', ''),
				...lh.pages.map((p) => lighthouseRow(shownPath(p.path), p.median, (p.diff > 0 ? '+' : '') + String(p.diff), p.flagged ? '*' : ''))
			])
		);
		if (lh.notAudited.length) out.push(`  not audited (prerendered, not asked for): ${lh.notAudited.join(', ')}`);
	}

	const lt = r.longTasks;
	if (lt) {
		out.push('', `Long tasks on a first visit, CPU 4x slower, for 7 s from navigation, as Chromium reports them (median of ${lt.bare.runs.length}):`);
		out.push(
			table([
				['Page', 'Blocking', 'Long tasks', 'Count', 'Blocking, each run'],
				longTaskRow('bare /', lt.bare.median, lt.bare.runs),
				...lt.pages.map((p) => longTaskRow(shownPath(p.path), p.median, p.runs))
			])
		);
	}

	const s = r.study;
	out.push(
		'',
		`${s.cards.toLocaleString('en')} cards stored, CPU 4x slower, median of ${s.runs.cards.length} (page's performance.now() from navigation start):`,
		`  Home: due cards counted ${ms(s.homeMs)}  (runs: ${s.runs.home.map(ms).join(', ')})`,
		`  /cards: first card shown ${ms(s.cardsMs)}  (runs: ${s.runs.cards.map(ms).join(', ')}; deck: ${s.counts})`,
		`  /quiz: Start enabled ${ms(s.startMs)}, first question answerable after the click ${ms(s.questionMs)}  (runs: ${s.runs.question.map(ms).join(', ')})`
	);
	return out.join('\n');
}
