/*
 * Files with some broken questions, and new versions of a set, at /teach/import in a real
 * Chromium against the production build:
 * - a file with broken questions (duplicate JSON ids, a bad Aiken answer, an unclosed GIFT brace,
 *   a CSV row without its answer) lists each broken one with its line, says how many are left
 *   out, and "Import" waits until the teacher ticks "leave them out"; then the good ones are
 *   stored, and nothing before;
 * - importing a file whose set is already on the phone offers to update it, with how many
 *   questions keep their progress; updating keeps one set whose unchanged questions keep their ids
 *   (and the answers given to them count on Progress), "keep both" makes a second set.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { storedRecords } from './helpers';

const FIXTURES = 'tests/fixtures/import';
const preview = (page: Page) => page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' });
const fileInput = (page: Page) => page.getByLabel('ફાઇલ પસંદ કરો');

type SetRow = { id: string; set: { title: string; questions: { id: string; prompt: string }[] } };
const storedSets = (page: Page) => storedRecords<SetRow>(page, 'sets');

const PARTIAL: [file: string, line: string, left: string, good: number][] = [
	['bad-duplicate-ids.json', 'પંક્તિ ૧૭ · ઓળખ: પંક્તિ ૭ પરના પ્રશ્નની ઓળખ પણ આ જ છે: દરેક પ્રશ્નને અલગ ઓળખ આપો.', '૧', 1],
	['bad-answer.aiken.txt', 'પંક્તિ ૧૦ · જવાબ: "ANSWER: E" કોઈ વિકલ્પનો અક્ષર નથી: વિકલ્પો A, B, C છે.', '૧', 1],
	['bad-unclosed.gift', 'પંક્તિ ૩ · પ્રશ્ન: અહીં { ખૂલે છે પણ }થી ક્યાંય બંધ થતો નથી.', '૧', 2]
];

for (const [file, line, left, good] of PARTIAL) {
	test(`${file}: the broken question is named, the good ones import only when the teacher says so`, async ({ page }) => {
		await page.goto('/quiz');
		await page.goto('/teach/import');
		await fileInput(page).setInputFiles(`${FIXTURES}/${file}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`${left} પ્રશ્નમાં ભૂલ છે, એટલે તે જેમ છે તેમ આયાત નહીં થાય.`);
		await expect(alert.getByRole('listitem')).toHaveText([line]);
		const p = preview(page);
		const importButton = p.getByRole('button', { name: 'આયાત કરો', exact: true });
		await expect(importButton).toBeDisabled();
		await expect(p.locator('#import-waiting')).toHaveText('ભૂલવાળા પ્રશ્નો છોડવા માટે ખાનામાં ✓ કરો, અથવા ફાઇલ સુધારીને ફરી પસંદ કરો.');
		await expect(p.locator('.questions > li')).toHaveCount(good);
		// Aiken gives no categories: the teacher chooses them as for any file
		const setAll = p.getByRole('combobox', { name: 'શ્રેણી વિનાના બધા પ્રશ્નોને આપો:' });
		if (await setAll.count()) {
			await setAll.selectOption('date');
			await p.getByRole('button', { name: 'લાગુ કરો' }).click();
		}
		expect(await storedSets(page)).toEqual([]);
		await p.getByRole('checkbox', { name: `ઉપર બતાવેલ ${left} પ્રશ્ન છોડી દો અને બાકીના ${['૦', '૧', '૨'][good]} આયાત કરો` }).check();
		await expect(importButton).toBeEnabled();
		await importButton.click();
		await expect(page.getByRole('heading', { level: 2, name: /સચવાયો/ })).toBeFocused();
		const sets = await storedSets(page);
		expect(sets.map((s) => s.set.questions.length)).toEqual([good]);
	});
}

const VERSION_1 = 'question,answer,category\nગુજરાતની સ્થાપના કયા વર્ષે થઈ?,1960,date\nદાંડી કૂચ કયા વર્ષે થઈ?,1930,date\nભારતના પ્રથમ વડાપ્રધાન કોણ હતા?,જવાહરલાલ નેહરુ,person\n';
const VERSION_2 = 'question,answer,category\nદાંડી કૂચ કયા વર્ષે થઈ?,1930,date\nભારતના પ્રથમ વડાપ્રધાન કોણ હતા?,નેહરુ,person\nગુજરાતની રાજધાની કઈ છે?,ગાંધીનગર,place\n';
const csv = (text: string) => ({ name: 'itihas.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

test('a new version of a set on the phone updates it, and unchanged questions keep their progress', async ({ page }) => {
	await page.goto('/teach/import');
	await fileInput(page).setInputFiles(csv(VERSION_1));
	await preview(page).getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: /સચવાયો/ })).toBeFocused();
	const [first] = await storedSets(page);
	const before = new Map(first!.set.questions.map((q) => [q.prompt, q.id]));

	// a quiz on it: every answer is stored under its question's id
	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect.poll(async () => (await storedRecords(page, 'quizzes')).length).toBe(1);

	await page.goto('/teach/import');
	await fileInput(page).setInputFiles(csv(VERSION_2));
	const p = preview(page);
	const choice = p.getByRole('group', { name: 'આ ફાઇલ “itihas” સેટની છે, જે આ ફોનમાં પહેલેથી છે (૩ પ્રશ્નો).' });
	await expect(choice).toBeVisible();
	await expect(choice.getByRole('radio', { name: /તેની જગ્યાએ આ મૂકો/ })).toBeChecked();
	await expect(choice).toContainText('એના એ જ પ્રશ્નો, જેમની પ્રગતિ રહેશે: ૧. નવા કે બદલાયેલા, શરૂઆતથી: ૨. નીકળી જનારા: ૧.');
	await p.getByRole('button', { name: 'સેટ અપડેટ કરો' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '“itihas” અપડેટ થયો: હવે તેમાં ૩ પ્રશ્નો છે.' })).toBeFocused();

	const sets = await storedSets(page);
	expect(sets.map((s) => s.id)).toEqual([first!.id]);
	const after = new Map(sets[0]!.set.questions.map((q) => [q.prompt, q.id]));
	expect(after.get('દાંડી કૂચ કયા વર્ષે થઈ?')).toBe(before.get('દાંડી કૂચ કયા વર્ષે થઈ?'));
	// the answer changed: a new fact, with progress of its own
	expect(after.get('ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?')).not.toBe(before.get('ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?'));
	expect([...after.values()]).not.toContain(before.get('ગુજરાતની સ્થાપના કયા વર્ષે થઈ?'));

	// the same file once more, kept beside it: a second set
	await fileInput(page).setInputFiles(csv(VERSION_2));
	await expect(p.getByRole('radio', { name: 'બંને રાખો: આને નવા સેટ તરીકે આયાત કરો' })).toBeVisible();
	await p.getByRole('radio', { name: 'બંને રાખો: આને નવા સેટ તરીકે આયાત કરો' }).check();
	await p.getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: /સચવાયો/ })).toBeFocused();
	expect((await storedSets(page)).length).toBe(2);
});
