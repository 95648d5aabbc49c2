import { browser } from '$app/environment';

/**
 * Starts fetching the code a page opened with a link needs, from the page's load: while the page's
 * own code still starts (its strings, hydrating), not once it has run, which on a slow phone is a
 * round trip later. Only on the page the browser opened: on a way here from another page,
 * `location` is still that page's, and the page asks for the code itself when it runs.
 */
export function fetchForOpenedLink(url: URL, carriesLink: (hash: string) => boolean, code: () => Promise<unknown>): void {
	if (browser && location.pathname === url.pathname && carriesLink(location.hash)) void code().catch(() => {});
}
