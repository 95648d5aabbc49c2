/*
 * Nothing half-written, nothing lost, in a real Chromium against the production build:
 * - an answer that cannot be stored leaves nothing behind, and the message tells a full phone
 *   apart from any other failure;
 * - two tabs on one quiz: the second is told the quiz is open elsewhere and cannot answer until
 *   it says "continue here"; the first is then told the quiz moved, and taking it back goes on
 *   at the first question neither tab answered;
 * - a newer Kasoti opening in another tab gets the database only after the editor's waiting
 *   change is saved, and the banner says it is saved;
 * - a database made by a newer Kasoti gets a clear message, not "Loading…" forever;
 * - an edit reloaded away within 100 ms, or followed by the page being hidden, is saved;
 * - an edit whose write still waits behind another tab's when the page goes is not lost: the
 *   editor, or the list of sets, writes it back.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { storedCount, storedRecords } from './helpers';

const OPEN_ELSEWHERE = 'આ ક્વિઝ બીજા ટૅબમાં ખુલ્લી છે.';
const MOVED = 'આ ક્વિઝ બીજા ટૅબમાં ચાલુ થઈ છે.';
const CONTINUE_HERE = 'અહીં ચાલુ રાખો';
const TITLE = 'શીર્ષક (ગુજરાતીમાં)';

/** Starts a quiz with the setup page's choices (10 multiple-choice questions). */
async function startQuiz(page: Page): Promise<void> {
	await page.goto('/quiz');
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.options button').first()).toBeEnabled();
}

/** Answers the question on screen with its first option and waits for the feedback. */
async function answer(page: Page): Promise<void> {
	await page.locator('.options button').first().click();
	await expect(page.locator('.verdict')).toBeVisible();
}

/** Opens a new set in the editor, ready to type in. */
async function newSet(page: Page): Promise<string> {
	await page.goto('/teach');
	await page.getByRole('button', { name: 'નવો સેટ બનાવો' }).click();
	await expect(page).toHaveURL(/\/teach\/edit\?id=set-[a-z0-9-]+$/);
	await expect(page.getByLabel(TITLE)).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

/** The stored Gujarati title of an own set. */
async function storedTitle(page: Page, id: string): Promise<string | undefined> {
	const sets = await storedRecords<{ id: string; set: { title: string } }>(page, 'sets');
	return sets.find((s) => s.id === id)?.set.title;
}

test.describe('an answer that cannot be stored', () => {
	test.beforeEach(async ({ page }) => {
		// the next add throws as the browser does: a full disk, or any other failure
		await page.addInitScript(() => {
			const add = IDBObjectStore.prototype.add;
			IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
				const failure = (window as { failNextAdd?: string }).failNextAdd;
				(window as { failNextAdd?: string }).failNextAdd = undefined;
				if (failure) throw new DOMException('write failed', failure);
				return add.apply(this, args);
			};
		});
	});

	for (const [failure, message] of [
		['QuotaExceededError', 'તમારા ફોનનો સંગ્રહ ભરાઈ ગયો છે. થોડી જગ્યા ખાલી કરીને ફરી પ્રયાસ કરો.'],
		// regression: any failure used to be blamed on space too
		['UnknownError', 'જવાબ સાચવી શકાયો નહીં. ફરી પ્રયાસ કરો.']
	] as const) {
		test(`${failure}: nothing is stored, the message says which, and the answer can be given again`, async ({ page }) => {
			await startQuiz(page);
			await page.evaluate((name) => ((window as { failNextAdd?: string }).failNextAdd = name), failure);
			await page.locator('.options button').first().click();
			await expect(page.getByRole('alert').filter({ hasText: message })).toHaveText(`⚠ ${message}`);
			await expect(page.locator('.verdict')).toBeHidden();
			expect([await storedCount(page, 'attempts'), await storedCount(page, 'cards'), await storedCount(page, 'reviews')]).toEqual([0, 0, 0]);

			await answer(page);
			await expect(page.getByText(message)).toBeHidden();
			expect(await storedCount(page, 'attempts')).toBe(1);
		});
	}
});

test('regression: a second tab on the same quiz cannot answer until it takes the quiz over', async ({ page, context }) => {
	await startQuiz(page);
	await answer(page);
	await page.getByRole('button', { name: 'આગળ' }).click();
	await expect(page.locator('.count')).toHaveText('૨ / ૧૦');

	const second = await context.newPage();
	await second.goto('/quiz/play');
	await expect(second.getByRole('alert').filter({ hasText: OPEN_ELSEWHERE })).toBeVisible();
	await expect(second.locator('.options button')).toHaveCount(0);
	await second.keyboard.press('1');
	expect(await storedCount(second, 'attempts')).toBe(1);

	await second.getByRole('button', { name: CONTINUE_HERE }).click();
	await expect(second.locator('.count')).toHaveText('૨ / ૧૦');
	await expect(page.getByRole('alert').filter({ hasText: MOVED })).toBeVisible();
	await expect(page.locator('.options button')).toHaveCount(0);
	await answer(second);

	// back in the first tab: the feedback of the question the second tab answered, then on after it
	await page.getByRole('button', { name: CONTINUE_HERE }).click();
	await expect(page.locator('.count')).toHaveText('૨ / ૧૦');
	await page.getByRole('button', { name: 'આગળ' }).click();
	await expect(page.locator('.count')).toHaveText('૩ / ૧૦');
	await expect(second.getByRole('alert').filter({ hasText: MOVED })).toBeVisible();
	await answer(page);
	expect([await storedCount(page, 'attempts'), await storedCount(page, 'reviews')]).toEqual([3, 3]);
	const ids = (await storedRecords<{ questionId: string }>(page, 'attempts')).map((a) => a.questionId);
	expect(new Set(ids).size).toBe(3);
});

test('regression: a newer Kasoti in another tab takes the database only after the editor saved its waiting change', async ({
	page,
	context
}) => {
	const id = await newSet(page);
	const other = await context.newPage();
	await other.goto('/robots.txt');
	await page.getByLabel(TITLE).fill('છેલ્લો ફેરફાર');
	// at once, well inside the editor's 250 ms pause: the upgrade a newer version would run
	const title = await other.evaluate(
		(id) =>
			new Promise<string | undefined>((resolve, reject) => {
				void indexedDB.databases().then(([db]) => {
					const open = indexedDB.open('kasoti', (db?.version ?? 0) + 1);
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const read = open.result.transaction('sets').objectStore('sets').get(id);
						read.onsuccess = () => resolve(read.result?.set.title);
					};
				});
			}),
		id
	);
	expect(title).toBe('છેલ્લો ફેરફાર');
	await expect(page.getByRole('alert').filter({ hasText: 'તમારું કામ સચવાયેલું છે' })).toBeVisible();
});

test('regression: a database made by a newer Kasoti gets a clear message, not "Loading…" forever', async ({ page }) => {
	await page.goto('/robots.txt');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kasoti', 99);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					open.result.close();
					resolve();
				};
			})
	);
	await page.goto('/quiz/play');
	const message = page.getByRole('alert').filter({ hasText: 'કસોટીની નવી આવૃત્તિ બીજા ટૅબમાં ખુલ્લી છે' });
	await expect(message).toBeVisible();
	await expect(page.getByText('લોડ થઈ રહ્યું છે…')).toBeHidden();
	await expect(message.getByRole('button', { name: 'પાનું ફરી ખોલો' })).toBeVisible();
});

test('regression: an edit reloaded away within 100 ms is saved', async ({ page }) => {
	const id = await newSet(page);
	await page.getByLabel(TITLE).fill('ઝડપી ફેરફાર');
	await Promise.all([page.waitForTimeout(100), page.reload()]);
	await expect(page.getByLabel(TITLE)).toHaveValue('ઝડપી ફેરફાર');
	expect(await storedTitle(page, id)).toBe('ઝડપી ફેરફાર');
});

/** Holds the own sets' store in a second tab for `ms`, as a long write there would: this tab's writes wait. */
async function holdSetsStore(page: Page, ms: number): Promise<void> {
	const other = await page.context().newPage();
	await other.goto('/settings');
	await other.evaluate(
		(ms) =>
			new Promise<void>((held) => {
				const open = indexedDB.open('kasoti');
				open.onsuccess = () => {
					const store = open.result.transaction('sets', 'readwrite').objectStore('sets');
					const end = Date.now() + ms;
					// each request keeps the transaction alive until the next; it ends on its own after `ms`
					const hold = () => {
						if (Date.now() < end) store.count().onsuccess = hold;
					};
					hold();
					held();
				};
			}),
		ms
	);
}

test.describe('an edit whose write waits behind another tab’s when the page goes', () => {
	// the browser drops a write still waiting for its store when the page unloads, even one committed at once
	test('is written back by the editor once the page is open again', async ({ page }) => {
		const id = await newSet(page);
		await holdSetsStore(page, 1500);
		await page.getByLabel(TITLE).fill('રાહ જોતો ફેરફાર');
		await page.reload();
		await expect(page.getByLabel(TITLE)).toHaveValue('રાહ જોતો ફેરફાર');
		expect(await storedTitle(page, id)).toBe('રાહ જોતો ફેરફાર');
	});

	test('is written back by the list of sets when the teacher goes there instead', async ({ page }) => {
		const id = await newSet(page);
		// a save made after the pause, while the other tab holds the store: written, but not before the page goes
		await holdSetsStore(page, 1500);
		await page.getByLabel(TITLE).fill('યાદીમાં પાછો');
		await page.waitForTimeout(400);
		await page.goto('/teach');
		await expect(page.getByRole('heading', { name: 'યાદીમાં પાછો' })).toBeVisible();
		expect(await storedTitle(page, id)).toBe('યાદીમાં પાછો');
	});
});

test('an edit followed by the page being hidden is saved at once, not after the pause', async ({ page }) => {
	const id = await newSet(page);
	await page.getByLabel(TITLE).fill('છુપાતાં પહેલાં');
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	// read at once: a write started by the event comes first, the 250 ms timer's would not
	expect(await storedTitle(page, id)).toBe('છુપાતાં પહેલાં');
});
