import { LANGUAGES } from '$lib/i18n';
import { settings } from '$lib/state/settings.svelte';
import type { LayoutLoad } from './$types';

// Every page is built ahead of time, so a first visit shows its page before the code runs.
export const prerender = true;
export const trailingSlash = 'never';

// Home in Gujarati shows with the frame's strings alone; every other page, and English everywhere,
// waits for the rest in its language (precached, so quick). A teacher's set gets titles in both
// languages, so /teach loads both.
export const load: LayoutLoad = async ({ url }) => {
	if (url.pathname === '/' && settings.lang === 'gu') return;
	await settings.ready(url.pathname.startsWith('/teach') ? LANGUAGES : undefined);
};
