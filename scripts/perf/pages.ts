/** The app's pages to audit, checked against what the build prerendered. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { QuestionSet } from '../../src/lib/bank/schema.ts';
import { encodeAssignmentLink } from '../../src/lib/class/assignment-link.ts';
import { encodeSetLink } from '../../src/lib/share/link.ts';

/** Asked for as pages: /share and /assignment as a student opens a teacher's link (see linkPath). */
const SHARE_LINK = '/share#link';
const ASSIGNMENT_LINK = '/assignment#link';

/**
 * The pages the goal names; `/set` gets a built-in set's id, `/share` and `/assignment` are
 * audited with a link too, and the first article's reading page is added.
 */
const GOAL_PAGES = [
	'/',
	'/quiz',
	'/cards',
	'/learn',
	'/progress',
	'/read',
	'/settings',
	'/set',
	'/teach',
	'/teach/import',
	'/teach/draft',
	'/teach/class',
	'/share',
	SHARE_LINK,
	'/assignment',
	ASSIGNMENT_LINK
];

/** Every page the build prerendered, as a path (`/`, `/quiz/play`), the fallback page left out. */
export function builtPages(dir: string): string[] {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
	return walk(dir)
		.filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
		.map((f) => `/${relative(dir, f).replace(/\.html$/, '')}`.replace(/^\/index$/, '/'))
		.sort();
}

/** The first built-in set, as its file holds it. */
function firstBuiltinSet(root: string): QuestionSet | undefined {
	const file = readdirSync(join(root, 'questions/sets')).filter((f) => f.endsWith('.json')).sort()[0];
	return file && JSON.parse(readFileSync(join(root, 'questions/sets', file), 'utf8'));
}

/**
 * The page a teacher's link opens, made from the first built-in set as a teacher's copy of it (its
 * questions under ids of its own): /share with the set and its articles' texts, as a set drafted
 * from an article is shared; /assignment with the set, every question, as multiple choice.
 */
async function linkPath(root: string, page: typeof SHARE_LINK | typeof ASSIGNMENT_LINK): Promise<string> {
	const builtin = firstBuiltinSet(root);
	if (!builtin) return page.replace(/#.*/, '');
	const id = `${builtin.id}-class`;
	const set = { ...builtin, id, questions: builtin.questions.map((q) => ({ ...q, id: `${id}-${q.id}` })) };
	if (page === ASSIGNMENT_LINK) {
		const assignment = { id: 'a-perf', title: set.title, mode: 'choice', length: 'all', seed: 'k7m2p9qr', set, createdAt: 1_700_000_000_000 } as const;
		return encodeAssignmentLink(assignment, '');
	}
	const sources = Object.fromEntries(set.articles.map((a) => [a.file, readFileSync(join(root, 'questions/articles', a.file), 'utf8')]));
	return encodeSetLink({ set, sources }, '');
}

/** A page that needs an id gets the first built-in set's, a link's page its link; others stay as they are. */
async function withQuery(root: string, path: string): Promise<string> {
	if (path === SHARE_LINK || path === ASSIGNMENT_LINK) return linkPath(root, path);
	if (path !== '/set' || path.includes('?')) return path;
	const id = firstBuiltinSet(root)?.id;
	return id ? `/set?id=${encodeURIComponent(id)}` : path;
}

/** A page's path as a report shows it: a link's fragment cut short. */
export const shownPath = (path: string) => path.replace(/#(.{8}).+$/, '#$1…');

/**
 * The pages to audit: those asked for (`all`: every prerendered page), else the goal's list and
 * the first article's reading page. Pages the build lacks are returned apart, as are built pages
 * left out.
 */
export async function pagesToAudit(root: string, dir: string, asked?: string): Promise<{ pages: string[]; missing: string[]; left: string[] }> {
	const built = builtPages(dir);
	const firstArticle = built.find((p) => p.startsWith('/read/'));
	const wanted =
		asked === 'all' ? built : asked ? asked.split(',').map((p) => p.trim()) : [...GOAL_PAGES, ...(firstArticle ? [firstArticle] : [])];
	const isBuilt = (p: string) => built.includes(p.split(/[?#]/)[0]!);
	const pages = await Promise.all(wanted.filter(isBuilt).map((p) => withQuery(root, p)));
	const audited = new Set(pages.map((p) => p.split(/[?#]/)[0]));
	return { pages, missing: wanted.filter((p) => !isBuilt(p)), left: built.filter((p) => !audited.has(p)) };
}
