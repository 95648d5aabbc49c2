/**
 * Screenshots of pages at phone size (390x844) in both languages, for looking at and for the README.
 * Serve the build first (`npm start`), then: `npx tsx scripts/screenshots.ts OUT_DIR / /settings`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../tests/browser-path.ts';

const [outDir = 'test-results/screens', ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const theme = process.env.THEME ?? 'light';
mkdirSync(outDir, { recursive: true });

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
		await page.evaluate(() => document.fonts.ready);
		const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${lang}.png`;
		await page.screenshot({ path: join(outDir, name) });
		console.log(join(outDir, name));
	}
	await context.close();
}
await browser.close();
