/** The JavaScript a page links (module preloads, scripts, dynamic imports in its inline start-up) and its gzip size. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip (level 9) size of a file in bytes. */
export function gzipSize(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The script files `pageFile` of build folder `dir` links, as absolute paths, each once. */
export function linkedScripts(dir: string, pageFile = 'index.html'): string[] {
	const html = readFileSync(join(dir, pageFile), 'utf8');
	const links = [...html.matchAll(/(?:href|src)="([^"]+\.js)"/g), ...html.matchAll(/import\("([^"]+\.js)"\)/g)];
	return [...new Set(links.map((m) => resolve(dir, m[1]!.replace(/^\//, ''))))];
}

/** What a phone must fetch before the page is interactive: the linked scripts and their gzip total. */
export function linkedJs(dir: string, pageFile = 'index.html'): { files: string[]; gzipBytes: number } {
	const files = linkedScripts(dir, pageFile);
	return { files, gzipBytes: files.reduce((sum, f) => sum + gzipSize(f), 0) };
}

/** Every JavaScript file under the build's _app folder: what the service worker precaches. */
export function allAppJs(dir: string): string[] {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
	return walk(join(dir, '_app')).filter((f) => f.endsWith('.js'));
}
