/**
 * The PWA integration (@vite-pwa/sveltekit) writes the service worker beside the server code, then
 * moves it into the site, but looks for it only in `.svelte-kit/output`. A second build in its own
 * folder (KASOTI_KIT_DIR, see README) would have no worker, so nothing of it would work offline.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** In SvelteKit's `output` folder: the worker and Workbox's runtime into the site, the stray manifest copy out. */
export function moveWorkerFiles(output: string): void {
	const server = join(output, 'server');
	if (!existsSync(server)) return;
	for (const file of readdirSync(server)) {
		if (file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file)) renameSync(join(server, file), join(output, 'client', file));
		else if (file === 'manifest.webmanifest') rmSync(join(server, file));
	}
}

/** Makes the integration's last step (writing the worker) end with `moveWorkerFiles(output)`. */
export function moveWorkerAfterWriting(plugins: readonly Plugin[], output: string): void {
	const close = plugins.find((p) => p.name === 'vite-plugin-pwa:sveltekit:build')?.closeBundle;
	if (!close || typeof close !== 'object') throw new Error('the PWA integration changed: its worker would stay out of the site');
	const write = close.handler as (this: unknown) => Promise<void>;
	close.handler = async function (this: unknown) {
		await write.call(this);
		moveWorkerFiles(output);
	};
}
