/*
 * Teachers' files with HTML character references and mixed encodings at /teach/import, in a real
 * Chromium against the production build:
 * - a Moodle [html] question's &ldquo; &rsquo; &hellip; &mdash; and numeric references show as the
 *   characters they name, in the preview and, once imported, on the set page;
 * - a UTF-8 CSV with one line pasted from a Windows-1252 file: its Gujarati shows as written, and
 *   the note names that one line, not the whole file, in Gujarati and in English;
 * - a CSV answer "False" (no wrong answer written) and an Aiken "A. True / B. False" pair are asked
 *   with the two options સાચું and ખોટું alone, સાચું first, not beside names drawn from the bank, and
 *   in a typed quiz as true/false statements; Learn asks one as a choice of the two, and a right choice
 *   masters it;
 * - in English the two options, the feedback and the results say True and False, and the feedback
 *   shows no made "fact" that only repeats the statement with its verdict;
 * - a teacher's set without options of its own is asked with its own answers as options, never the
 *   built-in bank's Russian and Korean places.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { storedRecords, usePreferences } from './helpers';

const preview = (page: Page) => page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' });
const fileInput = (page: Page) => page.getByLabel('ફાઇલ પસંદ કરો');

test('a Moodle question’s character references show as their characters, in the preview and on the set page', async ({ page }) => {
	await page.goto('/teach/import');
	const gift = [
		'$CATEGORY: $course$/top/people',
		'',
		'::Lokhandi::[html]<p>&ldquo;લોખંડી પુરુષ&rdquo; તરીકે કોણ ઓળખાય છે&#x3F; It&rsquo;s a nickname&hellip;</p>',
		'{=સરદાર&nbsp;પટેલ#ખરું &mdash; &#x0AAC;&#x0ABE;&#x0AB0;&#x0AA1;&#x0ACB;&#x0AB2;&#x0AC0; ~Ren&eacute; Descartes ~Nehru}'
	].join('\n');
	await fileInput(page).setInputFiles({ name: 'sardar.gift', mimeType: 'text/plain', buffer: Buffer.from(gift) });
	const p = preview(page);
	await expect(p.locator('.questions')).toContainText('“લોખંડી પુરુષ” તરીકે કોણ ઓળખાય છે? It’s a nickname…');
	await expect(p.locator('.questions')).not.toContainText('&');
	await p.getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { name: /તમારા સેટમાં સચવાયો\.$/ })).toBeFocused();
	const [stored] = await storedRecords<{ set: { id: string } }>(page, 'sets');

	await page.goto(`/set?id=${stored!.set.id}`);
	const main = page.getByRole('main');
	await expect(main).toContainText('“લોખંડી પુરુષ” તરીકે કોણ ઓળખાય છે? It’s a nickname…');
	// the feedback for the answer: &mdash; and the numeric references of બારડોલી
	await expect(main).toContainText('ખરું — બારડોલી');
	await expect(main).not.toContainText('&');
});

/** A UTF-8 CSV of Gujarati questions with its third line pasted from a file Excel saved in Windows-1252. */
const mixedCsv = () => ({
	name: 'kavi.csv',
	mimeType: 'text/csv',
	buffer: Buffer.concat([
		Buffer.from('question,answer,category\nનર્મદનો જન્મ કયા શહેરમાં થયો?,સુરત,place\n'),
		Buffer.from('Who sang \x93Vaishnav Jan\x94 first?,Narsinh Mehta\x92s disciples,person\n', 'latin1'),
		Buffer.from('“સરસ્વતીચંદ્ર”ના લેખક કોણ?,ગોવર્ધનરામ ત્રિપાઠી,person\n')
	])
});

test('a UTF-8 file with one Windows-1252 line shows its Gujarati and names only that line in the note', async ({ page }) => {
	await page.goto('/teach/import');
	await fileInput(page).setInputFiles(mixedCsv());
	const p = preview(page);
	await expect(p.locator('.questions > li')).toHaveCount(3);
	await expect(p.locator('.questions')).toContainText('નર્મદનો જન્મ કયા શહેરમાં થયો?');
	await expect(p.locator('.questions')).toContainText('Who sang “Vaishnav Jan” first?');
	await expect(p.getByRole('heading', { name: 'નોંધ (આનાથી આયાત અટકતી નથી)' }).locator('+ ul > li')).toHaveText([
		'પંક્તિ ૩ · kavi.csv: અહીંના અક્ષરો UTF-8માં નથી: તેમને Windows-1252 (પશ્ચિમ યુરોપીય) તરીકે વાંચ્યા છે, ' +
			'જેમાં Excel é, ’ અને “ ” સાચવે છે; તે બરાબર દેખાય છે કે નહીં તે તપાસો. Windows-1252માં ગુજરાતી અક્ષરો જ નથી, ' +
			'એટલે તેમાં સચવાયેલું ગુજરાતી લખાણ ખોવાઈ ગયું છે. ફાઇલને "CSV UTF-8" કે UTF-8 લખાણ તરીકે સાચવીને ફરી આયાત કરો.'
	]);
});

test('the same note in English names the line too', async ({ page }) => {
	await usePreferences(page, { lang: 'en', theme: 'light' });
	await page.goto('/teach/import');
	await page.getByLabel('Choose a file').setInputFiles(mixedCsv());
	const notes = page.getByRole('heading', { name: 'Notes (these do not stop the import)' }).locator('+ ul > li');
	await expect(notes).toHaveText([
		'Line 3 · kavi.csv: Letters here are not in UTF-8: they were read as Windows-1252 (Western European), ' +
			'as Excel saves é, ’ and “ ”; check that they look right. Windows-1252 has no Gujarati letters, ' +
			'so Gujarati saved in it was lost. Save the file as "CSV UTF-8" or as UTF-8 text and import it again.'
	]);
});

test('a CSV “False” and an Aiken True/False pair are asked with સાચું and ખોટું alone, never typed', async ({ page }) => {
	const files = [
		{
			name: 'satya.csv',
			text: 'question,answer,category\nગિરનું જંગલ કચ્છમાં આવેલું છે.,False,place\n',
			statement: 'ગિરનું જંગલ કચ્છમાં આવેલું છે.'
		},
		{
			name: 'nadi.txt',
			text: 'The Sabarmati flows through Ahmedabad.\nA. True\nB. False\nANSWER: A\n',
			statement: 'The Sabarmati flows through Ahmedabad.'
		}
	];
	for (const { name, text, statement } of files) {
		await page.goto('/teach/import');
		await fileInput(page).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
		const p = preview(page);
		// Aiken names no category: the teacher chooses one
		if (name.endsWith('.txt')) await p.getByRole('combobox', { name: 'શ્રેણી', exact: true }).selectOption({ label: 'સ્થળો' });
		await p.getByRole('button', { name: 'આયાત કરો', exact: true }).click();
		await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
		await expect(page).toHaveURL(/\/quiz\/play$/);
		await expect(page.locator('h1')).toHaveText(statement);
		const options = page.locator('.options').getByRole('button');
		// in the order of the statement's own buttons, whichever is right
		await expect(options.locator('.text')).toHaveText(['સાચું', 'ખોટું']);
	}

	// a typed quiz asks each as a statement: there is nothing to type but સાચું
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: satya' });
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page.locator('blockquote')).toHaveText('ગિરનું જંગલ કચ્છમાં આવેલું છે.');
	await expect(page.locator('.choices').getByRole('button')).toHaveText([/સાચું/, /ખોટું/]);
	await expect(page.getByLabel('તમારો જવાબ લખો')).toHaveCount(0);

	// Learn asks a statement as a choice of the two words alone, and a right choice masters it: nothing to type
	const [satya] = (await storedRecords<{ id: string; set: { questions: unknown[] } }>(page, 'sets')).filter((r) => r.id.startsWith('satya'));
	await page.goto(`/learn?set=${satya!.id}`);
	const options = page.locator('.options button');
	await expect(options).toHaveText([/સાચું/, /ખોટું/]);
	await options.filter({ hasText: 'ખોટું' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
	await page.getByRole('button', { name: 'આગળ', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'બધા પ્રશ્નો પાકા થયા!' })).toBeVisible();
	await expect(page.getByLabel('તમારો જવાબ લખો')).toHaveCount(0);
});

// regression: an English screen asked a teacher's true/false statement with «સાચું» and «ખોટું», and said "The answer: ખોટું"
test('in English, a true/false statement is a choice of True and False, and the feedback and results say them', async ({ page }) => {
	await usePreferences(page, { lang: 'en', theme: 'light' });
	await page.goto('/teach/import');
	const csv = 'question,answer,category\nગિરનું જંગલ કચ્છમાં આવેલું છે.,False,place\n';
	await page.getByLabel('Choose a file').setInputFiles({ name: 'satya.csv', mimeType: 'text/plain', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('button', { name: 'Take a quiz on it' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	const options = page.locator('.options').getByRole('button');
	await expect(options.locator('.text')).toHaveText(['True', 'False']);
	await expect(options.first().locator('.text')).toHaveAttribute('lang', 'en');
	await options.first().click();
	await expect(page.locator('.feedback .answer')).toHaveText('The answer: False');
	// no "fact" that is the statement again with «ખોટું» after it
	await expect(page.locator('.feedback figure')).toHaveCount(0);
	await page.getByRole('button', { name: 'See the results' }).click();
	await expect(page.locator('.missed .given')).toHaveText('✗ Your answer: True');
	await expect(page.locator('.missed .answer')).toHaveText('✓ The answer: False');
});

// regression: a teacher's Gujarat set was asked with મોસ્કો, વ્લાદિવોસ્તોક and પ્યોંગયાંગ as options
test('a teacher’s set without options of its own is asked with its own answers, not the built-in bank’s places', async ({ page }) => {
	const rows = [
		['રણોત્સવ કયા જિલ્લાના સફેદ રણમાં યોજાય છે?', 'કચ્છ'],
		['સ્ટેચ્યુ ઑફ યુનિટી કયા જિલ્લામાં છે?', 'નર્મદા'],
		['રાણકી વાવ કયા જિલ્લામાં છે?', 'પાટણ']
	];
	const csv = ['question,answer,category,kind', ...rows.map(([q, a]) => `${q},${a},place,region`)].join('\n');
	await page.goto('/teach/import');
	await fileInput(page).setInputFiles({ name: 'jilla.csv', mimeType: 'text/plain', buffer: Buffer.from(csv) });
	await preview(page).getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	const answers = rows.map(([, a]) => a!);
	for (let n = 0; n < rows.length; n++) {
		const options = page.locator('.options').getByRole('button');
		// three answers make three options: a fourth would be borrowed from another set
		await expect(options).toHaveCount(3);
		for (const text of await options.locator('.text').allTextContents()) expect(answers).toContain(text);
		await options.first().click();
		await page.locator('.feedback').getByRole('button').click();
	}
});
