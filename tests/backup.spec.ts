/*
 * "Your data" in Settings, in a real Chromium against the production build:
 * - after a short quiz, "back up my progress" downloads a kasoti-backup-YYYY-MM-DD.json file
 *   (format 5: progress, the teacher's own sets, class data and the settings);
 * - "delete all my progress" asks first, then empties every store;
 * - restoring the downloaded file shows what it holds, asks, and brings every record back as it was
 *   (the quiz's results page shows the same score again);
 * - a damaged file, another app's JSON and a backup with one bad record each get a clear message
 *   (role="alert") and leave the stored data exactly as it was;
 * - an own set goes into the backup and comes back with it, while a set made after the backup goes
 *   (restore replaces); the file is read in a worker, under the page's CSP;
 * - a crafted file (a record number of 2^53, a difficulty of -1e6, an unknown field) is refused
 *   with the field named, and nothing changes;
 * - the settings (language, theme, digits, retention, new cards a day) chosen before a backup come
 *   back with its restore, which says so first; the page then speaks the restored language.
 */
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { readFileSync } from 'node:fs';

type Dump = Record<'attempts' | 'quizzes' | 'cards' | 'reviews' | 'sets', unknown[]>;

/** Every record of every store, read straight from IndexedDB. */
function dump(page: Page): Promise<Dump> {
	return page.evaluate(
		() =>
			new Promise<Dump>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = ['attempts', 'quizzes', 'cards', 'reviews', 'sets'] as const;
					const tx = db.transaction([...names]);
					const out = {} as Dump;
					for (const name of names) {
						const request = tx.objectStore(name).getAll();
						request.onsuccess = () => (out[name] = request.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

async function counts(page: Page): Promise<number[]> {
	const d = await dump(page);
	return [d.attempts.length, d.quizzes.length, d.cards.length, d.reviews.length];
}

/** Plays a 5-question multiple-choice quiz, answering each with its first option. */
async function playShortQuiz(page: Page): Promise<void> {
	// The page is prerendered: a choice made before it comes alive would be undone.
	await page.goto('/quiz', { waitUntil: 'networkidle' });
	await page.getByRole('radio', { name: '૫', exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('.options button').first()).toBeEnabled();
		await page.keyboard.press('1');
		await expect(page.locator('.verdict')).toBeVisible();
		await page.getByRole('button', { name: n < 5 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
}

/** The "Your data" section: Settings has other status lines too. */
const yourData = (page: Page) => page.getByRole('region', { name: 'તમારો ડેટા' });
const status = (page: Page) => yourData(page).getByRole('status');

/** Backs up from Settings and returns the downloaded file's text. */
async function backUp(page: Page): Promise<string> {
	await page.goto('/settings', { waitUntil: 'networkidle' });
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'મારી પ્રગતિનો બેકઅપ લો' }).click();
	const download = await downloading;
	const name = download.suggestedFilename();
	expect(name).toMatch(/^kasoti-backup-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(status(page)).toContainText(`બેકઅપ ફાઇલ ${name} ડાઉનલોડ થઈ.`);
	return readFileSync(await download.path(), 'utf8');
}

function chooseFile(page: Page, name: string, text: string) {
	return page
		.getByLabel('બેકઅપ ફાઇલમાંથી પ્રગતિ પાછી લાવો')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('back up, delete everything, restore: the progress comes back as it was', async ({ page }) => {
	await playShortQuiz(page);
	const resultsUrl = page.url();
	await expect(page.locator('.score')).toBeVisible();
	const score = (await page.locator('.score').textContent())!;
	const before = await dump(page);
	expect(await counts(page)).toEqual([5, 1, 5, 5]);

	const file = await backUp(page);
	expect(JSON.parse(file)).toMatchObject({
		format: 'kasoti-backup',
		version: 5,
		preferences: { lang: 'gu', theme: 'system', digits: null, retention: 0.9, newPerDay: 20 },
		stores: { sets: [], stars: [], learn: [], assignments: [], results: [] }
	});

	await page.getByRole('button', { name: 'મારી બધી પ્રગતિ ભૂંસી નાખો' }).click();
	const warning = page.getByRole('group', { name: /બધા જવાબ, ક્વિઝ, કાર્ડ, કાર્ડ-સમીક્ષા, તારાંકન અને “શીખો”ના રાઉન્ડ ભૂંસાઈ જશે/ });
	await expect(warning).toContainText('તમારા પોતાના સેટ, વર્ગનાં પરિણામ અને સેટિંગ્સ રહેશે.');
	await expect(warning).toBeFocused();
	// Asking first: nothing is gone yet.
	expect(await counts(page)).toEqual([5, 1, 5, 5]);
	await warning.getByRole('button', { name: 'હા, મારી પ્રગતિ ભૂંસી નાખો' }).click();
	await expect(status(page)).toHaveText('બધી પ્રગતિ ભૂંસાઈ ગઈ.');
	expect(await counts(page)).toEqual([0, 0, 0, 0]);

	await chooseFile(page, 'kasoti-backup.json', file);
	const summary = page.getByRole('group', { name: /આ બેકઅપમાં છે/ });
	await expect(summary.getByRole('listitem')).toHaveText([
		'૫ જવાબ',
		'૧ ક્વિઝ',
		'૫ કાર્ડ',
		'૫ કાર્ડ-સમીક્ષા',
		'૦ તારાંકિત પ્રશ્ન',
		'૦ “શીખો” રાઉન્ડ',
		'૦ પોતાના સેટ',
		'૦ સોંપણી',
		'૦ વર્ગનાં પરિણામ',
		'સેટિંગ્સ: ભાષા, દેખાવ, અંકો અને અભ્યાસ'
	]);
	// Shown, not yet restored.
	expect(await counts(page)).toEqual([0, 0, 0, 0]);
	await expectAccessible(page, 'a backup read, to restore');
	await summary.getByRole('button', { name: 'હા, પાછું લાવો' }).click();
	await expect(status(page)).toHaveText('તમારી પ્રગતિ અને સેટિંગ્સ બેકઅપમાંથી પાછાં આવી ગયાં.');
	await expect(summary).toHaveCount(0);
	expect(await dump(page)).toEqual(before);

	// The app reads the restored quiz back: its results page shows the same score.
	await page.goto(resultsUrl);
	await expect(page.locator('.score')).toHaveText(score);
});

test('a damaged, foreign or broken file gets a clear message and changes nothing', async ({ page }) => {
	await playShortQuiz(page);
	const file = await backUp(page);
	const before = await dump(page);
	const alert = yourData(page).getByRole('alert');
	const confirm = page.getByRole('button', { name: 'હા, પાછું લાવો' });

	await chooseFile(page, 'cut-short.json', file.slice(0, file.length / 2));
	await expect(alert).toHaveText(/આ ફાઇલ બગડેલી કે અધૂરી છે. કંઈ બદલાયું નથી./);
	await expect(confirm).toHaveCount(0);

	await chooseFile(page, 'notes.json', '{"notes":["કાલે ક્વિઝ"]}');
	await expect(alert).toHaveText(/આ કસોટીની બેકઅપ ફાઇલ નથી. કંઈ બદલાયું નથી./);

	const broken = JSON.parse(file);
	broken.stores.cards[2].due = 'આવતીકાલે';
	await chooseFile(page, 'broken.json', JSON.stringify(broken));
	await expect(alert).toContainText('બેકઅપ ફાઇલમાં ભૂલ છે. કંઈ બદલાયું નથી.');
	await expect(alert.locator('code')).toHaveText('cards[2].due: not a date');
	await expect(confirm).toHaveCount(0);

	expect(await dump(page)).toEqual(before);
});

/** Makes a blank own set at /teach, which opens its editor. */
async function makeOwnSet(page: Page): Promise<void> {
	await page.goto('/teach', { waitUntil: 'networkidle' });
	const before = (await dump(page)).sets.length;
	await page.getByRole('button', { name: NEW_SET }).click();
	await expect.poll(async () => (await dump(page)).sets.length).toBe(before + 1);
}
const NEW_SET = /નવો સેટ/;

test('format 5: an own set is backed up and restored with the progress; a later one goes', async ({ page }) => {
	await playShortQuiz(page);
	await makeOwnSet(page);
	const file = await backUp(page);
	const written = JSON.parse(file);
	expect(written.version).toBe(5);
	expect(written.stores.sets).toHaveLength(1);
	const before = await dump(page);

	await makeOwnSet(page);
	expect((await dump(page)).sets).toHaveLength(2);
	await page.goto('/settings', { waitUntil: 'networkidle' });
	await chooseFile(page, 'kasoti-backup.json', file);
	const summary = page.getByRole('group', { name: /આ બેકઅપમાં છે/ });
	await expect(summary.getByRole('listitem').nth(6)).toHaveText('૧ પોતાના સેટ');
	await summary.getByRole('button', { name: 'હા, પાછું લાવો' }).click();
	await expect(status(page)).toHaveText('તમારી પ્રગતિ અને સેટિંગ્સ બેકઅપમાંથી પાછાં આવી ગયાં.');
	expect(await dump(page)).toEqual(before);
});

test('a crafted backup is refused with the field named, and nothing changes', async ({ page }) => {
	await playShortQuiz(page);
	await makeOwnSet(page);
	const file = await backUp(page);
	const before = await dump(page);
	const alert = yourData(page).getByRole('alert');
	const crafted: [string, (f: { stores: Record<string, Record<string, unknown>[]> }) => void][] = [
		['attempts[0].id: too large a record number', (f) => (f.stores.attempts![0]!.id = 2 ** 53)],
		['cards[1].difficulty: below zero', (f) => (f.stores.cards![1]!.difficulty = -1e6)],
		['sets[0].note: unknown field', (f) => (f.stores.sets![0]!.note = 'x'.repeat(100_000))]
	];
	for (const [detail, change] of crafted) {
		const bad = JSON.parse(file);
		change(bad);
		await chooseFile(page, 'crafted.json', JSON.stringify(bad));
		await expect(alert).toContainText('બેકઅપ ફાઇલમાં ભૂલ છે. કંઈ બદલાયું નથી.');
		await expect(alert.locator('code')).toHaveText(detail);
		await expect(page.getByRole('button', { name: 'હા, પાછું લાવો' })).toHaveCount(0);
	}
	expect(await dump(page)).toEqual(before);
});

/** Whether each of Settings' choices shows as chosen, by its radio's name. */
async function expectChosen(page: Page, names: string[]): Promise<void> {
	for (const name of names) await expect(page.getByRole('radio', { name, exact: true })).toBeChecked();
}

test('the settings go into the backup and come back with its restore, the page then in their language', async ({ page }) => {
	await page.goto('/settings', { waitUntil: 'networkidle' });
	await page.getByRole('radio', { name: 'ઘેરો', exact: true }).check();
	await page.getByRole('radio', { name: 'અંગ્રેજી (0123)', exact: true }).check();
	await page.getByRole('radio', { name: '95%', exact: true }).check();
	await page.getByRole('radio', { name: '10', exact: true }).check();
	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.getByText('the backup holds both, and the settings on this page too.')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up my progress' }).click();
	const file = readFileSync(await (await downloading).path(), 'utf8');
	expect(JSON.parse(file).preferences).toEqual({ lang: 'en', theme: 'dark', digits: 'ascii', retention: 0.95, newPerDay: 10 });

	// chosen again as a new phone has them
	await page.getByRole('radio', { name: 'ગુજરાતી', exact: true }).check();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('સેટિંગ્સ');
	await page.getByRole('radio', { name: 'ફોન મુજબ', exact: true }).check();
	await page.getByRole('radio', { name: 'ગુજરાતી (૦૧૨૩)', exact: true }).check();
	await page.getByRole('radio', { name: '૯૦%', exact: true }).check();
	await page.getByRole('radio', { name: '૨૦', exact: true }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');

	await chooseFile(page, 'kasoti-backup.json', file);
	const summary = page.getByRole('group', { name: /આ બેકઅપમાં છે/ });
	await expect(summary.getByRole('listitem').last()).toHaveText('સેટિંગ્સ: ભાષા, દેખાવ, અંકો અને અભ્યાસ');
	await expect(summary.getByText('આ ફોન પરનાં સેટિંગ્સની જગ્યાએ પણ બેકઅપનાં સેટિંગ્સ આવી જશે.')).toBeVisible();
	// Shown, not yet restored.
	await expectChosen(page, ['ગુજરાતી', 'ફોન મુજબ', 'ગુજરાતી (૦૧૨૩)', '૯૦%', '૨૦']);
	await summary.getByRole('button', { name: 'હા, પાછું લાવો' }).click();

	await expect(page.getByRole('region', { name: 'Your data' }).getByRole('status')).toHaveText(
		'Your progress and settings have been restored from the backup.'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expectChosen(page, ['English', 'Dark', 'English (0123)', '95%', '10']);
	// kept, not only shown: a reload reads them back
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expectChosen(page, ['English', 'Dark', 'English (0123)', '95%', '10']);
});
