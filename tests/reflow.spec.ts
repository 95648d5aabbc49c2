/*
 * Larger text and narrow screens. A phone with its text made larger (Android's font size, Chrome's
 * page zoom, a desktop's default font size) gives the page fewer em of width: the navigation bar
 * must still show every section, 48 px each, and no screen may scroll sideways, even with a
 * teacher's long words (a pasted link, a hashtag) in its text. A phone on its side, short, keeps
 * the tab bar to one slim row and lets the title bar scroll away.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { importSet, usePreferences, whenHydrated } from './helpers';

/** Sets the browser's default font size, as a reader who made text larger (16 px is the usual). */
async function useTextSize(page: Page, px: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
	await cdp.detach();
}

/** What is wrong with the page as laid out now: sideways scrolling, a section out of reach, a label broken. */
function layoutProblems(page: Page, labelsWhole: boolean): Promise<string[]> {
	return page.evaluate((labelsWhole) => {
		const width = document.documentElement.clientWidth;
		const problems: string[] = [];
		if (document.documentElement.scrollWidth > width) {
			// name the innermost boxes that stick out, so a failure says what to fix (the bar is as wide as what it pushed)
			const out = [...document.querySelectorAll('body *')].filter((el) => !el.closest('nav') && el.getBoundingClientRect().right > width + 0.5);
			const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
			const names = innermost.slice(0, 3).map((el) => `<${el.tagName.toLowerCase()}> "${el.textContent?.trim().slice(0, 30)}"`);
			problems.push(`scrolls sideways to ${document.documentElement.scrollWidth} px: ${names.join(', ')}`);
		}
		const links = [...document.querySelectorAll<HTMLElement>('header nav a, header a.corner')].filter((a) => a.offsetParent !== null);
		const sections = new Set(links.map((a) => a.getAttribute('href')));
		if (sections.size !== 7) problems.push(`${sections.size} sections in reach`);
		for (const a of links) {
			const box = a.getBoundingClientRect();
			const name = a.textContent?.trim() || a.getAttribute('href');
			if (box.left < -0.5 || box.right > width + 0.5) problems.push(`"${name}" off the screen (${box.left}–${box.right})`);
			if (box.width < 47.5 || box.height < 47.5) problems.push(`"${name}" is ${box.width}x${box.height}`);
			const label = a.querySelector('span:not(.visually-hidden)');
			if (labelsWhole && label && label.getBoundingClientRect().height > parseFloat(getComputedStyle(label).lineHeight) * 1.5)
				problems.push(`"${name}" broken over two lines`);
		}
		// the bottom bar must leave the end of the page in view once scrolled to
		const nav = document.querySelector('header nav')!;
		if (getComputedStyle(nav).position === 'fixed') {
			const main = document.querySelector('main')!;
			const end = main.getBoundingClientRect().bottom - parseFloat(getComputedStyle(main).paddingBottom);
			const room = document.documentElement.scrollHeight - (end + window.scrollY);
			if (room < nav.getBoundingClientRect().height) problems.push(`the bottom bar (${nav.getBoundingClientRect().height} px) covers the page's end (${room} px left)`);
		}
		return problems;
	}, labelsWhole);
}

for (const lang of ['gu', 'en'] as const) {
	test(`regression: every section stays in reach at any width and text size, in ${lang}`, async ({ page }) => {
		test.setTimeout(120_000);
		await usePreferences(page, { lang });
		await page.goto('/');
		await whenHydrated(page);
		// the usual text from a 240 px phone to a laptop; then text 1.5 and 2 times larger on phones and tablets
		const sizes: [number, number][] = [];
		for (let width = 240; width <= 1400; width += 10) sizes.push([16, width]);
		for (const text of [20, 24, 32]) for (const width of [320, 360, 390, 412, 600, 768, 820, 1024, 1280]) sizes.push([text, width]);
		const problems: string[] = [];
		let text = 16;
		for (const [size, width] of sizes) {
			if (size !== text) await useTextSize(page, (text = size));
			await page.setViewportSize({ width, height: 800 });
			// a word may break in a label only past about twice the usual text on the narrowest phones
			for (const problem of await layoutProblems(page, width / size >= 12)) problems.push(`${width} px, text ${size} px: ${problem}`);
		}
		expect(problems).toEqual([]);
	});
}

for (const lang of ['gu', 'en'] as const) {
	test(`a phone on its side keeps the tab bar to one slim row, and the title bar scrolls away, in ${lang}`, async ({ page }) => {
		await usePreferences(page, { lang });
		await page.goto('/');
		await whenHydrated(page);
		for (const [width, height] of [[667, 375], [740, 360], [844, 390], [915, 412]] as const) {
			await page.setViewportSize({ width, height });
			expect(await layoutProblems(page, true), `${width}x${height}`).toEqual([]);
			// it took 117 of 390 px: only two of a question's four options showed
			expect((await page.getByRole('navigation').boundingBox())!.height, `${width}x${height}`).toBeLessThanOrEqual(50);
			expect(await page.locator('header.bar').evaluate((bar) => getComputedStyle(bar).position), `${width}x${height}`).toBe('static');
		}
		// upright again, the bars are as they were
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.locator('header.bar').evaluate((bar) => getComputedStyle(bar).position)).toBe('sticky');
		expect((await page.getByRole('navigation').boundingBox())!.height).toBeGreaterThan(55);
	});
}

for (const lang of ['gu', 'en'] as const) {
	test(`the navigation bar’s layouts, in ${lang}`, async ({ page }) => {
		await usePreferences(page, { lang });
		await page.goto('/');
		await whenHydrated(page);
		const tabs = page.locator('header nav li').filter({ visible: true });
		const rows = () => tabs.evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
		const fixed = () => page.locator('header nav').evaluate((nav) => getComputedStyle(nav).position === 'fixed');
		// Gujarati's shorter labels keep one row of tabs at text 1.5 times larger, where English needs two
		const layouts: [number, number, string][] = [
			[16, 1280, 'at the top'],
			[16, 768, '7 tabs in 1 row'],
			[16, 320, '6 tabs in 1 row'],
			[16, 280, '6 tabs in 2 rows'],
			[24, 390, lang === 'gu' ? '6 tabs in 1 row' : '6 tabs in 2 rows'],
			[32, 1280, '7 tabs in 1 row'],
			[32, 390, '6 tabs in 2 rows']
		];
		for (const [size, width, expected] of layouts) {
			await useTextSize(page, size);
			await page.setViewportSize({ width, height: 800 });
			const [count, lines] = [await tabs.count(), await rows()];
			const seen = (await fixed()) ? `${count} tabs in ${lines} row${lines > 1 ? 's' : ''}` : 'at the top';
			expect(seen, `${width} px, text ${size} px`).toBe(expected);
		}
	});
}

const SCREENS = [
	'/',
	'/quiz',
	'/progress',
	'/read',
	'/read/000_1ee9a9eab18b7454',
	'/settings',
	'/teach',
	'/teach/import',
	'/teach/class',
	'/teach/draft',
	'/share',
	'/assignment'
];
/** The screens of one set, by its id. */
const SET_SCREENS = (id: string) => [`/set?id=${id}`, `/cards?set=${id}`, `/learn?set=${id}`, `/teach/edit?id=${id}`, `/teach/class/new?set=${id}`];
/** At 320 px with the usual text, and at 390 px with text twice as large. */
const NARROW: [number, number][] = [
	[16, 320],
	[32, 390]
];

/** The problems of the page as it is now, at each narrow size; then back to a 390 px phone with the usual text. */
async function problemsWhenNarrow(page: Page, where: string): Promise<string[]> {
	const problems: string[] = [];
	for (const [size, width] of NARROW) {
		await useTextSize(page, size);
		await page.setViewportSize({ width, height: 844 });
		for (const problem of await layoutProblems(page, true)) problems.push(`${where}, ${width} px, text ${size} px: ${problem}`);
	}
	await page.setViewportSize({ width: 390, height: 844 });
	await useTextSize(page, 16);
	return problems;
}

for (const lang of ['gu', 'en'] as const) {
	test(`regression: no screen scrolls sideways at 320 px or with text twice as large, long words included, in ${lang}`, async ({ page }) => {
		test.setTimeout(180_000);
		await usePreferences(page, { lang });
		// a teacher's set whose title, prompts and answers hold a pasted link and a long hashtag
		await importSet(page, 'long-words.json', lang);
		const problems: string[] = [];
		// its quiz: every question, asked and answered, some with a link or a hashtag for options
		await page.getByRole('button', { name: lang === 'gu' ? 'તેના પર ક્વિઝ આપો' : 'Take a quiz on it' }).click({ timeout: 10_000 });
		await expect(page).toHaveURL(/\/quiz\/play$/);
		for (let question = 1; question <= 4; question++) {
			await expect(page.locator('.count')).toHaveText(new RegExp(`^(${question}|${'૦૧૨૩૪'[question]}) /`));
			problems.push(...(await problemsWhenNarrow(page, `question ${question}`)));
			await page.locator('.options button').first().click({ timeout: 10_000 });
			problems.push(...(await problemsWhenNarrow(page, `question ${question} answered`)));
			if (question < 4) await page.getByRole('button', { name: lang === 'gu' ? 'આગળ' : 'Next', exact: true }).click({ timeout: 10_000 });
		}
		for (const path of [...SCREENS, ...SET_SCREENS('long-words')]) {
			await page.goto(path);
			await whenHydrated(page);
			await expect(page.locator('main h1').first()).toBeVisible();
			problems.push(...(await problemsWhenNarrow(page, path)));
		}
		expect(problems).toEqual([]);
	});
}
