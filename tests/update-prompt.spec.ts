/*
 * The update prompt flow, with two real builds of the app (`npm run build` and `npm run build:next`):
 * - a user on version A who checks for updates after B is deployed is shown the banner;
 * - nothing reloads on its own: the page stays on A until the user chooses "reload";
 * - "reload" activates B and the page then shows B's version.
 */
import { expect } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

const NEXT_BUILD = 'tests/.output/next';
let server: Server;
let origin = '';
let serve = sirv('build', { single: '404.html', dev: true });

test.beforeAll(async () => {
	if (!existsSync(NEXT_BUILD)) throw new Error(`${NEXT_BUILD} is missing: run \`npm run build:next\` first.`);
	server = createServer((req, res) => serve(req, res));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('a new version is offered, and only applied when the user says so', async ({ page }) => {
	await page.goto(`${origin}/settings`);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	const versionA = await page.getByTestId('version').textContent();

	// Deploy version B.
	serve = sirv(NEXT_BUILD, { single: '404.html', dev: true });
	await page.getByRole('button', { name: 'નવી આવૃત્તિ તપાસો' }).click();
	await expect(page.getByText('કસોટીની નવી આવૃત્તિ તૈયાર છે.')).toBeVisible({ timeout: 15_000 });
	await expect(page.getByRole('status').filter({ hasText: 'નવી આવૃત્તિ મળી છે.' })).toBeVisible();
	await expectAccessible(page, 'a new version offered');

	// No silent reload: the page is still version A while the banner waits.
	await page.waitForTimeout(1000);
	await expect(page.getByTestId('version')).toHaveText(versionA ?? '');

	await page.getByRole('button', { name: 'હમણાં ફરી ખોલો' }).click();
	await expect(page.getByTestId('version')).toHaveText('૯.૯.૯', { timeout: 15_000 });
	await expect(page.getByText('કસોટીની નવી આવૃત્તિ તૈયાર છે.')).toBeHidden();
});
