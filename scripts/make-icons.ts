/**
 * Draws the app icons (192, 512, maskable 512, apple touch, favicon) with Chromium,
 * so the Gujarati letter is set in the app's own font. Run once; the PNGs are kept in static/icons.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findChromium } from '../tests/browser-path.ts';

const font = readFileSync(
	'node_modules/@fontsource/noto-sans-gujarati/files/noto-sans-gujarati-gujarati-700-normal.woff2'
).toString('base64');

/** The icon page: a rounded indigo tile (full-bleed when maskable) with "ક" in saffron-white. */
function iconHtml(size: number, maskable: boolean): string {
	const radius = maskable ? 0 : size * 0.22;
	const glyph = maskable ? size * 0.5 : size * 0.66;
	return `<html><head><style>
@font-face { font-family: G; src: url(data:font/woff2;base64,${font}) format('woff2'); }
html, body { margin: 0; background: transparent; }
div { width: ${size}px; height: ${size}px; border-radius: ${radius}px; background: #27358a;
  display: flex; align-items: center; justify-content: center; font: 700 ${glyph}px/1 G;
  color: #fff7ea; }
span { display: block; transform: translateY(${size * -0.02}px); }
span::after { content: ''; display: block; height: ${size * 0.035}px; margin: ${size * 0.02}px auto 0;
  width: 70%; background: #ffb870; border-radius: ${size}px; }
</style></head><body><div><span>ક</span></div></body></html>`;
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
const icons: [string, number, boolean][] = [
	['static/icons/icon-192.png', 192, false],
	['static/icons/icon-512.png', 512, false],
	['static/icons/maskable-512.png', 512, true],
	['static/icons/apple-touch-icon.png', 180, true],
	['src/lib/assets/favicon.png', 64, false]
];
for (const [path, size, maskable] of icons) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(iconHtml(size, maskable));
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({ path, omitBackground: true });
	console.log(`wrote ${path}`);
}
await browser.close();
