/*
 * Flashcards by keyboard and screen reader, in a real Chromium against the production build, in
 * Gujarati and in English:
 * - regression: Space works the focused control on /cards (a rating button rates, Undo undoes,
 *   "which cards?" opens); it turns the card only when focus is on no control (it turned the card
 *   from anywhere, and no rating was stored);
 * - regression: after the last card of a deck is rated, focus is on the finished message (it fell
 *   to the page, and the message was not read);
 * - regression: a card opened from a marked word of an article has focus on its question from the
 *   first opening (it went to "Close"), on its answer once turned (it fell to the page), and
 *   "rating saved" is said from a live region outside the closed dialog (it was written into the
 *   dialog after it closed, never read), focus back on the word;
 * - regression: in a quiz, Enter on a focused link of the tab bar during an answer's feedback follows
 *   the link (the quiz moved on to its next question instead, and the link went nowhere).
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { putRecords, storedCount, usePreferences } from './helpers';

const TEXT = {
	gu: {
		reveal: 'જવાબ જુઓ',
		howWell: 'કેટલું યાદ હતું?',
		good: /^સારું/,
		undo: /છેલ્લી સમીક્ષા પાછી લો/,
		deck: 'કયાં કાર્ડ?',
		nothingDue: 'હમણાં કોઈ કાર્ડ બાકી નથી — શાબાશ!',
		saved: 'સમીક્ષા સચવાઈ.'
	},
	en: {
		reveal: 'Show the answer',
		howWell: 'How well did you remember?',
		good: /^Good/,
		undo: /Undo the last rating/,
		deck: 'Which cards?',
		nothingDue: 'No cards are due right now — well done!',
		saved: 'Rating saved.'
	}
} as const;

for (const lang of ['gu', 'en'] as const) {
	const text = TEXT[lang];

	test.describe(lang, () => {
		test.beforeEach(async ({ page }) => {
			await usePreferences(page, { lang, theme: 'light' });
		});

		test('regression: Space on a focused rating button rates the card; from the card, on no control, it turns it', async ({ page }) => {
			await page.goto('/cards');
			const card = page.locator('.card');
			await expect(page.getByRole('button', { name: text.reveal })).toBeVisible();
			await card.locator('h2').focus();
			await page.keyboard.press(' ');
			const group = page.getByRole('group', { name: text.howWell });
			await expect(group).toBeVisible();
			const first = await card.locator('h2').textContent();
			await group.getByRole('button', { name: text.good }).focus();
			await page.keyboard.press(' ');
			// rated Good and stored: the next card shows, unturned
			await expect(card.locator('h2')).not.toHaveText(first!);
			await expect.poll(() => storedCount(page, 'reviews')).toBe(1);
			await expect(card.locator('.answer')).toHaveCount(0);
		});

		test('regression: Space on a focused Undo takes the last rating back', async ({ page }) => {
			await page.goto('/cards');
			const card = page.locator('.card');
			await expect(page.getByRole('button', { name: text.reveal })).toBeVisible();
			const first = await card.locator('h2').textContent();
			await page.getByRole('button', { name: text.reveal }).click();
			await page.getByRole('group', { name: text.howWell }).getByRole('button', { name: text.good }).click();
			await expect.poll(() => storedCount(page, 'reviews')).toBe(1);
			const undo = page.getByRole('button', { name: text.undo });
			await undo.focus();
			await page.keyboard.press(' ');
			// the first card is back, turned as it was rated, and its rating is gone
			await expect(undo).toHaveCount(0);
			await expect(card.locator('h2')).toHaveText(first!);
			await expect(card.locator('.answer')).toBeVisible();
			await expect.poll(() => storedCount(page, 'reviews')).toBe(0);
		});

		test('regression: Space on “which cards?” opens it, and leaves the card as it was', async ({ page }) => {
			await page.goto('/cards');
			await expect(page.getByRole('button', { name: text.reveal })).toBeVisible();
			const summary = page.locator('summary', { hasText: text.deck });
			await summary.focus();
			await page.keyboard.press(' ');
			await expect(page.locator('details.deck')).toHaveAttribute('open', '');
			await expect(page.locator('.card .answer')).toHaveCount(0);
			await expect(summary).toBeFocused();
		});

		test('regression: after the last card of the deck is rated, focus is on the finished message', async ({ page }) => {
			await page.goto('/cards');
			await expect(page.getByRole('button', { name: text.reveal })).toBeVisible();
			await putRecords(page, 'stars', [{ questionId: 'pnk-date-first-visit-24-years', at: Date.now() }]);
			await page.goto('/cards?set=putin-north-korea&starred=1');
			await expect(page.getByRole('button', { name: text.reveal })).toBeVisible();
			await page.keyboard.press(' ');
			await expect(page.getByRole('group', { name: text.howWell })).toBeVisible();
			await page.keyboard.press('4');
			const message = page.locator('.done .nothing');
			await expect(message).toHaveText(text.nothingDue);
			await expect(message).toBeFocused();
		});

		/** Opens the card of the article's first marked word by keyboard, as a tester would. */
		async function openCard(page: Page) {
			await page.goto('/read/004_127d094ff95780a8');
			const mark = page.locator('.text .mark').first();
			await mark.focus();
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			return { mark, dialog };
		}

		test('regression: a card opened from an article has focus on its question from the first opening (it was on “Close”)', async ({
			page
		}) => {
			const { dialog } = await openCard(page);
			await expect(dialog.locator('h2.prompt')).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(dialog.getByRole('button', { name: text.reveal })).toBeFocused();
		});

		test('regression: showing the answer of an article’s card by keyboard puts focus on the answer (it fell to the page)', async ({
			page
		}) => {
			const { dialog } = await openCard(page);
			await dialog.getByRole('button', { name: text.reveal }).focus();
			await page.keyboard.press('Enter');
			await expect(dialog.locator('.answer')).toBeVisible();
			await expect(dialog.locator('.answer')).toBeFocused();
		});

		test('regression: rating an article’s card says “saved” outside the dialog, focus back on the word', async ({ page }) => {
			const { dialog, mark } = await openCard(page);
			await dialog.getByRole('button', { name: text.reveal }).click();
			// the live regions there are now, outside the dialog: the one that says "saved" must be among them
			await page.evaluate(() => {
				for (const region of document.querySelectorAll('[role="status"]')) {
					if (!region.closest('dialog')) region.setAttribute('data-before', '');
				}
			});
			await dialog.getByRole('button', { name: text.good }).focus();
			await page.keyboard.press('Enter');
			await expect(dialog).toBeHidden();
			await expect(page.locator('[role="status"][data-before]', { hasText: text.saved })).toHaveCount(1);
			await expect(mark).toBeFocused();
		});

		test('regression: Enter on a focused tab-bar link during a quiz’s feedback follows the link, not the quiz', async ({ page }) => {
			await page.goto('/read/004_127d094ff95780a8');
			await page.locator('.tools button.primary').click();
			await expect(page).toHaveURL(/\/quiz\/play$/);
			await expect(page.locator('.count')).toHaveText(lang === 'gu' ? '૧ / ૧૦' : '1 / 10');
			await page.keyboard.press('1');
			await expect(page.locator('section.feedback')).toBeVisible();
			await page.locator('nav a[href="/cards"]').focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/cards$/);
		});
	});
}
