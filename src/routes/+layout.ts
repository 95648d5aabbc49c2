import { settings } from '$lib/state/settings.svelte';
import type { LayoutLoad } from './$types';

// Every page is built ahead of time, so the service worker can precache it.
export const prerender = true;
export const trailingSlash = 'never';

// Home shows with the frame's strings alone; every other page waits for the rest (precached, so quick).
export const load: LayoutLoad = async ({ url }) => {
	if (url.pathname !== '/') await settings.ready();
};
