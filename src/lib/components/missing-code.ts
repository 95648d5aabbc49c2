/**
 * The first seconds of a first visit: until the service worker has stored the app, a page's code
 * is fetched when it is first opened, and with no connection that fetch fails. Such a failure is
 * "still downloading", not a fault; the pages a visitor is about to need are fetched ahead.
 */
import { preloadCode } from '$app/navigation';
import type { Messages } from '$lib/i18n';
import { nextIdle } from './idle';

/**
 * Whether an error is a page's code or style sheet that could not be fetched: browsers word a
 * failed import differently, and Vite's loader reports a style sheet it could not preload.
 */
export function isMissingCode(error: unknown): boolean {
	const text = error instanceof Error ? error.message : String(error);
	return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(text);
}

/** What a page says where code it needs has not arrived: one sentence, for an alert. */
export function stillDownloadingText(t: Messages): string {
	return `${t.stillDownloadingHeading}. ${t.stillDownloadingBody}`;
}

/**
 * Fetches the code of pages ahead, while there is a connection; a failure here changes nothing.
 * One page per idle moment: loading a page's code runs it, and four pages at once, as the page
 * itself starts, took a slow phone most of a second.
 */
export async function fetchAhead(...paths: string[]): Promise<void> {
	for (const path of paths) {
		await nextIdle();
		// offline, stored pages need no fetching and the others cannot be fetched
		if (!navigator.onLine) return;
		await preloadCode(path).catch(() => {});
	}
}
