import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import favicon from '$lib/assets/favicon.png?no-inline';
import { awaitedCode, completePreloads, preloadsAfterStyles } from '$lib/server/page-head';
import type { ViteManifest } from '$lib/server/precache-plan';

/** app.html's stand-in for the favicon's built name. */
const FAVICON_PLACEHOLDER = '%kasoti.favicon%';

/** The client build's manifest, read when the pages are built ahead (svelte.config.js names the folder). */
let manifest: ViteManifest | undefined;
const clientManifest = () =>
	(manifest ??= JSON.parse(
		readFileSync(`${process.env.KASOTI_KIT_DIR ?? '.svelte-kit'}/output/client/.vite/manifest.json`, 'utf8')
	) as ViteManifest);

/** A built page's head: the favicon by its hashed name, every module it needs preloaded, styles first. */
function builtPage(html: string, path: string): string {
	const page = preloadsAfterStyles(html.replace(FAVICON_PLACEHOLDER, favicon));
	return building ? completePreloads(page, clientManifest(), awaitedCode(path)) : page;
}

// Every page built ahead, the offline shell included, names the favicon by its hashed file: the
// worker's install then takes it from the HTTP cache instead of downloading it a second time.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => builtPage(html, event.url.pathname) });
