/*
 * A teacher brings a question bank exported from Moodle 4.x as GIFT
 * (tests/fixtures/import-real/moodle-export.gift.txt) to /teach/import, in a real Chromium
 * against the production build:
 * - the preview names the format, counts the 8 questions Kasoti can ask by category, and lists,
 *   each on its line, what it leaves out: the description, the matching and the essay questions,
 *   Moodle's two ID numbers, the feedback for any other number, the part-mark answer, the sound
 *   and the image, so nothing goes silently; no alert, and "Import" is ready;
 * - "Import" stores the set with the questions' tags and ranges;
 * - a quiz on the set plays to its results, all right: a number inside a tolerance range that is
 *   not the stated answer counts as right, and the teacher's feedback for the option given and
 *   the general feedback show after answering; typed, the true/false question is judged as its
 *   statement, with the feedback of the word chosen.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { storedRecords } from './helpers';

const FILE = 'tests/fixtures/import-real/moodle-export.gift.txt';
const DIGITS = '૦૧૨૩૪૫૬૭૮૯';
/** Text as the Gujarati interface writes it: 1960 reads ૧૯૬૦. */
const inGujaratiDigits = (text: string) => text.replace(/[0-9]/g, (d) => DIGITS[Number(d)]!);
/** Text with its spacing and line breaks made single spaces. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const preview = (page: Page) => page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' });

/** What the preview's notes say, in file order. */
const NOTES = [
	'પંક્તિ ૫ · પ્રશ્ન: આમાં { } જવાબ-ભાગ નથી: વર્ણન પ્રશ્ન નથી, એટલે તે છોડી દીધું.',
	'પંક્તિ ૭ · પ્રશ્ન: આ જોડકાંનો પ્રશ્ન છે, જે કસોટી પૂછતી નથી; તે છોડી દીધો.',
	'પંક્તિ ૧૪ · પ્રશ્ન: આ નિબંધ પ્રકારનો પ્રશ્ન છે (ખાલી { }), જે કસોટી પૂછતી નથી; તે છોડી દીધો.',
	'પંક્તિ ૨૧ · પ્રશ્ન: Moodleનો ID નંબર "GJ-DATE-01" છોડી દીધો: કસોટી દરેક પ્રશ્નને પોતાનો id આપે છે.',
	'પંક્તિ ૨૧ · પ્રતિભાવ: બીજી કોઈ પણ સંખ્યા માટેનો પ્રતિભાવ ("ફરી વિચારો: મહાગુજરાત આંદોલન પછી.") છોડી દીધો.',
	'પંક્તિ ૨૮ · જવાબ: આંશિક ગુણ (%50%)વાળા જવાબો છોડી દીધા: કસોટીના પ્રશ્નનો એક જ સાચો જવાબ હોય છે.',
	'પંક્તિ ૫૩ · પ્રશ્ન: Moodleનો ID નંબર "GJ-PER-02" છોડી દીધો: કસોટી દરેક પ્રશ્નને પોતાનો id આપે છે.',
	'પંક્તિ ૫૬ · પ્રશ્ન: ઑડિયો છોડી દીધો ("jana-gana-mana.mp3"): કસોટી ફક્ત લખાણ બતાવે છે.',
	'પંક્તિ ૬૭ · પ્રશ્ન: ચિત્ર છોડી દીધું ("gujarat-map.png"): કસોટી ફક્ત લખાણ બતાવે છે.'
];

type Play = {
	/** The right option, or what is typed. */
	give: string;
	/** What is typed instead, when it is not the answer as written. */
	typed?: string;
	/** The teacher's feedback for the option given, shown after answering. */
	feedback?: string;
	/** The general feedback, shown after answering. */
	explanation?: string;
};

/** Each question the quiz asks, by its prompt, and how a student gets it right. */
const PLAYS = new Map<string, Play>([
	[
		'ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ?',
		{ give: '1960', feedback: 'સાચું! ૧ મે ૧૯૬૦.', explanation: '૧ મે ૧૯૬૦ના રોજ મુંબઈ રાજ્યમાંથી ગુજરાત અને મહારાષ્ટ્ર એમ બે રાજ્યો બન્યાં.' }
	],
	// 2017 give or take 2: a year inside the range is right too
	['સરદાર સરોવર બંધનું લોકાર્પણ કયા વર્ષે થયું? (બે વર્ષ આગળ-પાછળ ચાલશે)', { give: '2017', typed: '૨૦૧૮' }],
	[
		'ભારતને સ્વતંત્રતા કઈ તારીખે મળી?',
		{ give: '૧૫ ઑગસ્ટ ૧૯૪૭', feedback: 'બરાબર.', explanation: '૧૫ ઑગસ્ટ ૧૯૪૭ની મધરાતે ભારત સ્વતંત્ર થયું.' }
	],
	['ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?', { give: 'જવાહરલાલ નેહરુ', feedback: 'સાચું.' }],
	[
		'મહાત્મા ગાંધીનો જન્મ રાજકોટમાં થયો હતો.',
		{ give: 'ખોટું', feedback: 'સાચું: તેમનો જન્મ પોરબંદરમાં થયો હતો.', explanation: '૨ ઑક્ટોબર ૧૮૬૯, પોરબંદર.' }
	],
	['આ ગીત સાંભળો. તે કોણે લખ્યું હતું?', { give: 'રવીન્દ્રનાથ ટાગોર' }],
	['નકશામાં બતાવેલી ગુજરાતની રાજધાની કઈ છે?', { give: 'ગાંધીનગર' }],
	['સાબરમતી આશ્રમ _____ શહેરમાં છે.', { give: 'અમદાવાદ', feedback: 'હા, સાબરમતી નદીના કાંઠે.' }]
]);

/** Plays the quiz on screen to its results, every answer right, checking what is told after each. */
async function playRight(page: Page): Promise<void> {
	const total = PLAYS.size;
	for (let n = 1; n <= total; n++) {
		await expect(page.locator('.count')).toHaveText(`${inGujaratiDigits(String(n))} / ${inGujaratiDigits(String(total))}`);
		// a true/false question of the file is asked as its statement in a typed quiz, under a heading of its own
		const statement = page.locator('main blockquote');
		const judged = (await page.locator('.choices').count()) > 0;
		const prompt = squash(await (judged ? statement : page.locator('h1.prompt')).innerText());
		const play = PLAYS.get(prompt);
		expect(play, `the quiz asks "${prompt}", a question of the file`).toBeDefined();
		const options = page.locator('.options');
		if (judged) await page.locator('.choices button').filter({ hasText: play!.give }).click();
		else if ((await options.count()) > 0) await options.getByRole('button', { name: inGujaratiDigits(play!.give), exact: true }).click();
		else {
			await page.getByLabel('તમારો જવાબ લખો').fill(play!.typed ?? play!.give);
			await page.getByRole('button', { name: 'તપાસો' }).click();
		}
		await expect(page.locator('.verdict'), prompt).toContainText('બરાબર!');
		if (play!.feedback) await expect(page.locator('.option-feedback'), prompt).toContainText(play!.feedback);
		else await expect(page.locator('.option-feedback'), prompt).toHaveCount(0);
		if (play!.explanation) await expect(page.locator('.feedback .explanation'), prompt).toHaveText(play!.explanation);
		await page.getByRole('button', { name: n < total ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	await expect(page.locator('.score')).toHaveText('૮માંથી ૮ સાચા');
}

type StoredSet = { id: string; set: { title: string; questions: { prompt: string; tags?: string[]; numeric?: unknown }[] } };

test('a Moodle GIFT export: what is left out is named, the rest imports and plays with its feedback', async ({ page }) => {
	await page.goto('/teach/import');
	await page.getByLabel('ફાઇલ પસંદ કરો').setInputFiles(FILE);

	const p = preview(page);
	await expect(p.locator('dd')).toHaveText(['Moodle GIFT', 'moodle-export.gift.txt']);
	await expect(p.getByText('આયાત થનારા પ્રશ્નો: ૮')).toBeVisible();
	await expect(p.locator('.counts li')).toHaveText(['તારીખો: ૩', 'વ્યક્તિઓ: ૩', 'સ્થળો: ૨']);
	await expect(p.getByRole('heading', { name: 'નોંધ (આનાથી આયાત અટકતી નથી)' }).locator('+ ul > li')).toHaveText(NOTES);
	await expect(page.getByRole('alert')).toHaveText('');

	await p.getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { name: /૮ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો\.$/ })).toBeFocused();
	const [stored] = await storedRecords<StoredSet>(page, 'sets');
	const byPrompt = new Map(stored!.set.questions.map((q) => [q.prompt, q]));
	expect(byPrompt.get('ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ?')!.tags).toEqual(['ગુજરાત', 'ધોરણ-૧૦']);
	expect(byPrompt.get('સરદાર સરોવર બંધનું લોકાર્પણ કયા વર્ષે થયું? (બે વર્ષ આગળ-પાછળ ચાલશે)')!.numeric).toEqual({ min: 2015, max: 2019 });

	// with choices, as the button after importing starts it
	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await playRight(page);

	// typed: a year inside the range, not the one Moodle stored, is right
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: `સેટ: ${stored!.set.title}` });
	await page.getByRole('radio', { name: 'બધા' }).check();
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	// a field to type in, or the file's true/false question, which may come first, as its statement
	await expect(page.getByLabel('તમારો જવાબ લખો').or(page.locator('.choices'))).toBeVisible();
	await playRight(page);
});
