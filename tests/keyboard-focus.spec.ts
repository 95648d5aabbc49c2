/*
 * Focus after a keyboard press that takes away or changes the pressed control, in a real Chromium
 * against the production build, in Gujarati and in English (regressions: focus fell to <body>):
 * - /quiz: "discard it" on the unfinished quiz takes focus to the start form's first choice and
 *   says the quiz was discarded (role="status");
 * - a set's page listing only starred questions: unstarring one takes focus to the next row's
 *   star, and after the last one to "starred only";
 * - Learn: "no, carry on" after "start over" takes focus back to "start over", and so does Escape;
 * - Settings: back up, restore and delete all keep the focus on their button (or return it there)
 *   while and after they run, and so does "check for updates";
 * - Teach: "delete set" and "try it as a student" are named with their set, as the card's other
 *   buttons are, and "delete set" in the editor too; Escape closes the delete's confirmation, and
 *   "yes, delete it" and "try it as a student" keep the focus while they wait for the database.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { importSet, usePreferences, waitForServiceWorker } from './helpers';

const LANGS = ['gu', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** The interface's words these tests press and expect, in each language. */
const WORDS = {
	gu: {
		start: 'ક્વિઝ શરૂ કરો',
		discard: 'છોડી દો',
		discarded: 'અધૂરી ક્વિઝ છોડી દીધી.',
		firstChoice: 'તારીખો',
		star: 'અભ્યાસ માટે તારાંકિત કરો: ',
		starredOnly: 'ફક્ત તારાંકિત',
		startOver: 'શરૂઆતથી ફરી શીખો',
		carryOn: 'ના, ચાલુ રાખો',
		backUp: 'મારી પ્રગતિનો બેકઅપ લો',
		restoreChoose: 'બેકઅપ ફાઇલમાંથી પ્રગતિ પાછી લાવો',
		restoreConfirm: 'હા, પાછું લાવો',
		restored: 'તમારી પ્રગતિ અને સેટિંગ્સ બેકઅપમાંથી પાછાં આવી ગયાં.',
		deleteAll: 'મારી બધી પ્રગતિ ભૂંસી નાખો',
		deleteConfirm: 'હા, મારી પ્રગતિ ભૂંસી નાખો',
		deleted: 'બધી પ્રગતિ ભૂંસાઈ ગઈ.',
		check: 'નવી આવૃત્તિ તપાસો',
		current: 'તમારી પાસે સૌથી નવી આવૃત્તિ છે.',
		deleteSet: 'સેટ ભૂંસો',
		deleteSetConfirm: 'હા, ભૂંસી નાખો',
		tryIt: 'વિદ્યાર્થી તરીકે અજમાવો',
		edit: 'બદલો',
		sets: ['ભુજની શાળાના ઓરડા', 'અંગ્રેજી અંકોવાળી તારીખો']
	},
	en: {
		start: 'Start the quiz',
		discard: 'Discard it',
		discarded: 'The unfinished quiz was discarded.',
		firstChoice: 'Dates',
		star: 'Star to study: ',
		starredOnly: 'Starred only',
		startOver: 'Start over',
		carryOn: 'No, carry on',
		backUp: 'Back up my progress',
		restoreChoose: 'Restore progress from a backup file',
		restoreConfirm: 'Yes, restore',
		restored: 'Your progress and settings have been restored from the backup.',
		deleteAll: 'Delete all my progress',
		deleteConfirm: 'Yes, delete my progress',
		deleted: 'All progress has been deleted.',
		check: 'Check for updates',
		current: 'You have the newest version.',
		deleteSet: 'Delete set',
		deleteSetConfirm: 'Yes, delete it',
		tryIt: 'Try it as a student',
		edit: 'Edit',
		sets: ['The rooms of the Bhuj school', 'Dates in Latin digits']
	}
} as const;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Keeps a write of the test's own open on a store (the app's database must exist): a job that needs it waits. */
async function holdAnswers(page: Page, store = 'attempts'): Promise<void> {
	await page.evaluate(
		(name) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const store = db.transaction(name, 'readwrite').objectStore(name);
					const flag = window as unknown as { held: boolean };
					flag.held = true;
					// a transaction lives while it has requests: one after another until released
					const next = () => (flag.held ? (store.count().onsuccess = next) : db.close());
					next();
					resolve();
				};
			}),
		store
	);
}

const releaseAnswers = (page: Page) => page.evaluate(() => ((window as unknown as { held: boolean }).held = false));

/** Focuses a control and presses Enter on it, as after tabbing to it. */
async function pressEnterOn(locator: ReturnType<Page['getByRole']>): Promise<void> {
	await locator.focus();
	await expect(locator).toBeFocused();
	await locator.press('Enter');
}

for (const lang of LANGS) {
	const w = WORDS[lang];

	test.describe(lang === 'gu' ? 'in Gujarati' : 'in English', () => {
		test.beforeEach(async ({ page }) => {
			await usePreferences(page, { lang, theme: 'light' });
		});

		test('discarding the unfinished quiz says so and takes focus to the start form’s first choice', async ({ page }) => {
			await page.goto('/quiz');
			await button(page, w.start).click();
			await expect(page).toHaveURL(/\/quiz\/play$/);
			await expect(page.locator('.options button').first()).toBeEnabled();
			await page.keyboard.press('1');
			await expect(page.locator('.verdict')).toBeVisible();

			await page.goto('/quiz');
			await pressEnterOn(button(page, w.discard));
			await expect(button(page, w.discard)).toHaveCount(0);
			await expect(page.getByRole('checkbox', { name: w.firstChoice })).toBeFocused();
			await expect(page.getByRole('status').filter({ hasText: w.discarded })).toBeVisible();
		});

		test('unstarring a question while only starred ones are listed takes focus to the next star, then to the filter', async ({
			page
		}) => {
			await page.goto('/set?id=putin-north-korea');
			const stars = page.locator('ol button[aria-pressed]');
			await stars.nth(0).click();
			await stars.nth(1).click();
			await expect(page.locator('ol button[aria-pressed="true"]')).toHaveCount(2);
			const second = (await stars.nth(1).getAttribute('aria-label'))!;
			expect(second.startsWith(w.star)).toBe(true);
			await page.getByRole('checkbox', { name: w.starredOnly }).check();
			await expect(stars).toHaveCount(2);

			await pressEnterOn(stars.first());
			await expect(stars).toHaveCount(1);
			await expect(button(page, second)).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(stars).toHaveCount(0);
			await expect(page.getByRole('checkbox', { name: w.starredOnly })).toBeFocused();
		});

		test('“no, carry on” after “start over” in Learn takes focus back to “start over”', async ({ page }) => {
			await page.goto('/learn?set=putin-north-korea');
			await expect(page.locator('.options button')).toHaveCount(4);
			await page.keyboard.press('1');
			await expect(page.locator('.feedback')).toBeVisible();
			await pressEnterOn(button(page, w.startOver));
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await expect(button(page, w.carryOn)).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(button(page, w.carryOn)).toHaveCount(0);
			await expect(button(page, w.startOver)).toBeFocused();

			// Escape answers "no" too, from whichever of its buttons has the focus
			await page.keyboard.press('Enter');
			await expect(button(page, w.carryOn)).toBeVisible();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Escape');
			await expect(button(page, w.carryOn)).toHaveCount(0);
			await expect(button(page, w.startOver)).toBeFocused();
		});

		test('back up, restore and delete all keep the focus on their buttons while and after they run', async ({ page }) => {
			await page.goto('/settings');
			const downloading = page.waitForEvent('download');
			await pressEnterOn(button(page, w.backUp));
			const download = await downloading;
			await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();
			await expect(button(page, w.backUp)).toBeFocused();

			// while the restore waits for the database, its button keeps the focus; once done, the file choice has it
			await page.getByLabel(w.restoreChoose).setInputFiles(await download.path());
			await holdAnswers(page);
			await pressEnterOn(button(page, w.restoreConfirm));
			await page.waitForTimeout(300);
			await expect(page.getByText(w.restored)).toHaveCount(0);
			await expect(button(page, w.restoreConfirm)).toBeFocused();
			await releaseAnswers(page);
			await expect(page.getByRole('status').filter({ hasText: w.restored })).toBeVisible();
			await expect(page.getByLabel(w.restoreChoose)).toBeFocused();

			// likewise deleting: the confirmation keeps the focus while it runs, then "delete all" has it
			await pressEnterOn(button(page, w.deleteAll));
			await holdAnswers(page);
			await pressEnterOn(button(page, w.deleteConfirm));
			await page.waitForTimeout(300);
			await expect(page.getByText(w.deleted)).toHaveCount(0);
			await expect(button(page, w.deleteConfirm)).toBeFocused();
			await releaseAnswers(page);
			await expect(page.getByRole('status').filter({ hasText: w.deleted })).toBeVisible();
			await expect(button(page, w.deleteAll)).toBeFocused();
		});

		test('“check for updates” keeps the focus while it checks', async ({ page }) => {
			await waitForServiceWorker(page);
			await page.goto('/settings');
			await pressEnterOn(button(page, w.check));
			await expect(page.getByRole('status').filter({ hasText: w.current })).toBeVisible();
			await expect(button(page, w.check)).toBeFocused();
		});

		test('“delete set” and “try it as a student” are named with their set, in the list and the editor', async ({ page }) => {
			await importSet(page, 'same-layout.json', lang);
			await importSet(page, 'latin-digits.json', lang);
			await page.goto('/teach');
			for (const title of w.sets) {
				const card = page.getByRole('article', { name: title });
				await expect(card.getByRole('button', { name: `${w.deleteSet}: ${title}`, exact: true })).toBeVisible();
				await expect(card.getByRole('button', { name: `${w.tryIt}: ${title}`, exact: true })).toBeVisible();
				// the words on the buttons stay short: the card's heading names the set
				await expect(card.getByRole('button', { name: `${w.deleteSet}: ${title}` })).toHaveText(w.deleteSet);
				await expect(card.getByRole('button', { name: `${w.tryIt}: ${title}` })).toHaveText(w.tryIt);
			}
			await expect(button(page, w.deleteSet)).toHaveCount(0);
			await expect(button(page, w.tryIt)).toHaveCount(0);

			await page.getByRole('link', { name: `${w.edit}: ${w.sets[0]}`, exact: true }).click();
			await expect(button(page, `${w.deleteSet}: ${w.sets[0]}`)).toBeVisible();
		});

		test('Escape closes a set’s delete confirmation; “yes, delete it” and “try it” keep the focus while they wait', async ({
			page
		}) => {
			await importSet(page, 'same-layout.json', lang);
			await page.goto('/teach');
			const card = page.getByRole('article', { name: w.sets[0] });
			const deleteSet = card.getByRole('button', { name: `${w.deleteSet}: ${w.sets[0]}`, exact: true });
			await pressEnterOn(deleteSet);
			await expect(card.getByRole('button', { name: w.deleteSetConfirm })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(card.getByRole('button', { name: w.deleteSetConfirm })).toHaveCount(0);
			await expect(deleteSet).toBeFocused();

			// "try it" waits for the set: it keeps the focus (a disabled button dropped it to the page)
			const tryIt = card.getByRole('button', { name: `${w.tryIt}: ${w.sets[0]}`, exact: true });
			await holdAnswers(page, 'sets');
			await pressEnterOn(tryIt);
			await page.waitForTimeout(300);
			await expect(tryIt).toBeFocused();
			await expect(page).toHaveURL(/\/teach$/);
			await releaseAnswers(page);
			await expect(page).toHaveURL(/\/quiz\/play/);

			await page.goto('/teach');
			await pressEnterOn(deleteSet);
			await holdAnswers(page, 'sets');
			await page.keyboard.press('Enter');
			await page.waitForTimeout(300);
			await expect(card.getByRole('button', { name: w.deleteSetConfirm })).toBeFocused();
			await expect(card).toBeVisible();
			await releaseAnswers(page);
			await expect(card).toHaveCount(0);
		});
	});
}
