/**
 * The home page's JavaScript budget: sums the gzip size of every script that build/index.html
 * links (module preloads and scripts), the code a phone must fetch before the page is interactive.
 * Run after `npm run build`: `npx tsx scripts/measure-size.ts [build-dir] [page.html]`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'build', pageFile = 'index.html'] = process.argv.slice(2);
const html = readFileSync(join(dir, pageFile), 'utf8');
const linked = new Set(
	[...html.matchAll(/(?:href|src)="([^"]+\.js)"/g), ...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) =>
		resolve(dir, m[1]!.replace(/^\//, ''))
	)
);

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let linkedTotal = 0;
for (const file of linked) linkedTotal += gzip(file);

// Every JS file of the app, for comparison: what the service worker precaches.
const walk = (d: string): string[] =>
	readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const allJs = walk(join(dir, '_app')).filter((f) => f.endsWith('.js'));
const allTotal = allJs.reduce((sum, f) => sum + gzip(f), 0);

console.log(`${pageFile}: ${linked.size} scripts linked, ${kb(linkedTotal)} gzip`);
console.log(`all app JavaScript: ${allJs.length} files, ${kb(allTotal)} gzip`);
