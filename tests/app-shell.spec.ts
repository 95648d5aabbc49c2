/*
 * The app shell, in a real Chromium against the production build:
 * - the service worker takes control, and afterwards /, /settings and an unknown deep link
 *   render the app offline, while an uncached URL really fails;
 * - offline, a teacher's page never opened online says the teacher's tools come with a connection;
 * - Chromium reports no installability errors and the manifest is linked;
 * - the language switch changes the interface and the html lang, and survives a reload;
 * - theme and digit choices apply and persist;
 * - no console errors on any page;
 * - the server sends the security headers, and another site cannot frame the app;
 * - a later visit keeps the backup reader once per version, not again on every page load;
 * - before a page's code runs, a control whose tap it would lose or undo is disabled.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { collectErrors, waitForServiceWorker } from './helpers';

test('the service worker controls the page and every page works offline', async ({ page, context }) => {
	const errors = collectErrors(page);
	await waitForServiceWorker(page);
	// the controlled page keeps the later-visit code once idle: going offline while it fetches would log its failure
	await expect.poll(() => page.evaluate(() => localStorage.getItem('kasoti.kept-later-code')), { timeout: 20_000 }).toMatch(/^"[\d.]+"$/);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'કસોટી' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'પ્રશ્ન-સેટ' })).toBeVisible();
	// Home drawn from the stored shell lists the built-in sets from its own code, with no data to fetch
	await expect(page.getByRole('link', { name: 'કિમ જોંગ ઉનની રશિયા યાત્રા (સપ્ટેમ્બર ૨૦૨૩)' })).toBeVisible();

	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'સેટિંગ્સ' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('group', { name: 'ભાષા' })).toBeVisible();

	await page.goto('/no/such/deep/link');
	await expect(page.getByRole('heading', { level: 1, name: 'આ પાનું મળ્યું નહીં' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'મુખ્ય મેનૂ' })).toBeVisible();
	// the shell names the favicon by its hashed file, which the install took from the HTTP cache
	await expect(page.locator('link[rel=icon]')).toHaveAttribute('href', /\/_app\/immutable\/assets\/favicon\.[\w-]+\.png$/);
	expect(errors).toEqual([]);

	// Proof that the network really is gone: a URL the worker never cached fails.
	const uncached = await page.evaluate(() =>
		fetch('/not-in-the-cache.png').then(
			(r) => `status ${r.status}`,
			() => 'failed'
		)
	);
	expect(uncached).toBe('failed');
});

test('offline, a teacher’s page never opened online says the teacher’s tools come with a connection, in either language', async ({
	page,
	context
}) => {
	await waitForServiceWorker(page);
	await expect.poll(() => page.evaluate(() => localStorage.getItem('kasoti.kept-later-code')), { timeout: 20_000 }).toMatch(/^"[\d.]+"$/);
	await context.setOffline(true);
	await page.reload();
	// a student's install leaves the teacher's tools out: the Teach tab has nothing to run yet
	await page.getByRole('link', { name: 'શીખવો' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'શિક્ષકનાં સાધનો હજી આ ફોન પર નથી' })).toBeVisible();
	await expect(page.getByText('ઇન્ટરનેટ ચાલુ કરીને આ પાનું ફરી ખોલો', { exact: false })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'કસોટી હજી ડાઉનલોડ થઈ રહી છે' })).toHaveCount(0);

	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await page.goto('/teach/import');
	await expect(page.getByRole('heading', { level: 1, name: 'The teacher’s tools are not on this phone yet' })).toBeVisible();
	await expect(page.getByText('Connect and open this page again', { exact: false })).toBeVisible();

	// with a connection the same page opens, and keeps the tools for the next time offline
	await context.setOffline(false);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible();
});

test('Chromium reports no installability errors', async ({ page, context }) => {
	await waitForServiceWorker(page);
	const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(manifestHref).toBe('/manifest.webmanifest');
	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest.name).toBe('Kasoti — કસોટી');
	expect(manifest.lang).toBe('gu');
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);

	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Test contexts are incognito-like; that one is about the context, not the app.
	const real = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
	expect(real).toEqual([]);
});

test('the language switch changes the interface and survives a reload', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/settings');
	await expect(page.locator('html')).toHaveAttribute('lang', 'gu');
	await expect(page.getByRole('link', { name: 'સેટિંગ્સ' })).toHaveAttribute('aria-current', 'page');

	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked();
	await page.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByRole('heading', { name: 'Question sets' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// Home opened afresh in English waits for the English strings, which Home's own code leaves out
	await page.reload();
	await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
	await expect(page.getByRole('link', { name: "Kim Jong Un's trip to Russia (September 2023)" })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Study cards' })).toBeVisible();

	await page.goto('/settings');
	// Wait for the English page: the prebuilt HTML is Gujarati until the choice is applied.
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.getByRole('radio', { name: 'ગુજરાતી', exact: true }).check();
	await expect(page.getByRole('heading', { level: 1, name: 'સેટિંગ્સ' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'gu');
	expect(errors).toEqual([]);
});

test('theme and digits apply at once and persist', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByTestId('version')).toHaveText(/^[૦-૯]+\.[૦-૯]+\.[૦-૯]+$/);
	await page.getByRole('radio', { name: 'અંગ્રેજી (0123)' }).check();
	await expect(page.getByTestId('version')).toHaveText(/^\d+\.\d+\.\d+$/);

	await page.getByRole('radio', { name: 'ઘેરો' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(dark).toBe('rgb(18, 20, 25)');

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('radio', { name: 'ઘેરો' })).toBeChecked();
	await expect(page.getByTestId('version')).toHaveText(/^\d+\.\d+\.\d+$/);
});

test('no console errors on any page', async ({ page }) => {
	const errors = collectErrors(page);
	for (const path of ['/', '/settings', '/missing-page']) {
		await page.goto(path);
		await expect(page.getByRole('navigation')).toBeVisible();
	}
	expect(errors).toEqual([]);
});

test('the server sends the security headers, and another site cannot frame the app', async ({ page, baseURL }) => {
	const response = await page.goto('/');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect([headers['x-content-type-options'], headers['x-frame-options']]).toEqual(['nosniff', 'DENY']);
	// a page is checked again by its ETag; a hashed file never is, so it goes without validators
	expect(headers['etag']).toBeTruthy();
	const script = await page.request.get(new URL(await page.locator('script[type=module], link[rel=modulepreload]').first().evaluate((e) => e.getAttribute('src') ?? e.getAttribute('href')!), baseURL).href);
	expect([script.ok(), script.headers()['etag'], script.headers()['last-modified']]).toEqual([true, undefined, undefined]);
	// a made-up site, answered here, that puts the app in a frame
	await page.route('http://framing.kasoti.test/', (route) =>
		route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe src="${baseURL}/"></iframe>` })
	);
	await page.goto('http://framing.kasoti.test/');
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	await expect.poll(() => frame.url()).not.toBe('about:blank');
	await expect(frame.getByRole('heading', { level: 1, name: 'કસોટી' })).toHaveCount(0);
	expect(frame.url()).not.toBe(`${baseURL}/`);
});

test('a later visit keeps the backup reader once per version, not again on every page load', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await waitForServiceWorker(page);
	// the first page a worker controls starts the reader once, when idle, so the worker keeps its code
	await expect.poll(() => page.evaluate(() => localStorage.getItem('kasoti.kept-later-code'))).toMatch(/^"[\d.]+"$/);
	expect(workers.some((url) => /backup-worker/.test(url))).toBe(true);

	workers.length = 0;
	for (const path of ['/settings', '/cards']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// idle twice over: when the reader would have been started
		await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(() => requestIdleCallback(done), 500))));
	}
	expect(workers).toEqual([]);
});

test.describe('before the code runs', () => {
	// the page's own requests, not a service worker's, so the test can hold them back
	test.use({ serviceWorkers: 'block' });

	/** Opens `path` with its code held back: the prerendered page shows; the returned function lets the code through. */
	async function openHeld(page: Page, path: string): Promise<() => void> {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.unrouteAll();
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(path, { waitUntil: 'commit' });
		return release;
	}

	test('before a page’s code runs, a control whose tap it would lose or undo is disabled', async ({ page }) => {
		const releaseQuiz = await openHeld(page, '/quiz');
		const quizControls = [
			page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }),
			page.getByLabel('ક્યાંથી?'),
			page.getByRole('checkbox', { name: /નબળા/ }),
			page.getByRole('radio', { name: 'લખીને' })
		];
		for (const control of quizControls) await expect(control).toBeDisabled();
		releaseQuiz();
		for (const control of quizControls) await expect(control).toBeEnabled({ timeout: 15_000 });

		const releaseImport = await openHeld(page, '/teach/import');
		const paste = page.getByRole('button', { name: 'ચોંટાડેલું લખાણ આયાત કરો' });
		await expect(paste).toBeDisabled();
		releaseImport();
		await expect(paste).toBeEnabled({ timeout: 15_000 });
	});
});
