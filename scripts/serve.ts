/**
 * Serves a built app as a host should: the files of build/ (or the folder given), the fallback page
 * for any other path, and the headers of src/lib/server/security-headers.ts.
 * `npm run serve` / `npm start`; `tsx scripts/serve.ts [dir] [--port N] [--host H]`.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from '../src/lib/server/security-headers.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { port: { type: 'string', default: '4173' }, host: { type: 'string', default: '127.0.0.1' } }
});
const dir = positionals[0] ?? 'build';
// the build's precompressed .br and .gz files, to every browser that accepts them
const files = sirv(dir, { single: '404.html', etag: true, brotli: true, gzip: true });

const server = createServer((req, res) => {
	const pathname = new URL(req.url ?? '/', 'http://x').pathname;
	for (const [name, value] of securityHeaders(pathname)) res.setHeader(name, value);
	const cache = cacheControl(pathname);
	if (cache) res.setHeader('Cache-Control', cache);
	files(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
server.listen(Number(values.port), values.host, () => {
	console.log(`Kasoti at http://${values.host}:${values.port}/ (serving ${dir})`);
});
