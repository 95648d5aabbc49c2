/*
 * Importing teachers' files at /teach/import, in a real Chromium against the production build:
 * - each format (GIFT with Gujarati text and digits, Aiken, Anki text with #separator/#columns
 *   headers, a Quizlet TSV, a semicolon CSV, Kasoti JSON) is read through the file input; the
 *   preview names the format, prefills the title and counts the questions per category; "Import"
 *   stores one set, and then, offline, a quiz on that set is played to its results, all right;
 * - a proposed category is marked "proposed, check it", a missing one must be chosen (one by one
 *   or all at once), and "Import" waits for every category and both titles;
 * - broken JSON, wrong types, missing fields, binary data, an empty file, an unknown format
 *   and a file over 5 MB each show their message with its line or field in role="alert";
 *   "Import" stays disabled and the sets store stays empty (files with some broken questions:
 *   tests/import-partial.spec.ts);
 * - a broken GIFT file's problems are listed in Gujarati with the Gujarati interface, and in
 *   English with the English one;
 * - pasted text imports too, offline once a teacher page was opened online, and a dropped file;
 *   a file named like a built-in set gets a new id;
 * - imported text stays text: markup is shown as written and never rendered;
 * - pasted text loses U+202E and U+2061, a `{=\u2061}` question is refused with its line, prompts
 *   and answers are shown isolated (dir="auto"), and pasted JSON nested past any set is refused
 *   with its message instead of throwing.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { keepTeacherTools, waitForServiceWorker } from './helpers';

const FIXTURES = 'tests/fixtures/import';
const DIGITS = '૦૧૨૩૪૫૬૭૮૯';
/** A number in Gujarati digits, as the interface writes it. */
const gu = (n: number) => [...String(n)].map((d) => DIGITS[Number(d)]).join('');
/** Text as the quiz shows it with the Gujarati interface's digits: 1945 reads ૧૯૪૫. */
const inGujaratiDigits = (text: string) => text.replace(/[0-9]/g, (d) => DIGITS[Number(d)]!);
/** Text with its spacing and line breaks made single spaces. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const CSV = 'CSV/TSV કોષ્ટક (Quizlet, Anki, સ્પ્રેડશીટ)';
const PROPOSED = 'સૂચવેલી શ્રેણી — તપાસો';

type Stored = { id: string; title: string; title_en: string; categories: string[] };

/** The teacher's sets in IndexedDB, or none if the database was never made. */
async function storedSets(page: Page): Promise<Stored[]> {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((d) => d.name === 'kasoti')) return [];
		return new Promise<Stored[]>((resolve, reject) => {
			const open = indexedDB.open('kasoti');
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains('sets')) return db.close(), resolve([]);
				const all = db.transaction('sets').objectStore('sets').getAll();
				all.onsuccess = () => {
					db.close();
					type Row = { id: string; set: { title: string; title_en: string; questions: { category: string }[] } };
					resolve(
						(all.result as Row[]).map((r) => ({
							id: r.id,
							title: r.set.title,
							title_en: r.set.title_en,
							categories: r.set.questions.map((q) => q.category)
						}))
					);
				};
				all.onerror = () => reject(all.error);
			};
			open.onerror = () => reject(open.error);
		});
	});
}

const preview = (page: Page) => page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' });
const importButton = (page: Page) => preview(page).getByRole('button', { name: 'આયાત કરો', exact: true });
const fileInput = (page: Page) => page.getByLabel('ફાઇલ પસંદ કરો');

/** Prompt -> answer of every question the preview lists. */
async function previewAnswers(page: Page): Promise<Map<string, string>> {
	const answers = new Map<string, string>();
	for (const row of await preview(page).locator('.questions > li').all())
		answers.set(inGujaratiDigits(squash(await row.locator('.prompt').innerText())), await row.locator('.answer [lang=gu]').innerText());
	return answers;
}

/** Plays the active quiz to its results, answering each question right. */
async function playRight(page: Page, answers: Map<string, string>, total: number): Promise<void> {
	for (let n = 1; n <= total; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ${gu(total)}`);
		const prompt = inGujaratiDigits(squash(await page.locator('h1.prompt').innerText()));
		const answer = answers.get(prompt);
		expect(answer, `the quiz asks "${prompt}", which the preview listed`).toBeDefined();
		const options = page.locator('.options');
		if ((await options.count()) > 0) await options.getByRole('button', { name: inGujaratiDigits(answer!), exact: true }).click();
		else {
			await page.getByLabel('તમારો જવાબ લખો').fill(answer!);
			await page.getByRole('button', { name: 'તપાસો' }).click();
		}
		await expect(page.locator('.verdict')).toContainText('બરાબર!');
		await page.getByRole('button', { name: n < total ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	await expect(page.locator('.score')).toHaveText(`${gu(total)}માંથી ${gu(total)} સાચા`);
}

type Case = {
	file: string;
	format: string;
	title: string;
	total: number;
	/** Questions per category: dates, people, places. */
	counts: [number, number, number];
	proposed: number;
	note?: string;
};

const CASES: Case[] = [
	{
		file: 'gujarati.gift',
		format: 'Moodle GIFT',
		title: 'gujarati',
		total: 6,
		counts: [3, 2, 1],
		proposed: 0,
		note: 'પંક્તિ ૨૭ · પ્રશ્ન: આ જોડકાંનો પ્રશ્ન છે, જે કસોટી પૂછતી નથી; તે છોડી દીધો.'
	},
	{ file: 'aiken.txt', format: 'Moodle Aiken', title: 'aiken', total: 3, counts: [1, 1, 1], proposed: 3 },
	{ file: 'anki.txt', format: CSV, title: 'ગુજરાતી સમાચાર', total: 3, counts: [1, 1, 1], proposed: 0 },
	{ file: 'quizlet.tsv', format: CSV, title: 'quizlet', total: 3, counts: [1, 1, 1], proposed: 3 },
	{ file: 'semicolon.csv', format: CSV, title: 'semicolon', total: 3, counts: [1, 1, 1], proposed: 0 },
	{ file: 'kasoti.json', format: 'Kasoti JSON', title: 'ભુજમાં નવી વિજ્ઞાન શાળા', total: 2, counts: [0, 1, 1], proposed: 0 }
];

for (const c of CASES) {
	test(`${c.file}: preview, import, then a quiz on it offline`, async ({ page, context }) => {
		await waitForServiceWorker(page);
		await page.goto('/teach/import');
		await expect(page.getByRole('heading', { level: 1, name: 'પ્રશ્નો આયાત કરો' })).toBeVisible();
		await fileInput(page).setInputFiles(`${FIXTURES}/${c.file}`);

		const p = preview(page);
		await expect(p.locator('dd').first()).toHaveText(c.format);
		await expect(p.locator('dd').nth(1)).toHaveText(c.file);
		await expect(p.getByLabel('સેટનું નામ (ગુજરાતીમાં)')).toHaveValue(c.title);
		await expect(p.getByText(`આયાત થનારા પ્રશ્નો: ${gu(c.total)}`)).toBeVisible();
		const [dates, people, places] = c.counts;
		await expect(p.locator('.counts li')).toHaveText([`તારીખો: ${gu(dates)}`, `વ્યક્તિઓ: ${gu(people)}`, `સ્થળો: ${gu(places)}`]);
		await expect(p.locator('.questions > li')).toHaveCount(c.total);
		await expect(p.getByText(PROPOSED)).toHaveCount(c.proposed);
		if (c.note) await expect(p.getByText(c.note)).toBeVisible();
		await expect(page.getByRole('alert')).toHaveText('');
		expect(await storedSets(page)).toEqual([]);

		const answers = await previewAnswers(page);
		expect(answers.size).toBe(c.total);
		await importButton(page).click();
		await expect(page.getByRole('heading', { name: `“${c.title}” ${gu(c.total)} પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.` })).toBeFocused();
		const stored = await storedSets(page);
		expect(stored.map((s) => [s.title, s.categories.length])).toEqual([[c.title, c.total]]);
		await expect(page.getByRole('link', { name: 'તેમાં ફેરફાર કરો' })).toHaveAttribute(
			'href',
			`/teach/edit?id=${stored[0]!.id}`
		);

		await context.setOffline(true);
		await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
		await expect(page).toHaveURL(/\/quiz\/play$/);
		await playRight(page, answers, c.total);

		// a fresh load, offline: the set is among the quiz's sources
		await page.goto('/quiz');
		await expect(page.locator('select option', { hasText: `સેટ: ${c.title}` })).toHaveCount(1);
	});
}

test('a proposed category is marked, a missing one must be chosen before importing', async ({ page }) => {
	await page.goto('/teach/import');
	await fileInput(page).setInputFiles('tests/fixtures/import-ui/choose.tsv');
	const p = preview(page);
	const rows = p.locator('.questions > li');
	await expect(rows).toHaveCount(4);
	await expect(rows.nth(0)).toContainText(PROPOSED);
	await expect(rows.nth(0).getByLabel('શ્રેણી')).toHaveValue('place');
	await expect(rows.nth(1).getByLabel('શ્રેણી')).toHaveValue('person');
	await expect(rows.nth(2)).toContainText('ફાઇલમાં શ્રેણી નથી — પસંદ કરો');
	await expect(p.getByText('શ્રેણી બાકી: ૨')).toBeVisible();
	await expect(importButton(page)).toBeDisabled();
	await expect(p.getByText('પહેલાં દરેક પ્રશ્નની શ્રેણી પસંદ કરો (૨ બાકી).')).toBeVisible();

	await rows.nth(2).getByLabel('શ્રેણી').selectOption('place');
	await expect(p.getByText('શ્રેણી બાકી: ૧')).toBeVisible();
	await p.getByLabel('શ્રેણી વિનાના બધા પ્રશ્નોને આપો:').selectOption('date');
	await p.getByRole('button', { name: 'લાગુ કરો' }).click();
	await expect(p.locator('.counts li')).toHaveText(['તારીખો: ૧', 'વ્યક્તિઓ: ૧', 'સ્થળો: ૨']);
	await expect(importButton(page)).toBeEnabled();

	// both titles are needed
	await p.getByLabel('સેટનું નામ (અંગ્રેજીમાં)').fill('  ');
	await expect(importButton(page)).toBeDisabled();
	await expect(p.getByText('સેટને ગુજરાતી અને અંગ્રેજી નામ આપો.')).toBeVisible();
	await p.getByLabel('સેટનું નામ (ગુજરાતીમાં)').fill('મારા પ્રશ્નો');
	await p.getByLabel('સેટનું નામ (અંગ્રેજીમાં)').fill('My questions');
	await importButton(page).click();
	await expect(page.getByRole('heading', { name: '“મારા પ્રશ્નો” ૪ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeVisible();
	expect(await storedSets(page)).toEqual([
		{ id: 'choose', title: 'મારા પ્રશ્નો', title_en: 'My questions', categories: ['place', 'person', 'place', 'date'] }
	]);
});

const BAD: [file: string, format: string, expected: string[]][] = [
	['bad-broken.json', 'Kasoti JSON', ['પંક્તિ ૪ · bad-broken.json: પંક્તિ ૪, અક્ષર ૨ પાસે આ માન્ય JSON નથી']],
	[
		'bad-types.json',
		'Kasoti JSON',
		['શીર્ષક (ગુજરાતીમાં): અહીં ડબલ અવતરણચિહ્નમાં લખાણ જોઈએ, 42 નહીં.', 'પંક્તિ ૭ · બીજી જોડણીઓ: અહીં [ ]માં યાદી જોઈએ']
	],
	['bad-missing.json', 'Kasoti JSON', ['પંક્તિ ૭ · જવાબ: આ ખૂટે છે.', 'પંક્તિ ૭ · અવતરણ: આ ખૂટે છે.']],
	['bad-binary.xlsx', 'લખાણ નથી (સ્પ્રેડશીટ, PDF કે ચિત્ર)', ['bad-binary.xlsx: આ લખાણની ફાઇલ નથી']],
	['bad-empty.txt', 'ખાલી', ['bad-empty.txt: ફાઇલ ખાલી છે.']],
	['bad-unknown.txt', 'અજાણ્યો', ['bad-unknown.txt: કસોટી આ લખાણનો પ્રકાર ઓળખતી નથી']],
];

test('a bad file is refused with its line or field in an alert, and nothing is stored', async ({ page }) => {
	// the quiz screen opens the database, so an empty sets store is a real store, not a missing one
	await page.goto('/quiz');
	await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('kasoti');
	await page.goto('/teach/import');
	for (const [file, format, expected] of BAD) {
		await fileInput(page).setInputFiles(`${FIXTURES}/${file}`);
		await expect(preview(page).locator('dd')).toHaveText([format, file]);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('આ ફાઇલ આયાત થઈ શકે એમ નથી, અને કંઈ સચવાયું નથી.');
		for (const text of expected) await expect(alert, file).toContainText(text);
		await expect(importButton(page)).toBeDisabled();
		expect(await storedSets(page)).toEqual([]);
	}

	// too large to read at all
	await fileInput(page).setInputFiles({
		name: 'big.csv',
		mimeType: 'text/csv',
		buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a')
	});
	await expect(page.getByRole('alert')).toHaveText(/big\.csv બહુ મોટી છે \(૫\.૦ MB\)/);
	await expect(preview(page)).toHaveCount(0);
	expect(await storedSets(page)).toEqual([]);
});

test("a broken GIFT file's problems are listed in the interface's language, each with its line", async ({ page }) => {
	await page.goto('/teach/import');
	await fileInput(page).setInputFiles('tests/fixtures/import-ui/broken.gift');
	const problems = page.getByRole('alert').getByRole('listitem');
	await expect(problems).toHaveText([
		'પંક્તિ ૩ · જવાબ: કોઈ વિકલ્પ સાચો દર્શાવ્યો નથી: સાચા વિકલ્પની પહેલાં = મૂકો.',
		'પંક્તિ ૫ · જવાબ: "ઓગણીસસો સાઈઠ" સંખ્યા નથી.',
		'પંક્તિ ૭ · પ્રશ્ન: અહીં } છે પણ તેની પહેલાં { નથી (લખાણમાં કૌંસ માટે \\} લખો).'
	]);
	// nothing in the list is left in English
	await expect(page.getByRole('alert').locator('[lang="en"]')).toHaveCount(0);

	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await page.goto('/teach/import');
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible();
	await page.getByLabel('Choose a file').setInputFiles('tests/fixtures/import-ui/broken.gift');
	await expect(problems).toHaveText([
		'Line 3 · Answer: No option is marked right: mark it with =.',
		'Line 5 · Answer: "ઓગણીસસો સાઈઠ" is not a number.',
		'Line 7 · Question: There is a } with no { before it (write \\} for a brace in the text).'
	]);
});

test('pasted text imports, and markup in it is never rendered', async ({ page }) => {
	await page.goto('/teach/import');
	const box = page.getByLabel('પ્રશ્નો અહીં ચોંટાડો');
	const pasteButton = page.getByRole('button', { name: 'ચોંટાડેલું લખાણ આયાત કરો' });

	await pasteButton.click();
	await expect(page.getByRole('alert')).toContainText('ચોંટાડેલું લખાણ: ફાઇલ ખાલી છે.');

	await box.fill(
		'<img src=x onerror="window.pwned=1">ગુજરાતની રાજધાની કઈ છે?\tગાંધીનગર\n' +
			'<b>ભારતના</b> પ્રથમ\u0007 વડાપ્રધાન કોણ હતા? Cafe\u0301\tજવાહરલાલ નેહરુ\n'
	);
	await pasteButton.click();
	const p = preview(page);
	await expect(p.locator('dd')).toHaveText([CSV, 'ચોંટાડેલું લખાણ']);
	await expect(p.getByLabel('સેટનું નામ (ગુજરાતીમાં)')).toHaveValue('ચોંટાડેલા પ્રશ્નો');
	await expect(p.getByLabel('સેટનું નામ (અંગ્રેજીમાં)')).toHaveValue('Pasted questions');
	const prompts = p.locator('.questions .prompt');
	// fields with tags are HTML, as Anki reads them: the tags go, the image is named as left out
	await expect(prompts).toHaveText([
		'ગુજરાતની રાજધાની કઈ છે?',
		// the control character is gone, and "e" + accent is one letter (NFC)
		'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા? Caf\u00e9'
	]);
	await expect(p.getByText('ચિત્ર છોડી દીધું ("x"): કસોટી ફક્ત લખાણ બતાવે છે.')).toBeVisible();
	await expect(page.locator('main img, main b')).toHaveCount(0);

	await importButton(page).click();
	await expect(page.getByRole('heading', { name: '“ચોંટાડેલા પ્રશ્નો” ૨ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeVisible();
	expect(await storedSets(page)).toEqual([
		{ id: 'imported-questions', title: 'ચોંટાડેલા પ્રશ્નો', title_en: 'Pasted questions', categories: ['place', 'person'] }
	]);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('once a teacher page was opened online, pasted text imports offline too: the parsers were kept', async ({ page, context }) => {
	await keepTeacherTools(page);
	await context.setOffline(true);
	await page.goto('/teach/import');
	await page.getByLabel('પ્રશ્નો અહીં ચોંટાડો').fill('ગુજરાતની રાજધાની કઈ છે?\tગાંધીનગર\nભારતના પ્રથમ વડાપ્રધાન કોણ હતા?\tજવાહરલાલ નેહરુ\n');
	await page.getByRole('button', { name: 'ચોંટાડેલું લખાણ આયાત કરો' }).click();
	await expect(preview(page).locator('dd')).toHaveText([CSV, 'ચોંટાડેલું લખાણ']);
	await importButton(page).click();
	await expect(page.getByRole('heading', { name: '“ચોંટાડેલા પ્રશ્નો” ૨ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeVisible();
});

test('pasted invisible characters are removed, an invisible answer is refused with its line', async ({ page }) => {
	await page.goto('/teach/import');
	const box = page.getByLabel('પ્રશ્નો અહીં ચોંટાડો');
	const pasteButton = page.getByRole('button', { name: 'ચોંટાડેલું લખાણ આયાત કરો' });
	const good = '::a:: ભારતના\u202E પ્રથમ વડાપ્રધાન કોણ હતા? {=જવાહરલાલ\u2061 નેહરુ ~સરદાર પટેલ}';

	await box.fill(`${good}\n\n::b:: ગુજરાતની રાજધાની કઈ છે? {=\u2061}\n`);
	await pasteButton.click();
	// pasted, not chosen: there is no file to fix and choose again
	await expect(page.getByRole('alert')).toContainText('ભૂલ છે, એટલે તે જેમ છે તેમ આયાત નહીં થાય. લખાણ સુધારીને ફરી આયાત કરો');
	await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
		'પંક્તિ ૩ · જવાબ: આમાં ફક્ત અદૃશ્ય અક્ષરો (U+2061) છે: કોઈ તેને જોઈ કે લખી શકે નહીં. સાદા અક્ષરોમાં ફરી લખો.'
	]);

	await box.fill(good);
	await pasteButton.click();
	const prompt = preview(page).locator('.questions .prompt');
	await expect(prompt).toHaveText('ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?');
	expect(await prompt.textContent()).toBe('ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?');
	await expect(prompt).toHaveAttribute('dir', 'auto');
	const answer = preview(page).locator('.questions .answer [lang=gu]');
	expect(await answer.textContent()).toBe('જવાહરલાલ નેહરુ');
	await expect(answer).toHaveAttribute('dir', 'auto');

	// regression: nested brackets threw out of the paste button and showed nothing
	await box.fill('['.repeat(100_000));
	await pasteButton.click();
	await expect(page.getByRole('alert')).toContainText('કૌંસ ૩૨થી વધુ સ્તર ઊંડા છે');
	expect(await storedSets(page)).toEqual([]);
});

test('a dropped file imports, and a built-in set id is never reused', async ({ page }) => {
	await page.goto('/teach/import');
	const dataTransfer = await page.evaluateHandle(() => {
		const transfer = new DataTransfer();
		const text = 'ગુજરાતની રાજધાની કઈ છે?\tગાંધીનગર\nભારતના પ્રથમ વડાપ્રધાન કોણ હતા?\tજવાહરલાલ નેહરુ\n';
		transfer.items.add(new File([text], 'kim-russia-trip.tsv', { type: 'text/tab-separated-values' }));
		return transfer;
	});
	// A drop before the page has started is the browser's, not the page's: try until the page takes it.
	await expect(async () => {
		await page.getByRole('region', { name: 'ફાઇલમાંથી' }).dispatchEvent('drop', { dataTransfer });
		await expect(preview(page).locator('dd')).toHaveText([CSV, 'kim-russia-trip.tsv'], { timeout: 1000 });
	}).toPass();
	await importButton(page).click();
	await expect(page.getByRole('link', { name: 'તેમાં ફેરફાર કરો' })).toHaveAttribute(
		'href',
		'/teach/edit?id=kim-russia-trip-2'
	);
	expect((await storedSets(page)).map((s) => s.id)).toEqual(['kim-russia-trip-2']);
});
