/**
 * Playwright's `test`, with one change: a page's `goto` and `reload` return once the page's code
 * has run (SvelteKit has hydrated it), or after 5 s when it cannot run (a page that is not the
 * app's, code that never arrived). Every page is prerendered, so its buttons and choices show before
 * the code runs; a tap or a choice made then is lost, and a test that made one failed only when
 * the machine was slow. A test of what a page does before its code runs holds that code back
 * past the 5 s (page.route): the navigation then returns with the page still as prerendered.
 */
import { test as base, type Page } from '@playwright/test';
import { whenHydrated } from './helpers';

/** How long a navigation waits for the page to come alive before leaving the test to it. */
const ALIVE_WITHIN = 5_000;

const patched = new WeakSet<object>();

/** Makes goto and reload of every page (every context's, the tests' own included) wait for the page's code. */
function waitForCodeOnNavigation(prototype: Page): void {
	if (patched.has(prototype)) return;
	patched.add(prototype);
	for (const name of ['goto', 'reload'] as const) {
		const navigate = prototype[name] as (this: Page, ...args: unknown[]) => ReturnType<Page['goto']>;
		Object.defineProperty(prototype, name, {
			configurable: true,
			writable: true,
			value: async function (this: Page, ...args: unknown[]) {
				const response = await navigate.apply(this, args);
				await whenHydrated(this, ALIVE_WITHIN).catch(() => {});
				return response;
			}
		});
	}
}

export const test = base.extend<object, { waitForCode: void }>({
	waitForCode: [
		async ({ browser }, use) => {
			const page = await browser.newPage();
			waitForCodeOnNavigation(Object.getPrototypeOf(page));
			await page.close();
			await use();
		},
		{ scope: 'worker', auto: true }
	]
});
