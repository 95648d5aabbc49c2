/**
 * Screenshots of pages at phone size (390x844) in both languages, for looking at and for the README.
 * Serve the build first (`npm start`), then: `npx tsx scripts/screenshots.ts OUT_DIR / /settings`.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../src/lib/i18n/en.ts';
import { gu } from '../src/lib/i18n/gu.ts';
import { findChromium } from '../tests/browser-path.ts';

const [outDir = 'test-results/screens', ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const theme = process.env.THEME ?? 'light';
mkdirSync(outDir, { recursive: true });

/** What a page shows while it reads the device: Home's busy section, and every other page's loading line. */
const LOADING = [gu.loading, en.loading];

/** Waits until the page has read what it shows (at most 5 s: a page that never finishes is shot as it is, and said). */
async function waitForData(page: Page): Promise<void> {
	const done = await page
		.waitForFunction(
			(loading) =>
				!document.querySelector('[aria-busy="true"]') &&
				![...document.querySelectorAll('main *')].some((element) => loading.includes(element.textContent?.trim() ?? '')),
			LOADING,
			{ timeout: 5000 }
		)
		.then(() => true, () => false);
	if (!done) console.warn(`${page.url()}: still loading after 5 s`);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
for (const lang of ['gu', 'en']) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
	await context.addInitScript(
		([l, th]) => localStorage.setItem('kasoti.preferences', JSON.stringify({ lang: l, theme: th })),
		[lang, theme]
	);
	const page = await context.newPage();
	for (const path of paths.length ? paths : ['/']) {
		await page.goto(base + path);
		// the page's code has run (the layout sets the theme the prerendered page leaves out): a busy
		// machine would otherwise catch the prerendered page, in Gujarati whatever the language
		await page.waitForFunction(() => document.documentElement.dataset.theme);
		await waitForData(page);
		await page.evaluate(() => document.fonts.ready);
		const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${lang}.png`;
		await page.screenshot({ path: join(outDir, name) });
		console.log(join(outDir, name));
	}
	await context.close();
}
await browser.close();
