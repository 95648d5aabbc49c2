/*
 * Installing Kasoti, in a real Chromium against the production build:
 * - with no install offer from the browser, neither Home nor Settings shows an install button;
 * - when the browser offers to install (a beforeinstallprompt with a stub prompt() and userChoice),
 *   Home shows a compact "Install" button (named "Install Kasoti") beside its title, moving none
 *   of the page's buttons, on a phone 390 or 320 px wide, in either language, and Settings a
 *   small section with one; a tap calls prompt(), and after the student's choice the button
 *   goes; `appinstalled` takes it away too;
 * - on an iPhone (Safari's user agent: no install offer) Settings explains Share → "Add to Home
 *   Screen", in Gujarati and in English, with no button.
 */
import { devices, expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { usePreferences } from './helpers';

/**
 * Fires the browser's install offer, as Chromium would, with a prompt() that counts its calls and
 * a userChoice of `outcome`. Fired again until the page (its root layout) is listening.
 */
async function offerInstall(page: Page, button: string, outcome: 'accepted' | 'dismissed' = 'accepted') {
	const fire = () =>
		page.evaluate((outcome) => {
			const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
			const w = window as unknown as { prompted: number };
			w.prompted = 0;
			offer.prompt = async () => void w.prompted++;
			offer.userChoice = Promise.resolve({ outcome, platform: 'web' });
			dispatchEvent(offer);
		}, outcome);
	await expect
		.poll(async () => {
			await fire();
			return page.getByRole('button', { name: button }).isVisible();
		})
		.toBe(true);
}

const prompted = (page: Page) => page.evaluate(() => (window as unknown as { prompted: number }).prompted);

test('no install button while the browser offers none', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'કસોટી' })).toBeVisible();
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'સેટિંગ્સ' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeEnabled();
	await expect(page.getByRole('button', { name: 'કસોટી ઇન્સ્ટોલ કરો' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'હોમ સ્ક્રીન પર કસોટી' })).toHaveCount(0);
});

const HOME_OFFERS = [
	{ lang: 'gu', width: 390, height: 844, cards: 'કાર્ડ શીખો', name: 'કસોટી ઇન્સ્ટોલ કરો', shown: 'ઇન્સ્ટોલ કરો' },
	{ lang: 'gu', width: 320, height: 640, cards: 'કાર્ડ શીખો', name: 'કસોટી ઇન્સ્ટોલ કરો', shown: 'ઇન્સ્ટોલ કરો' },
	{ lang: 'en', width: 320, height: 640, cards: 'Study cards', name: 'Install Kasoti', shown: 'Install' }
] as const;

for (const { lang, width, height, cards, name, shown } of HOME_OFFERS) {
	test(`Home shows “Install” beside its title while the browser offers it, moving nothing, at ${width} px in ${lang}; after the choice it goes`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await usePreferences(page, { lang });
		await page.goto('/');
		// the offer comes once the page shows, as the student reaches for its buttons: they stay where they are
		const study = page.getByRole('link', { name: cards });
		const before = await study.boundingBox();
		await offerInstall(page, name);
		expect(await study.boundingBox()).toEqual(before);
		await expect(page.getByRole('button', { name })).toHaveText(shown);
		await page.getByRole('button', { name }).click();
		await expect(page.getByRole('button', { name })).toHaveCount(0);
		expect(await study.boundingBox()).toEqual(before);
		expect(await prompted(page)).toBe(1);
	});
}

test('Settings has an install section while the browser offers it; a dismissed prompt takes it away', async ({ page }) => {
	await page.goto('/settings');
	await offerInstall(page, 'કસોટી ઇન્સ્ટોલ કરો', 'dismissed');
	await expect(page.getByRole('heading', { name: 'હોમ સ્ક્રીન પર કસોટી' })).toBeVisible();
	await page.getByRole('button', { name: 'કસોટી ઇન્સ્ટોલ કરો' }).click();
	await expect(page.getByRole('heading', { name: 'હોમ સ્ક્રીન પર કસોટી' })).toHaveCount(0);
	expect(await prompted(page)).toBe(1);

	// in English; installed from the browser's own menu meanwhile: the button goes too
	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await offerInstall(page, 'Install Kasoti');
	await expect(page.getByRole('heading', { name: 'Kasoti on your home screen' })).toBeVisible();
	await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
	await expect(page.getByRole('button', { name: 'Install Kasoti' })).toHaveCount(0);
	expect(await prompted(page)).toBe(0);
});

test.describe('on an iPhone', () => {
	test.use({ userAgent: devices['iPhone 13'].userAgent });

	test('Settings explains Share → "Add to Home Screen", in both languages', async ({ page }) => {
		await page.goto('/settings');
		await expect(page.getByRole('heading', { name: 'હોમ સ્ક્રીન પર કસોટી' })).toBeVisible();
		await expect(page.getByText('iPhone કે iPad પર: Safariમાં શેર બટન (ઉપર તીરવાળું ચોરસ) દબાવો, પછી “હોમ સ્ક્રીન પર ઉમેરો” (Add to Home Screen) પસંદ કરો.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'કસોટી ઇન્સ્ટોલ કરો' })).toHaveCount(0);

		await page.getByRole('radio', { name: 'English', exact: true }).check();
		await expect(page.getByText('On iPhone or iPad: in Safari, tap the Share button (a square with an arrow pointing up), then choose “Add to Home Screen”.')).toBeVisible();
	});
});
