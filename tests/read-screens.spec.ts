/*
 * Reading an article on a phone, as students met it (390x844 and 320 px wide):
 * - article 004, written one paragraph per line, reads as its 19 paragraphs, not as one block,
 *   and its photo credit ("REUTERS દ્વારા …/હેન્ડઆઉટ સરકાર") is a small credit after the text,
 *   never a paragraph of it; every question is still marked;
 * - article 000 shows its headline once, as the heading, not again as the first paragraph;
 * - every touch target is at least 48 px both ways: the back link (was 48x21), and each mark's
 *   hit area around its word (marks keep the text's 37 px lines); a tap at the edge of a mark's
 *   own words opens that mark's question, never the one on the next line (checked with
 *   elementFromPoint and a real tap).
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';

const KIM = '/read/004_127d094ff95780a8';
const PUTIN = '/read/000_1ee9a9eab18b7454';
const PUTIN_HEADLINE = 'રશિયાના રાષ્ટ્રપતિ પુતિન પહોંચ્યા ઉત્તર કોરિયા, ૨૪ વર્ષમાં પહેલી મુલાકાત';

test('article 004 reads as its paragraphs, with the photo credit apart from the text', async ({ page }) => {
	await page.goto(KIM);
	const paragraphs = page.locator('article p.text');
	await expect(paragraphs).toHaveCount(19);
	await expect(paragraphs.first()).toHaveText(/^ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉન રશિયાથી રવિવારે ઘરે જઈ રહ્યો છે,.*ઉભી કરી\.$/);
	await expect(paragraphs.nth(4)).toHaveText(/^ત્યારથી ગયા મંગળવારે રશિયામાં પ્રવેશ કર્યો/);
	await expect(paragraphs.filter({ hasText: 'REUTERS' })).toHaveCount(0);
	await expect(page.locator('article .credit')).toHaveText(
		'મૂળ લેખની તસવીરનું શ્રેય: REUTERS દ્વારા રશિયાની પ્રિમોર્સ્કી ક્રાઈ/હેન્ડઆઉટ સરકાર'
	);
	// the marks still land on their words, paragraph by paragraph
	await expect(page.locator('.text .mark')).toHaveCount(49);
	await expect(paragraphs.first().locator('.mark')).toHaveText(['રશિયા', 'છ દિવસ', 'પશ્ચિમ']);
	await expect(paragraphs.nth(4).locator('.mark.date').first()).toHaveText('મંગળવારે');
});

test('article 000 shows its headline once, as the heading', async ({ page }) => {
	await page.goto(PUTIN);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PUTIN_HEADLINE);
	await expect(page.getByText(PUTIN_HEADLINE, { exact: true })).toHaveCount(1);
	const paragraphs = page.locator('article p.text');
	await expect(paragraphs).toHaveCount(9);
	await expect(paragraphs.first()).toHaveText(/^રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આજે વહેલી સવારે ઉત્તર કોરિયા પહોંચી ગયા છે\./);
	await expect(page.locator('.text .mark')).toHaveCount(27);
	await expect(page.locator('article .credit')).toHaveCount(0);
});

/** For every mark: its hit area's size, and what a finger meets at its own edges and 23.5 px out. */
function measureMarks(page: Page) {
	return page.evaluate(() => {
		const marks = [...document.querySelectorAll<HTMLElement>('.text .mark')];
		const problems: string[] = [];
		let smallest = Infinity;
		for (const mark of marks) {
			mark.scrollIntoView({ block: 'center' });
			const area = getComputedStyle(mark, '::before');
			smallest = Math.min(smallest, parseFloat(area.width) || 0, parseFloat(area.height) || 0);
			const own = mark.getBoundingClientRect();
			const cx = own.left + own.width / 2;
			const cy = own.top + own.height / 2;
			const hitAt = (x: number, y: number) => document.elementFromPoint(x, y);
			// the mark's own words and line: always its own, whatever is on the lines around
			for (const [x, y] of [
				[cx, cy],
				[cx, own.top + 1],
				[cx, own.bottom - 1],
				[own.left + 1, cy],
				[own.right - 1, cy]
			] as const) {
				const hit = hitAt(x, y);
				if (hit !== mark) problems.push(`${mark.textContent} at (${x}, ${y}) meets ${hit?.textContent?.slice(0, 30)}`);
			}
			// 48 px around the middle: its own, unless another mark's own words are there
			for (const [x, y] of [
				[cx, cy - 23.5],
				[cx, cy + 23.5],
				[cx - 23.5, cy],
				[cx + 23.5, cy]
			] as const) {
				const hit = hitAt(x, y);
				if (hit === mark) continue;
				const other = hit?.classList.contains('mark') ? hit.getBoundingClientRect() : undefined;
				const ownedByOther = other && x >= other.left && x <= other.right && y >= other.top && y <= other.bottom;
				if (!ownedByOther) problems.push(`${mark.textContent} 23.5 px out at (${x}, ${y}) meets ${hit?.tagName}`);
			}
		}
		return { count: marks.length, smallest, problems };
	});
}

for (const width of [390, 320]) {
	test(`every touch target is 48 px or more at ${width} px wide, and marks keep their own taps`, async ({ page }) => {
		await page.setViewportSize({ width, height: width === 390 ? 844 : 640 });
		for (const [path, marks] of [
			[KIM, 49],
			[PUTIN, 27]
		] as const) {
			await page.goto(path);
			await page.evaluate(() => document.fonts.ready);
			const back = await page.locator('main a[href="/read"]').boundingBox();
			// soft: every target is measured and reported, not only the first that is too small
			expect.soft(back!.width).toBeGreaterThanOrEqual(48);
			expect.soft(back!.height).toBeGreaterThanOrEqual(48);
			const small = await page.evaluate(() =>
				[...document.querySelectorAll('main a, main button:not(.mark)')]
					.filter((e) => e.checkVisibility())
					.map((e) => ({ text: e.textContent!.trim(), box: e.getBoundingClientRect() }))
					.filter(({ box }) => box.width < 48 || box.height < 48)
					.map(({ text, box }) => `${text}: ${box.width}x${box.height}`)
			);
			expect.soft(small).toEqual([]);
			const measured = await measureMarks(page);
			expect(measured.count).toBe(marks);
			// the text's lines stay 37 px apart; the hit area around each word is what grows
			expect.soft(measured.smallest).toBeGreaterThanOrEqual(48);
			expect.soft(measured.problems).toEqual([]);
		}
	});
}

test('a tap on the lower edge of a mark opens its own question, not the one on the next line', async ({ page }) => {
	await page.goto(KIM);
	await page.evaluate(() => document.fonts.ready);
	const first = page.locator('article p.text').first();
	const upper = first.locator('.mark', { hasText: /^રશિયા$/ }).first();
	const lower = first.locator('.mark', { hasText: /^છ દિવસ$/ }).first();
	await upper.scrollIntoViewIfNeeded();
	const a = (await upper.boundingBox())!;
	const b = (await lower.boundingBox())!;
	// at 390 px "છ દિવસ" stands on the line right under "રશિયા", under the same letters
	expect(Math.abs(b.y - (a.y + a.height))).toBeLessThan(2);
	const left = Math.max(a.x, b.x);
	const right = Math.min(a.x + a.width, b.x + b.width);
	expect(right - left).toBeGreaterThan(4);
	await page.touchscreen.tap((left + right) / 2, a.y + a.height - 3);
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('h2.prompt')).toHaveText(
		'કિમ જોંગ ઉને સપ્ટેમ્બર ૨૦૨૩માં બખ્તરબંધ ટ્રેનમાં કયા દેશની યાત્રા કરી હતી, જેનાથી શસ્ત્ર સોદા અંગે દુનિયાભરમાં ચિંતા ઊભી થઈ?'
	);
});
