import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { moveWorkerAfterWriting, moveWorkerFiles } from './pwa-worker';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A SvelteKit output folder with the given files beside the server code. */
function output(serverFiles: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'kasoti-output-'));
	made.push(dir);
	mkdirSync(join(dir, 'server'));
	mkdirSync(join(dir, 'client'));
	writeFileSync(join(dir, 'server', 'index.js'), '');
	for (const file of serverFiles) writeFileSync(join(dir, 'server', file), file);
	return dir;
}

describe('moveWorkerFiles', () => {
	it('moves the worker and Workbox into the site and drops the manifest copy, leaving the server code', () => {
		const dir = output(['sw.js', 'workbox-dcde9eb3.js', 'manifest.webmanifest']);
		moveWorkerFiles(dir);
		expect(readdirSync(join(dir, 'client')).sort()).toEqual(['sw.js', 'workbox-dcde9eb3.js']);
		expect(readdirSync(join(dir, 'server'))).toEqual(['index.js']);
	});

	it('does nothing where there is no worker (the client build, or the integration moved it)', () => {
		const dir = output([]);
		moveWorkerFiles(dir);
		expect(readdirSync(join(dir, 'client'))).toEqual([]);
		expect(() => moveWorkerFiles(join(dir, 'missing'))).not.toThrow();
	});
});

describe('moveWorkerAfterWriting', () => {
	it('moves the worker once the integration has written it', async () => {
		const dir = output([]);
		const plugin: Plugin = {
			name: 'vite-plugin-pwa:sveltekit:build',
			closeBundle: { sequential: true, handler: async () => writeFileSync(join(dir, 'server', 'sw.js'), 'worker') }
		};
		moveWorkerAfterWriting([{ name: 'other' }, plugin], dir);
		await (plugin.closeBundle as { handler: () => Promise<void> }).handler();
		expect(readdirSync(join(dir, 'client'))).toEqual(['sw.js']);
	});

	it('says so when the integration no longer has that step', () => {
		expect(() => moveWorkerAfterWriting([{ name: 'vite-plugin-pwa:sveltekit:build' }], '/tmp')).toThrow(/worker/);
	});
});
