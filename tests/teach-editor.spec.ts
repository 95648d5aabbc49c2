/*
 * The teacher's set editor, in a real Chromium against the production build:
 * - a new set with two questions, typed in the editor, is all there after a reload;
 * - a quote that is not in the pasted source text gets a message beside the quote box
 *   (aria-invalid, aria-describedby), and the message goes once a sentence of the source is picked;
 * - "copy to edit" of a built-in set gives an own set that is ready for students, with no problems;
 * - a prompt typed twice names, beside it, the question it repeats by number;
 * - "JSON file" downloads Kasoti JSON that parses and holds the set's questions; from the list of
 *   sets too, where the set is checked only then, its typed text trimmed;
 * - a deleted question comes back with "undo"; a question added after a delete gets a new id;
 * - "try it as a student" plays a quiz of exactly the set's questions, marked as a trial run and
 *   counted neither in progress nor in memory cards;
 * - a set of more than 50 questions is drawn 50 at a time, and “show where” reaches a problem past them;
 *   a question added to it is drawn after the listed ones, not with every question before it;
 * - the list of own sets, empty, takes the place of its "Loading…" without moving what is below;
 * - regression: "New set" then Back keeps no blank set (one stayed each time, "Untitled set, needs fixing");
 *   a set typed in stays;
 * - the own set is a source on /quiz, and deleting it (after a confirmation) removes it there too.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { readFileSync } from 'node:fs';
import { collectErrors, HOLD_SETS, releaseHeldReads, storedCount, usePreferences } from './helpers';

const SAVED = 'સચવાયું';

const QUESTIONS = [
	{
		category: 'સ્થળો',
		kind: 'શહેર',
		prompt: 'ગુજરાતની રાજધાની કયું શહેર છે?',
		answer: 'ગાંધીનગર',
		accept: 'Gandhinagar',
		distractors: 'સુરત\nરાજકોટ\nવડોદરા',
		en: 'Gandhinagar is the capital of Gujarat.'
	},
	{
		category: 'વ્યક્તિઓ',
		prompt: 'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?',
		answer: 'જવાહરલાલ નેહરુ',
		accept: 'નેહરુ\nNehru',
		distractors: 'સરદાર પટેલ\nમહાત્મા ગાંધી\nરાજેન્દ્ર પ્રસાદ',
		en: 'Jawaharlal Nehru was the first prime minister of India.'
	}
];

/** A number in Gujarati digits, as the app shows it by default. */
const gu = (n: number) => [...String(n)].map((d) => '૦૧૨૩૪૫૬૭૮૯'[Number(d)]).join('');

/** The editor's box for question `n` (from 1). */
function question(page: Page, n: number): Locator {
	return page.getByRole('region', { name: `પ્રશ્ન ${gu(n)}`, exact: true });
}

/** Opens a new set in the editor. */
async function newSet(page: Page): Promise<void> {
	await page.goto('/teach');
	await page.getByRole('button', { name: 'નવો સેટ બનાવો' }).click();
	await expect(page).toHaveURL(/\/teach\/edit\?id=set-[a-z0-9-]+$/);
	await expect(question(page, 1)).toBeVisible();
}

/** Types a set of two questions with no source text and waits until it is saved. */
async function makeSet(page: Page, title = 'રાજધાની અને નેતા'): Promise<void> {
	await newSet(page);
	await page.getByLabel('શીર્ષક (ગુજરાતીમાં)').fill(title);
	await page.getByLabel('શીર્ષક (અંગ્રેજીમાં)').fill('Capitals and leaders');
	for (const [i, q] of QUESTIONS.entries()) {
		if (i > 0) await page.getByRole('button', { name: 'પ્રશ્ન ઉમેરો' }).click();
		const box = question(page, i + 1);
		await box.getByRole('radio', { name: q.category }).check();
		if (q.kind) await box.getByRole('radio', { name: q.kind }).check();
		await box.getByLabel('પ્રશ્ન', { exact: true }).fill(q.prompt);
		await box.getByLabel('સાચો જવાબ').fill(q.answer);
		await box.getByLabel('જવાબની બીજી સ્વીકાર્ય જોડણીઓ').fill(q.accept);
		await box.getByLabel('ખોટા વિકલ્પો').fill(q.distractors);
		await box.getByLabel('અંગ્રેજીમાં હકીકત').fill(q.en);
	}
	await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
	await expect(page.getByText('વિદ્યાર્થીઓ માટે તૈયાર')).toBeVisible();
}

for (const [lang, words] of Object.entries({
	gu: { loading: 'લોડ થઈ રહ્યું છે…', builtin: 'કસોટીના સેટ', none: /^હજી તમારો પોતાનો કોઈ સેટ નથી/ },
	en: { loading: 'Loading…', builtin: 'Kasoti’s sets', none: /^You have no sets of your own yet/ }
})) {
	test(`the list of own sets says there are none yet where it said “Loading…”, moving nothing below it, in ${lang}`, async ({ page }) => {
		await usePreferences(page, { lang });
		await page.addInitScript(HOLD_SETS);
		await page.goto('/teach');
		await expect(page.getByText(words.loading)).toBeVisible();
		const builtin = page.getByRole('heading', { level: 2, name: words.builtin });
		const before = await builtin.boundingBox();
		await releaseHeldReads(page);
		await expect(page.getByText(words.none)).toBeVisible();
		expect(await builtin.boundingBox()).toEqual(before);
	});
}

test('regression: “New set” then Back keeps no blank set, but a set typed in stays (a blank one stayed each time)', async ({ page }) => {
	await newSet(page);
	await page.goBack();
	await expect(page).toHaveURL(/\/teach$/);
	await expect(page.getByText(/^હજી તમારો પોતાનો કોઈ સેટ નથી/)).toBeVisible();
	await expect.poll(() => storedCount(page, 'sets')).toBe(0);

	await newSet(page);
	await page.getByLabel('શીર્ષક (ગુજરાતીમાં)').fill('નવો પ્રયોગ');
	await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'નવો પ્રયોગ' })).toBeVisible();
	expect(await storedCount(page, 'sets')).toBe(1);
});

test('a new set with two questions is all there after a reload', async ({ page }) => {
	const errors = collectErrors(page);
	await makeSet(page);
	// the quote of a question with no source text is made from the question itself
	await expect(question(page, 1).getByLabel('અવતરણ (આપોઆપ બને છે)')).toHaveValue(
		'ગુજરાતની રાજધાની કયું શહેર છે? — ગાંધીનગર'
	);

	await page.reload();
	await expect(page.getByLabel('શીર્ષક (ગુજરાતીમાં)')).toHaveValue('રાજધાની અને નેતા');
	await expect(page.getByLabel('શીર્ષક (અંગ્રેજીમાં)')).toHaveValue('Capitals and leaders');
	for (const [i, q] of QUESTIONS.entries()) {
		const box = question(page, i + 1);
		await expect(box.getByRole('radio', { name: q.category })).toBeChecked();
		if (q.kind) await expect(box.getByRole('radio', { name: q.kind })).toBeChecked();
		await expect(box.getByLabel('પ્રશ્ન', { exact: true })).toHaveValue(q.prompt);
		await expect(box.getByLabel('સાચો જવાબ')).toHaveValue(q.answer);
		await expect(box.getByLabel('જવાબની બીજી સ્વીકાર્ય જોડણીઓ')).toHaveValue(q.accept);
		await expect(box.getByLabel('ખોટા વિકલ્પો')).toHaveValue(q.distractors);
		await expect(box.getByLabel('અંગ્રેજીમાં હકીકત')).toHaveValue(q.en);
	}
	await expect(question(page, 3)).toHaveCount(0);
	await expect(page.getByText('વિદ્યાર્થીઓ માટે તૈયાર')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a quote not in the source text is flagged beside the quote until it is fixed', async ({ page }) => {
	await newSet(page);
	await page.getByLabel('શીર્ષક (ગુજરાતીમાં)').fill('રશિયા');
	await page.getByLabel('શીર્ષક (અંગ્રેજીમાં)').fill('Russia');
	await page
		.getByLabel('મૂળ લખાણ (મરજિયાત)')
		.fill('પુતિન ઉત્તર કોરિયા પહોંચ્યા\n\nરશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આજે પ્યોંગયાંગ પહોંચ્યા. તેમનું સ્વાગત થયું.');
	const box = question(page, 1);
	await box.getByRole('radio', { name: 'વ્યક્તિઓ' }).check();
	await box.getByLabel('પ્રશ્ન', { exact: true }).fill('રશિયાના રાષ્ટ્રપતિ કોણ છે?');
	await box.getByLabel('સાચો જવાબ').fill('પુતિન');
	await box.getByLabel('અંગ્રેજીમાં હકીકત').fill('Vladimir Putin is the president of Russia.');
	const quote = box.getByLabel('અવતરણ: હકીકત કહેતું વાક્ય');
	await quote.fill('પુતિન રશિયાના રાષ્ટ્રપતિ છે.');
	await quote.blur();

	const message = box.getByText('આ અવતરણ મૂળ લખાણમાં શબ્દશઃ નથી.');
	await expect(message).toBeVisible();
	await expect(quote).toHaveAttribute('aria-invalid', 'true');
	const described = (await quote.getAttribute('aria-describedby'))!.split(' ');
	const messageBox = page.locator(`[id="${described.at(-1)}"]`);
	await expect(messageBox).toContainText('આ અવતરણ મૂળ લખાણમાં શબ્દશઃ નથી.');
	await expect(page.getByText('સુધારવાનું બાકી: ૧ ભૂલ')).toBeVisible();
	await expect(page.getByRole('button', { name: 'વિદ્યાર્થી તરીકે અજમાવો' })).toHaveCount(0);

	// the sentences that hold the answer come first in the list
	const pick = box.getByLabel('મૂળ લખાણમાંથી વાક્ય પસંદ કરો');
	await expect(pick.locator('optgroup').first()).toHaveAttribute('label', 'જવાબવાળાં વાક્યો');
	await pick.selectOption('રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આજે પ્યોંગયાંગ પહોંચ્યા.');
	await expect(quote).toHaveValue('રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આજે પ્યોંગયાંગ પહોંચ્યા.');
	await expect(message).toHaveCount(0);
	await expect(quote).not.toHaveAttribute('aria-invalid');
	await expect(page.getByText('વિદ્યાર્થીઓ માટે તૈયાર')).toBeVisible();
});

test('"copy to edit" of a built-in set gives an own set that is ready for students', async ({ page }) => {
	const builtin = JSON.parse(readFileSync('questions/sets/kim-russia-trip.json', 'utf8'));
	await page.goto('/teach');
	await page.getByRole('button', { name: `નકલ કરીને બદલો: ${builtin.title}` }).click();
	await expect(page).toHaveURL(/\/teach\/edit\?id=kim-russia-trip-[a-z0-9-]+$/);
	await expect(page.getByLabel('શીર્ષક (ગુજરાતીમાં)')).toHaveValue(`${builtin.title} (નકલ)`);
	await expect(page.getByText('વિદ્યાર્થીઓ માટે તૈયાર')).toBeVisible();
	await expect(page.getByText('ભૂલ:')).toHaveCount(0);
	// the article came along as the source, so every quote is picked from it
	await expect(page.getByLabel(`મૂળ લખાણ: ${builtin.articles[0].headline}`)).toHaveValue(/કિમ જોંગ ઉન/);
	await expect(question(page, 1).getByLabel('મૂળ લખાણમાંથી વાક્ય પસંદ કરો')).toBeVisible();
	await expect(page.getByRole('region', { name: /^પ્રશ્ન / })).toHaveCount(builtin.questions.length);

	await page.goto('/teach');
	await expect(page.getByRole('heading', { name: `${builtin.title} (નકલ)` })).toBeVisible();
});

/** Imports a set of `count` copies of the example's first question and opens it in the editor; `change` alters one. */
async function openLongSet(page: Page, count: number, change: (question: Record<string, unknown>, i: number) => object = (q) => q) {
	const example = JSON.parse(readFileSync('tests/fixtures/import/kasoti.json', 'utf8'));
	const [first] = example.questions;
	const questions = Array.from({ length: count }, (_, i) => change({ ...first, id: `long-q${i + 1}`, prompt: `${first.prompt} (${i + 1})` }, i));
	const buffer = Buffer.from(JSON.stringify({ ...example, id: 'long-set', title: 'લાંબો સેટ', questions }));
	await page.goto('/teach/import');
	await page.getByLabel('ફાઇલ પસંદ કરો').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer });
	await page.getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await page.getByRole('link', { name: 'તેમાં ફેરફાર કરો' }).click();
	await expect(page).toHaveURL(/\/teach\/edit\?id=/);
}

test('a long set is drawn 50 questions at a time', async ({ page }) => {
	// 60 questions of one imported set: the built-in sets are shorter than a page
	await openLongSet(page, 60);
	const regions = page.getByRole('region', { name: /^પ્રશ્ન / });
	await expect(regions).toHaveCount(50);
	await page.getByRole('button', { name: `બીજા ${gu(10)} પ્રશ્નો બતાવો` }).click();
	await expect(regions).toHaveCount(60);
});

test('a question added to a long set is drawn after the listed ones, not with every question before it', async ({ page }) => {
	await openLongSet(page, 60);
	const regions = page.getByRole('region', { name: /^પ્રશ્ન / });
	await expect(regions).toHaveCount(50);
	await page.getByRole('button', { name: 'પ્રશ્ન ઉમેરો' }).click();
	const added = page.getByRole('region', { name: `પ્રશ્ન ${gu(61)}` });
	await expect(added.getByLabel('પ્રશ્ન', { exact: true })).toBeFocused();
	// the ten not listed stay undrawn; the button names them alone
	await expect(regions).toHaveCount(51);
	// deleted and brought back, it is drawn where it was, apart from the list
	await added.getByRole('button', { name: `પ્રશ્ન ${gu(61)} ભૂંસો` }).click();
	await expect(page.getByText(`પ્રશ્ન ${gu(61)} ભૂંસાયો.`)).toBeVisible();
	await page.getByRole('button', { name: 'પાછો લાવો' }).click();
	await expect(added.getByLabel('પ્રશ્ન', { exact: true })).toBeFocused();
	await expect(regions).toHaveCount(51);
	await page.getByRole('button', { name: `બીજા ${gu(10)} પ્રશ્નો બતાવો` }).click();
	await expect(regions).toHaveCount(61);
	await expect(regions.last()).toHaveAccessibleName(`પ્રશ્ન ${gu(61)}`);
});

test('“show where” takes the teacher to a problem past the questions drawn so far', async ({ page }) => {
	await openLongSet(page, 60);
	// question 55, on the second page, loses its answer: an error, saved
	await page.getByRole('button', { name: `બીજા ${gu(10)} પ્રશ્નો બતાવો` }).click();
	const question = page.getByRole('region', { name: `પ્રશ્ન ${gu(55)}` });
	await question.getByLabel('સાચો જવાબ', { exact: true }).fill('');
	await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('region', { name: /^પ્રશ્ન / })).toHaveCount(50);
	await page.getByRole('button', { name: /સુધારવાનું બાકી: ૧ ભૂલ/ }).click();
	await expect(question.getByLabel('સાચો જવાબ', { exact: true })).toBeFocused();
});

test('a prompt typed a second time names the question it repeats, by its number', async ({ page }) => {
	await makeSet(page);
	await page.getByRole('button', { name: 'પ્રશ્ન ઉમેરો' }).click();
	const box = question(page, 3);
	await box.getByRole('radio', { name: 'સ્થળો' }).check();
	await box.getByRole('radio', { name: 'શહેર' }).check();
	const prompt = box.getByLabel('પ્રશ્ન', { exact: true });
	await prompt.fill(QUESTIONS[0]!.prompt);
	await box.getByLabel('સાચો જવાબ').fill('અમદાવાદ');
	await expect(prompt).toHaveAccessibleDescription(/પ્રશ્ન ૧ પણ આ જ પ્રશ્ન છે \(તેનો જવાબ “ગાંધીનગર”\)/);
});

test('"JSON file" downloads Kasoti JSON with the set’s questions', async ({ page }) => {
	await makeSet(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'JSON ફાઇલ (કસોટી)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('રાજધાની અને નેતા.json');
	const set = JSON.parse(readFileSync(await download.path(), 'utf8'));
	expect(set.title).toBe('રાજધાની અને નેતા');
	expect(set.questions.map((q: { prompt: string }) => q.prompt)).toEqual(QUESTIONS.map((q) => q.prompt));
	expect(set.questions[1].accept).toEqual(['નેહરુ', 'Nehru']);
});

test('a set exported from the list of sets is the checked one, its text trimmed as the students see it', async ({ page }) => {
	await makeSet(page);
	// the editor keeps typed text as it is typed, spaces and all
	await question(page, 1).getByLabel('પ્રશ્ન', { exact: true }).fill(`  ${QUESTIONS[0]!.prompt}  `);
	await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
	await page.goto('/teach');
	const row = page.getByRole('article', { name: 'રાજધાની અને નેતા' });
	await expect(row.getByText('વિદ્યાર્થીઓ માટે તૈયાર')).toBeVisible();
	await row.getByText('ફાઇલ તરીકે ઉતારો કે વહેંચો').click();
	const downloading = page.waitForEvent('download');
	await row.getByRole('button', { name: 'JSON ફાઇલ (કસોટી)' }).click();
	const set = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
	expect(set.questions.map((q: { prompt: string }) => q.prompt)).toEqual(QUESTIONS.map((q) => q.prompt));
	await expect(row.getByRole('status')).toHaveText(/\.json ડાઉનલોડ થઈ\.$/);
});

test('a deleted question comes back with "undo", and its id is never given to a new one', async ({ page }) => {
	await makeSet(page);
	await question(page, 2).getByRole('button', { name: 'પ્રશ્ન ૨ ભૂંસો' }).click();
	await expect(question(page, 2)).toHaveCount(0);
	await expect(page.getByText('પ્રશ્ન ૨ ભૂંસાયો.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'પાછો લાવો' })).toBeFocused();
	await expectAccessible(page, 'a question deleted, with undo');
	await page.getByRole('button', { name: 'પાછો લાવો' }).click();
	await expect(question(page, 2).getByLabel('પ્રશ્ન', { exact: true })).toHaveValue(QUESTIONS[1]!.prompt);

	await question(page, 2).getByRole('button', { name: 'પ્રશ્ન ૨ ભૂંસો' }).click();
	await page.getByRole('button', { name: 'પ્રશ્ન ઉમેરો' }).click();
	await expect(question(page, 2).getByLabel('પ્રશ્ન', { exact: true })).toBeFocused();
	await question(page, 2).getByLabel('પ્રશ્ન', { exact: true }).fill('ગુજરાતનું સૌથી મોટું શહેર કયું છે?');
	await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'JSON ફાઇલ (કસોટી)' }).click();
	const set = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
	// progress is kept by question id: the new question must not take the deleted one's
	expect(set.questions.map((q: { id: string }) => q.id.replace(/^.*-/, ''))).toEqual(['q1', 'q3']);
});

test('"try it as a student" plays a quiz of the set’s questions, which is not counted as study', async ({ page }) => {
	const TRIAL = 'અજમાયશ: આ જવાબો તમારી પ્રગતિ કે કાર્ડમાં ગણાતા નથી.';
	await makeSet(page);
	await page.getByRole('button', { name: 'વિદ્યાર્થી તરીકે અજમાવો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.getByText(TRIAL)).toBeVisible();
	const asked: string[] = [];
	for (let n = 1; n <= 2; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ૨`);
		asked.push((await page.locator('h1').textContent())!.trim());
		await expect(page.locator('.options button')).toHaveCount(4);
		await page.keyboard.press('1');
		await expect(page.locator('.verdict')).toBeVisible();
		await page.getByRole('button', { name: n < 2 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	expect(asked.sort()).toEqual(QUESTIONS.map((q) => q.prompt).sort());
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	await expect(page.getByText(TRIAL)).toBeVisible();
	// the teacher's own record stays empty: no progress, no memory cards
	await page.goto('/progress');
	await expect(page.getByText('હજી કોઈ જવાબ નથી.', { exact: false })).toBeVisible();
	expect(await storedCount(page, 'cards')).toBe(0);
});

test('the own set is a quiz source, and deleting it removes it', async ({ page }) => {
	await makeSet(page, 'મારો સેટ');
	await page.goto('/quiz');
	const source = page.getByLabel('ક્યાંથી?');
	await expect(source.locator('option', { hasText: 'સેટ: મારો સેટ' })).toHaveCount(1);

	await page.goto('/teach');
	const row = page.getByRole('article', { name: 'મારો સેટ' });
	await row.getByRole('button', { name: 'સેટ ભૂંસો' }).click();
	// the flashcards go with the set, and the warning says so (it said only the questions would)
	await expect(row.getByText('“મારો સેટ” અને તેના બધા પ્રશ્નો ભૂંસાઈ જશે, તેમનાં ફ્લેશકાર્ડ પણ.')).toBeVisible();
	await row.getByRole('button', { name: 'હા, ભૂંસી નાખો' }).click();
	await expect(page.getByRole('status').filter({ hasText: '“મારો સેટ” ભૂંસાઈ ગયો.' })).toBeVisible();
	await expect(row).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'તમારા સેટ' })).toBeFocused();

	await page.reload();
	await expect(page.getByText('હજી તમારો પોતાનો કોઈ સેટ નથી.')).toBeVisible();
	await page.goto('/quiz');
	await expect(source.locator('option', { hasText: 'સેટ: મારો સેટ' })).toHaveCount(0);
});
