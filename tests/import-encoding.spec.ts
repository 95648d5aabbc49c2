/*
 * Files Excel saved in Windows "ANSI" at /teach/import, in a real Chromium against the production build:
 * - bytes that are not UTF-8 (café, d’Or, “President”, –) are read as Windows-1252 and shown as
 *   written, with a note that the file was not UTF-8, instead of U+FFFD or "not a text file";
 * - a question whose Gujarati letters became "?" is listed as a mistake with its line and the
 *   advice to save as "CSV UTF-8", and is not among the questions to import;
 * - an Aiken question with "a)" choices imports, and two choices lettered "A)" are named by line.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';

const preview = (page: Page) => page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' });
const fileInput = (page: Page) => page.getByLabel('ફાઇલ પસંદ કરો');
/** A file of these bytes, each character one byte, as Windows-1252 writes it. */
const ansi = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'latin1') });

test('a Windows-1252 CSV is read with a note, and a question that lost its letters to "?" is named by its line', async ({ page }) => {
	await page.goto('/teach/import');
	const rows = [
		'question,answer,category',
		'Which caf\xe9 is d\x92Or?,Caf\xe9 \x93Paris\x94,place',
		'\x93President\x94 \x96 who?,Gandhi,person',
		'Na\xefve \x96 \xe9t\xe9?,R\xe9sum\xe9,date',
		'????? ??????? ??? ???,?????? ?????,person'
	];
	await fileInput(page).setInputFiles(ansi('ansi.csv', `${rows.join('\r\n')}\r\n`));
	const p = preview(page);
	await expect(p).toContainText(
		'ansi.csv: અહીંના અક્ષરો UTF-8માં નથી: તેમને Windows-1252 (પશ્ચિમ યુરોપીય) તરીકે વાંચ્યા છે, જેમાં Excel é, ’ અને “ ” સાચવે છે'
	);
	await expect(p.locator('.questions > li')).toHaveCount(3);
	await expect(p.locator('.questions')).toContainText('Which café is d’Or?');
	await expect(p.locator('.questions')).toContainText('“President” – who?');
	await expect(p.locator('.questions')).not.toContainText('\uFFFD');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('૧ પ્રશ્નમાં ભૂલ છે');
	await expect(alert.getByRole('listitem')).toHaveText([
		'પંક્તિ ૫ · પ્રશ્ન: અહીંના અક્ષરો "?" બની ગયા છે: ' +
			'ફાઇલ ગુજરાતી અક્ષરો વગરના એન્કોડિંગમાં સચવાઈ છે (Excelનું "CSV (Comma delimited)"). ' +
			'Excelમાં Save As કરી "CSV UTF-8 (Comma delimited)" પસંદ કરો અને એ ફાઇલ આયાત કરો.'
	]);
});

test('an Aiken file with "a)" choices imports; two choices lettered "A)" are named by line', async ({ page }) => {
	await page.goto('/teach/import');
	const text = [
		'ગુજરાતના મુખ્યમંત્રી કોણ છે?',
		'a) ભૂપેન્દ્ર પટેલ',
		'b) વિજય રૂપાણી',
		'ANSWER: A',
		'',
		'ગુજરાતની રાજધાની કઈ છે?',
		'A) ગાંધીનગર',
		'A) અમદાવાદ',
		'ANSWER: A'
	].join('\n');
	await fileInput(page).setInputFiles({ name: 'quiz.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
	const p = preview(page);
	await expect(p.locator('.questions > li')).toHaveCount(1);
	await expect(p.locator('.questions')).toContainText('ભૂપેન્દ્ર પટેલ');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('૧ પ્રશ્નમાં ભૂલ છે');
	await expect(alert.getByRole('listitem')).toHaveText([
		'પંક્તિ ૮ · વિકલ્પો: બે વિકલ્પોનો અક્ષર A) છે (પહેલો પંક્તિ ૭ પર): દરેક વિકલ્પને અલગ અક્ષર આપો, A), B), C).'
	]);
});
