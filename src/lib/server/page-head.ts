/**
 * Two mends to the module preloads SvelteKit writes into a built page's head, so a phone fetches
 * the page's code at once and its styles and fonts first.
 */
import type { ViteManifest } from './precache-plan';

const MODULE_PRELOAD = /[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*>\n?/g;
const HREF = /\bhref="([^"]+)"/;

/**
 * The page with its module preloads moved to the end of its head. SvelteKit writes them first,
 * and a browser asks for files in that order, a few at a time over HTTP/1.1: the one
 * render-blocking stylesheet and the fonts waited behind 20–50 scripts.
 */
export function preloadsAfterStyles(html: string): string {
	const headEnd = html.indexOf('</head>');
	if (headEnd < 0) return html;
	const head = html.slice(0, headEnd);
	const preloads = head.match(MODULE_PRELOAD);
	if (!preloads) return html;
	const lines = preloads.map((link) => `\t\t${link.trim()}\n`).join('');
	return `${head.replace(MODULE_PRELOAD, '').trimEnd()}\n${lines}\t${html.slice(headEnd)}`;
}

/**
 * The built files `files` import, directly or not, by static import: what must load before
 * they run. Dynamic imports are not followed.
 */
export function staticClosure(manifest: ViteManifest, files: readonly string[]): string[] {
	const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const found = new Set<string>();
	const visit = (file: string) => {
		if (found.has(file)) return;
		found.add(file);
		for (const next of manifest[keyOf.get(file) ?? '']?.imports ?? []) visit(manifest[next]!.file);
	};
	files.forEach(visit);
	return [...found];
}

const GUJARATI_STRINGS = 'src/lib/i18n/gu.ts';

/** Pages whose strings still come once their code runs (see awaitedCode). */
const STRINGS_ONCE_RUNNING = /^\/(?:teach(?:\/.*)?|share|assignment)$/;

/**
 * The code a page's loads wait for before it shows, as manifest keys: only a dynamic import names
 * it, so a page asked for it once its own code had run, a round trip of its own before anything
 * drawn by code. Gujarati's strings on a student's page but Home, which in Gujarati needs none
 * (src/routes/+layout.ts), and an article's text on its reading page (read/[article]/+page.ts).
 * Measured in Lighthouse, the strings preloaded cost more than they gave on two kinds of page,
 * which still ask for them once their code runs: a teacher's page, which waits for five files of
 * strings (both languages' and the teacher's, teach/+layout.ts: preloaded, their 34 KB ahead of the
 * first paint took /teach/import and /teach/draft from 96 to 94); and /share and /assignment, whose
 * load asks for a link's code as it asks for the strings (preloaded, /share opened with a link
 * averaged 91 over 12 audits, against 94 over 6). An English reader's page fetches English's
 * strings once its code runs.
 */
export function awaitedCode(path: string): string[] {
	if (path === '/' || STRINGS_ONCE_RUNNING.test(path)) return [];
	const article = /^\/read\/([^/]+)$/.exec(path)?.[1];
	if (article) return [GUJARATI_STRINGS, `questions/articles/${article}.txt?raw`];
	return [GUJARATI_STRINGS];
}

/**
 * The page with a module preload for every file its preloaded code imports statically, and for
 * the modules `awaited` (manifest keys) with what they import.
 * SvelteKit's list (`find_deps`, 2.70) leaves out a chunk it first met through a dynamic import,
 * so such chunks were fetched only once the code importing them had arrived: a second round trip.
 */
export function completePreloads(html: string, manifest: ViteManifest, awaited: readonly string[] = []): string {
	const headEnd = html.indexOf('</head>');
	if (headEnd < 0) return html;
	const links = html.slice(0, headEnd).match(MODULE_PRELOAD) ?? [];
	const hrefs = links.map((link) => link.match(HREF)![1]!);
	const prefix = hrefs[0]?.slice(0, hrefs[0].indexOf('_app/'));
	if (prefix === undefined) return html;
	const listed = hrefs.map((href) => href.slice(prefix.length));
	const awaitedFiles = awaited.map((key) => {
		const chunk = manifest[key];
		if (!chunk) throw new Error(`A page waits for ${key}, which the client build does not have`);
		return chunk.file;
	});
	const missing = staticClosure(manifest, [...listed, ...awaitedFiles]).filter((file) => !listed.includes(file));
	if (!missing.length) return html;
	const lines = missing.map((file) => `\t\t<link href="${prefix}${file}" rel="modulepreload">\n`).join('');
	return `${html.slice(0, headEnd).trimEnd()}\n${lines}\t${html.slice(headEnd)}`;
}
