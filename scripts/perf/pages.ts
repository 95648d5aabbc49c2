/** The app's pages to audit, checked against what the build prerendered. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The pages the goal names; `/set` gets a built-in set's id and the first article's reading page is added. */
const GOAL_PAGES = ['/', '/quiz', '/cards', '/learn', '/progress', '/read', '/settings', '/set', '/teach', '/teach/import', '/teach/draft', '/teach/class', '/share', '/assignment'];

/** Every page the build prerendered, as a path (`/`, `/quiz/play`), the fallback page left out. */
export function builtPages(dir: string): string[] {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
	return walk(dir)
		.filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
		.map((f) => `/${relative(dir, f).replace(/\.html$/, '')}`.replace(/^\/index$/, '/'))
		.sort();
}

/** A page that needs an id gets the first built-in set's; others stay as they are. */
function withQuery(root: string, path: string): string {
	if (path !== '/set' || path.includes('?')) return path;
	const file = readdirSync(join(root, 'questions/sets')).filter((f) => f.endsWith('.json')).sort()[0];
	const id = file && (JSON.parse(readFileSync(join(root, 'questions/sets', file), 'utf8')) as { id: string }).id;
	return id ? `/set?id=${encodeURIComponent(id)}` : path;
}

/**
 * The pages to audit: those asked for (`all`: every prerendered page), else the goal's list and
 * the first article's reading page. Pages the build lacks are returned apart, as are built pages
 * left out.
 */
export function pagesToAudit(root: string, dir: string, asked?: string): { pages: string[]; missing: string[]; left: string[] } {
	const built = builtPages(dir);
	const firstArticle = built.find((p) => p.startsWith('/read/'));
	const wanted =
		asked === 'all' ? built : asked ? asked.split(',').map((p) => p.trim()) : [...GOAL_PAGES, ...(firstArticle ? [firstArticle] : [])];
	const isBuilt = (p: string) => built.includes(p.split('?')[0]!);
	const pages = wanted.filter(isBuilt).map((p) => withQuery(root, p));
	const audited = new Set(pages.map((p) => p.split('?')[0]));
	return { pages, missing: wanted.filter((p) => !isBuilt(p)), left: built.filter((p) => !audited.has(p)) };
}
