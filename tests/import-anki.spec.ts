/*
 * Anki's files in and out, in a real Chromium against the production build:
 * - a teacher picks an Anki "Notes in Plain Text" export (GUID, note type, deck and tags columns,
 *   HTML fields, a cloze note, an image) on /teach/import: the preview names the deck as the set's
 *   title, counts its seven questions, and lists as notes the note types and the image left out;
 *   "Import" stores the set, and its page /set?id=… lists every question, the cloze note as a
 *   missing-word question;
 * - on /teach, "Anki file" and "CSV file (spreadsheet)" download `<set title>.anki.txt`, opening
 *   with Anki's headers, the set's title as the deck, its id and English title in lines Anki passes
 *   over, and a note per question, and `<set title>.csv`,
 *   opening with a byte-order mark and the header row Kasoti reads back; each says it was downloaded,
 *   and the Anki file what it has no place for (options, spellings, English, explanation, quotes).
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';

const FILE = 'tests/fixtures/import-real/anki-notes.txt';
const TITLE = 'કરંટ અફેર્સ ૨૦૨૪';
const JSON_TITLE = 'ભુજમાં નવી વિજ્ઞાન શાળા';
const PROMPTS = [
	'ગુજરાતની રાજધાની કઈ છે?',
	'સ્ટેચ્યુ ઑફ યુનિટીનું લોકાર્પણ કયા વર્ષે થયું?',
	'ક્ષેત્રફળની દૃષ્ટિએ ભારતનો સૌથી મોટો જિલ્લો કયો છે?',
	'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?',
	'ગાંધીજીએ "હિંદ છોડો" આંદોલન કયા વર્ષે શરૂ કર્યું?',
	'રશિયાના રાષ્ટ્રપતિ',
	'ચંદ્રયાન-૩ _____ના રોજ ચંદ્ર પર ઊતર્યું.'
];

const preview = (page: Page) => page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' });

test('an Anki export imports with its deck as the title, and its set lists every question', async ({ page }) => {
	await page.goto('/teach/import');
	await page.getByLabel('ફાઇલ પસંદ કરો').setInputFiles(FILE);
	const p = preview(page);
	await expect(p.locator('dd').first()).toHaveText('CSV/TSV કોષ્ટક (Quizlet, Anki, સ્પ્રેડશીટ)');
	await expect(p.getByLabel('સેટનું નામ (ગુજરાતીમાં)')).toHaveValue(TITLE);
	await expect(p.getByText('આયાત થનારા પ્રશ્નો: ૭')).toBeVisible();
	await expect(p.locator('.counts li')).toHaveText(['તારીખો: ૩', 'વ્યક્તિઓ: ૨', 'સ્થળો: ૨']);
	await expect(p.getByRole('listitem').filter({ hasText: 'Ankiનો નોટ પ્રકાર "Basic, Basic (and reversed card), Cloze" છોડી દીધો' })).toHaveCount(1);
	await expect(p.getByRole('listitem').filter({ hasText: 'ચિત્ર છોડી દીધું ("kutch-map.jpg")' })).toHaveCount(1);
	await expect(page.getByRole('alert')).toHaveText('');

	await p.getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { name: `“${TITLE}” ૭ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.` })).toBeFocused();
	const href = await page.getByRole('link', { name: 'તેમાં ફેરફાર કરો' }).getAttribute('href');
	const id = new URL(href!, 'http://x').searchParams.get('id')!;

	await page.goto(`/set?id=${encodeURIComponent(id)}`);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	for (const prompt of PROMPTS) await expect(page.getByText(prompt, { exact: true })).toHaveCount(1);
});

test('"Anki file" and "CSV file" on /teach download the set as Anki and a spreadsheet read it', async ({ page }) => {
	// a Kasoti JSON set: the download is what is tested, whatever file the set came from
	await page.goto('/teach/import');
	await page.getByLabel('ફાઇલ પસંદ કરો').setInputFiles('tests/fixtures/import/kasoti.json');
	await preview(page).getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { name: `“${JSON_TITLE}” ૨ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.` })).toBeFocused();
	await page.goto('/teach');
	const card = page.getByRole('article', { name: JSON_TITLE });
	await card.getByText('ફાઇલ તરીકે ઉતારો કે વહેંચો').click();

	let downloading = page.waitForEvent('download');
	// named with its set, as read out of the row in a list of buttons
	await page.getByRole('button', { name: `Anki ફાઇલ: ${JSON_TITLE}`, exact: true }).click();
	let download = await downloading;
	expect(download.suggestedFilename()).toBe(`${JSON_TITLE}.anki.txt`);
	const anki = readFileSync(await download.path(), 'utf8').split('\n');
	expect(anki.slice(0, 10)).toEqual([
		'#separator:tab',
		'#html:false',
		`#deck:${JSON_TITLE}`,
		'#kasoti-set:bhuj-science-school',
		'#kasoti-title-en:A new science school in Bhuj',
		'#notetype:Basic',
		'#columns:GUID\tFront\tBack\tTags',
		'#guid column:1',
		'#tags column:4',
		'bhuj-school-opened-by\t૧૨ માર્ચ ૨૦૨૫ના રોજ ભુજમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન કોણે કર્યું?\tમીરા દેસાઈ\tperson'
	]);
	// what Anki's two fields have no place for is named, so the teacher does not find it out later
	await expect(card.getByRole('status')).toHaveText(
		`${JSON_TITLE}.anki.txt ડાઉનલોડ થઈ. આ ફાઇલમાં ખોટા વિકલ્પો (૨ પ્રશ્નોમાં), બીજી જોડણીઓ (૨ પ્રશ્નોમાં), ` +
			'અંગ્રેજી વાક્યો (૨ પ્રશ્નોમાં), સમજૂતીઓ (૧ પ્રશ્નમાં) અને લેખનાં અવતરણો (૨ પ્રશ્નોમાં) સમાતાં નથી; JSON ફાઇલમાં બધું સચવાય છે.'
	);

	downloading = page.waitForEvent('download');
	await card.getByRole('button', { name: 'CSV ફાઇલ (સ્પ્રેડશીટ)' }).click();
	download = await downloading;
	expect(download.suggestedFilename()).toBe(`${JSON_TITLE}.csv`);
	const csv = readFileSync(await download.path());
	// the UTF-8 byte-order mark, so Excel reads the Gujarati right
	expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = csv.toString('utf8').slice(1).split('\r\n');
	expect(rows[0]).toBe('id,question,answer,category,kind,accept,distractors,en,explanation,quote,tags');
	expect(rows[1]!.startsWith('bhuj-school-opened-by,૧૨ માર્ચ ૨૦૨૫ના રોજ ભુજમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન કોણે કર્યું?,મીરા દેસાઈ,person,,')).toBe(true);
	// a CSV has a column for all these questions hold
	await expect(card.getByRole('status')).toHaveText(`${JSON_TITLE}.csv ડાઉનલોડ થઈ.`);
});
