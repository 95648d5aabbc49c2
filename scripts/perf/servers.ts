/**
 * Servers for the measurements: each build served by scripts/serve.ts, exactly as `npm start`
 * serves it, and a pass-through proxy that counts the bytes the server sent for every request
 * (a page's and its service worker's alike, which a browser's own network log does not reliably show).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, Agent, type Server } from 'node:http';
import { join } from 'node:path';

/** A running server and how to stop it. */
export interface Running {
	origin: string;
	stop: () => Promise<void>;
}

/** One response as it passed through the proxy. */
export interface Transfer {
	path: string;
	status: number;
	/** Bytes on the wire: status line, headers and body as sent (compressed when the build's .br/.gz was sent). */
	bytes: number;
	/** The status line's and headers' part of `bytes` (HTTP/1.1 sends them in full every time). */
	headerBytes: number;
	encoding: string;
	/** What the browser asked it for (Sec-Fetch-Dest): document, script, serviceworker, empty (fetch), ... */
	dest: string;
	/** When the response ended, in ms since the proxy started. */
	at: number;
}

/** Gives `port` if it is free, else one the system picks. */
export async function freePort(port: number): Promise<number> {
	const tryPort = (p: number) =>
		new Promise<number>((resolve, reject) => {
			const probe = createServer();
			probe.once('error', reject);
			probe.listen(p, '127.0.0.1', () => {
				const got = (probe.address() as { port: number }).port;
				probe.close(() => resolve(got));
			});
		});
	return tryPort(port).catch(() => tryPort(0));
}

/** Starts `tsx scripts/serve.ts <dir> --port <port>` and resolves once it listens. */
export async function serveBuild(root: string, dir: string, port: number): Promise<Running> {
	const child: ChildProcess = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/serve.ts', dir, '--port', String(port)], {
		cwd: root,
		// its own process group, so stopping it stops tsx's node child too
		detached: true,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`serving ${dir} ended (exit ${code})`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Kasoti at')) resolve();
		});
	});
	child.removeAllListeners('exit');
	// never left running, however this script ends
	const kill = () => {
		if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
	};
	process.on('exit', kill);
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise((resolve) => {
				process.off('exit', kill);
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				kill();
			})
	};
}

/** What a counting proxy has seen: every ended response, and how many are under way. */
export interface Counting extends Running {
	transfers: Transfer[];
	/** Requests not yet answered in full. */
	open: () => number;
	/** Ms since a request last began or ended. */
	idleMs: () => number;
}

/** A proxy on `port` in front of `upstream`; every response is added to `transfers` as it ends. */
export async function countingProxy(upstream: string, port: number): Promise<Counting> {
	const target = new URL(upstream);
	const agent = new Agent({ keepAlive: true });
	const transfers: Transfer[] = [];
	const started = performance.now();
	let open = 0;
	let last = started;
	const server: Server = createServer((req, res) => {
		open++;
		last = performance.now();
		const forward = request(
			{ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent },
			(upstreamRes) => {
				const status = upstreamRes.statusCode ?? 0;
				// status line and headers, as the server wrote them
				let bytes = `HTTP/1.1 ${status} ${upstreamRes.statusMessage}\r\n`.length + 2;
				for (let i = 0; i < upstreamRes.rawHeaders.length; i += 2)
					bytes += upstreamRes.rawHeaders[i]!.length + upstreamRes.rawHeaders[i + 1]!.length + 4;
				const headerBytes = bytes;
				res.writeHead(status, upstreamRes.rawHeaders);
				upstreamRes.on('data', (chunk: Buffer) => (bytes += chunk.length));
				upstreamRes.on('end', () => {
					open--;
					last = performance.now();
					transfers.push({
						path: req.url ?? '',
						status,
						bytes,
						headerBytes,
						encoding: String(upstreamRes.headers['content-encoding'] ?? 'identity'),
						dest: String(req.headers['sec-fetch-dest'] ?? ''),
						at: last - started
					});
				});
				upstreamRes.pipe(res);
			}
		);
		forward.on('error', (error) => {
			open--;
			res.destroy(error);
		});
		req.pipe(forward);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${port}`,
		transfers,
		open: () => open,
		idleMs: () => performance.now() - last,
		stop: () =>
			new Promise((resolve) => {
				agent.destroy();
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
