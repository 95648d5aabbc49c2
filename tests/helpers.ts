/** Shared steps of the browser tests. */
import { expect, type Page } from '@playwright/test';

/** Waits until the service worker controls the page (the first load is not controlled). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Collects console errors and uncaught page errors for a test to assert on. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
	return errors;
}
