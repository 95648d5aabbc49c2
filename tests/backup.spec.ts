/*
 * "Your data" in Settings, in a real Chromium against the production build:
 * - after a short quiz, "back up my progress" downloads a kasoti-backup-YYYY-MM-DD.json file;
 * - "delete all my progress" asks first, then empties every store;
 * - restoring the downloaded file shows what it holds, asks, and brings every record back as it was
 *   (the quiz's results page shows the same score again);
 * - a damaged file, another app's JSON and a backup with one bad record each get a clear message
 *   (role="alert") and leave the stored data exactly as it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

type Dump = Record<'attempts' | 'quizzes' | 'cards' | 'reviews', unknown[]>;

/** Every record of every store, read straight from IndexedDB. */
function dump(page: Page): Promise<Dump> {
	return page.evaluate(
		() =>
			new Promise<Dump>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = ['attempts', 'quizzes', 'cards', 'reviews'] as const;
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
	expect(JSON.parse(file)).toMatchObject({ format: 'kasoti-backup', version: 1 });

	await page.getByRole('button', { name: 'મારી બધી પ્રગતિ ભૂંસી નાખો' }).click();
	const warning = page.getByRole('group', { name: /બધા જવાબ, ક્વિઝ અને કાર્ડ ભૂંસાઈ જશે/ });
	await expect(warning).toBeFocused();
	// Asking first: nothing is gone yet.
	expect(await counts(page)).toEqual([5, 1, 5, 5]);
	await warning.getByRole('button', { name: 'હા, બધું ભૂંસી નાખો' }).click();
	await expect(status(page)).toHaveText('બધી પ્રગતિ ભૂંસાઈ ગઈ.');
	expect(await counts(page)).toEqual([0, 0, 0, 0]);

	await chooseFile(page, 'kasoti-backup.json', file);
	const summary = page.getByRole('group', { name: /આ બેકઅપમાં છે/ });
	await expect(summary.getByRole('listitem')).toHaveText(['૫ જવાબ', '૧ ક્વિઝ', '૫ કાર્ડ', '૫ ગુણ']);
	// Shown, not yet restored.
	expect(await counts(page)).toEqual([0, 0, 0, 0]);
	await summary.getByRole('button', { name: 'હા, પાછું લાવો' }).click();
	await expect(status(page)).toHaveText('તમારી પ્રગતિ બેકઅપમાંથી પાછી આવી ગઈ.');
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
