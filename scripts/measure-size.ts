/**
 * The home page's JavaScript budget: sums the gzip size of every script that build/index.html
 * links (module preloads and scripts), the code a phone must fetch before the page is interactive.
 * Run after `npm run build`: `npx tsx scripts/measure-size.ts [build-dir] [page.html]`.
 */
import { allAppJs, gzipSize, linkedJs } from './perf/linked-js.ts';

const [dir = 'build', pageFile = 'index.html'] = process.argv.slice(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const linked = linkedJs(dir, pageFile);
// Every JS file of the app, for comparison: what the service worker precaches.
const allJs = allAppJs(dir);
const allTotal = allJs.reduce((sum, f) => sum + gzipSize(f), 0);

console.log(`${pageFile}: ${linked.files.length} scripts linked, ${kb(linked.gzipBytes)} gzip`);
console.log(`all app JavaScript: ${allJs.length} files, ${kb(allTotal)} gzip`);
