/*
 * Reading, in a real Chromium against the production build:
 * - /read lists both articles; an article shows its dates, people and places marked, each
 *   category with its own underline style and a legend, offline too;
 * - tapping a mark opens its question as a flashcard that can be turned and rated (stored); on a
 *   phone, turning it brings the ratings into the dialog's view, as far as its answer stays in it;
 * - "quiz me on this article" deals a quiz of that article's questions only.
 */
import { expect } from '@playwright/test';
import { test } from './base-test';
import { readFileSync } from 'node:fs';
import { waitForServiceWorker } from './helpers';

const putinSet = JSON.parse(readFileSync('questions/sets/putin-north-korea.json', 'utf8'));
const putinPrompts = new Set<string>(putinSet.questions.map((q: { prompt: string }) => q.prompt));

test('an article reads offline with its marks and legend', async ({ page, context }) => {
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/read');
	await expect(page.getByRole('link', { name: /રશિયાના રાષ્ટ્રપતિ પુતિન પહોંચ્યા ઉત્તર કોરિયા/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /છ દિવસની રશિયા યાત્રા/ })).toBeVisible();
	await page.getByRole('link', { name: /રશિયાના રાષ્ટ્રપતિ પુતિન પહોંચ્યા ઉત્તર કોરિયા/ }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('રશિયાના રાષ્ટ્રપતિ પુતિન પહોંચ્યા ઉત્તર કોરિયા, ૨૪ વર્ષમાં પહેલી મુલાકાત');
	await expect(page.getByRole('list', { name: 'ચિહ્નોની સમજ' }).getByRole('listitem')).toHaveCount(3);
	for (const category of ['date', 'person', 'place']) {
		expect(await page.locator(`.text .mark.${category}`).count()).toBeGreaterThan(3);
	}
	const styles = await page.evaluate(() =>
		['date', 'person', 'place'].map((c) => getComputedStyle(document.querySelector(`.text .mark.${c}`)!).textDecorationStyle)
	);
	expect(styles).toEqual(['solid', 'dotted', 'dashed']);
	await expect(page.locator('.text .mark.date', { hasText: '૨૦૨૨' })).toHaveCount(1);
});

test('a tapped mark opens its question as a flashcard, and the article quiz keeps to the article', async ({ page }) => {
	await page.goto('/read/000_1ee9a9eab18b7454');
	await page.locator('.text .mark.place', { hasText: 'પ્યોંગયાંગ' }).first().click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	const prompt = (await dialog.locator('h2.prompt').textContent())!.trim();
	expect(putinPrompts.has(prompt)).toBe(true);
	await dialog.getByRole('button', { name: 'જવાબ જુઓ' }).click();
	await expect(dialog.locator('.answer')).toContainText('પ્યોંગયાંગ');
	await dialog.getByRole('button', { name: /સારું/ }).click();
	await expect(dialog).toBeHidden();
	const stored = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('kasoti');
				open.onsuccess = () => {
					const count = open.result.transaction('cards').objectStore('cards').count();
					count.onsuccess = () => resolve(count.result);
				};
			})
	);
	expect(stored).toBe(1);

	await page.getByRole('button', { name: 'આ લેખ પર ક્વિઝ' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	for (let n = 1; n <= 3; n++) {
		await expect(page.locator('.count')).toHaveText(`${'૦૧૨૩'[n]} / ૧૦`);
		const shown = (await page.locator('h1').textContent())!.trim();
		expect(putinPrompts.has(shown)).toBe(true);
		await page.keyboard.press('1');
		await page.getByRole('button', { name: 'આગળ' }).click();
	}
});

test.describe('at 390x844', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// they were below the dialog's edge, where a student closed the card instead of scrolling to them
	test('regression: turning a tapped card brings its ratings into the dialog’s view, its answer still in it', async ({ page }) => {
		await page.goto('/read/004_127d094ff95780a8');
		// the card of મોસ્કો is long: its quote and English line pushed the ratings 60 px below the dialog's edge
		await page.locator('.text .mark', { hasText: 'મોસ્કો' }).first().click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('button', { name: 'જવાબ જુઓ' }).click();
		const good = dialog.getByRole('button', { name: /સારું/ });
		await expect(good).toBeVisible();
		await expect.poll(async () => {
			const [box, frame] = [await good.boundingBox(), await dialog.boundingBox()];
			return box!.y + box!.height <= frame!.y + frame!.height;
		}).toBe(true);
		await expect(dialog.locator('.answer')).toBeInViewport();
	});
});
