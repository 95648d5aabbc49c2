/**
 * Serves a built app as a host should: the files of build/ (or the folder given), the fallback page
 * for any other path, and the headers of src/lib/server/security-headers.ts.
 * `npm run serve` / `npm start`; `tsx scripts/serve.ts [dir] [--port N] [--host H]`.
 */
import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { cacheControl, needsValidators, securityHeaders } from '../src/lib/server/security-headers.ts';

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
	if (!needsValidators(pathname)) dropValidators(res);
	files(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
/** Takes Last-Modified and ETag out of the headers sirv writes: it has no option to leave them out. */
function dropValidators(res: ServerResponse): void {
	const writeHead = res.writeHead.bind(res) as (code: number, headers?: OutgoingHttpHeaders) => ServerResponse;
	res.writeHead = ((code: number, headers?: OutgoingHttpHeaders) => {
		if (headers) for (const name of ['Last-Modified', 'ETag']) delete headers[name];
		return writeHead(code, headers);
	}) as ServerResponse['writeHead'];
}

server.listen(Number(values.port), values.host, () => {
	console.log(`Kasoti at http://${values.host}:${values.port}/ (serving ${dir})`);
});
