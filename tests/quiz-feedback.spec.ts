/*
 * Numbers checked as ranges and the teacher's feedback, in a real Chromium against the production
 * build at 390x844, on two own sets as a Moodle GIFT file gives them (stored straight on the phone):
 * - a typed answer to `{#3:2}` (any number from 1 to 5): "4" and "૪" are right and the screen names
 *   the range, "7" is wrong; the answer's own feedback and the general feedback show, in Gujarati
 *   digits, and the range and feedback are announced after the verdict in the page's live region,
 *   a full stop after the right answer so a screen reader does not run it into the feedback;
 * - a choice quiz: picking a wrong option shows that option's feedback ("About your answer") above
 *   the general feedback; Learn shows it the same way;
 * - the set's page lists the range and the feedback under the question;
 * - in English the range reads "Any number from 1 to 5 is right."; a fact made from the question (no article) is in
 *   Latin digits, as its answer is, where an article's words keep the digits it wrote;
 * - a question without an article (a two-column file's) calls its sentence "the fact" and shows no
 *   English line, where a set with English shows it under "from the article".
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { putSets } from './helpers';

const now = Date.now();

/** An own set of one question, as the import of a GIFT file stores it (no source text). */
function ownSet(id: string, title: string, title_en: string, question: Record<string, unknown>) {
	return {
		id,
		set: {
			id,
			title,
			title_en,
			lang: 'gu',
			articles: [],
			questions: [{ id: `${id}-q1`, accept: [], article: `${id}.txt`, ...question }]
		},
		sources: {},
		origin: 'import',
		createdAt: now,
		updatedAt: now
	};
}

const RANGE_EN = 'India’s armed forces have 3 services: the Army, the Navy and the Air Force.';
// ભારતની સશસ્ત્ર સેનાઓની કેટલી પાંખો છે?{#3:2#ભૂમિદળ, નૌકાદળ અને વાયુદળ: 3 પાંખો.####ત્રણેય પાંખોના...}
const RANGE_SET = ownSet('set-qfb-range', 'સેનાની ક્વિઝ', 'Armed forces quiz', {
	category: 'date',
	prompt: 'ભારતની સશસ્ત્ર સેનાઓની કેટલી પાંખો છે?',
	answer: '3',
	quote: 'ભારતની સશસ્ત્ર સેનાઓની ૩ પાંખો છે: ભૂમિદળ, નૌકાદળ અને વાયુદળ.',
	en: RANGE_EN,
	numeric: { min: 1, max: 5 },
	feedback: [{ option: '3', text: 'ભૂમિદળ, નૌકાદળ અને વાયુદળ: 3 પાંખો.' }],
	explanation: 'ત્રણેય પાંખોના સર્વોચ્ચ સેનાપતિ રાષ્ટ્રપતિ છે.'
});
// ગુજરાતની રાજધાની કઈ છે?{=ગાંધીનગર ~અમદાવાદ#અમદાવાદ 1970 સુધી રાજધાની હતું. ~સુરત ~વડોદરા####...}
const CHOICE_SET = ownSet('set-qfb-choice', 'રાજધાનીની ક્વિઝ', 'Capitals quiz', {
	category: 'place',
	kind: 'city',
	prompt: 'ગુજરાતની રાજધાની કઈ છે?',
	answer: 'ગાંધીનગર',
	distractors: ['અમદાવાદ', 'સુરત', 'વડોદરા'],
	quote: 'ગાંધીનગર ગુજરાતની રાજધાની છે.',
	en: 'Gandhinagar is the capital of Gujarat.',
	feedback: [{ option: 'અમદાવાદ', text: 'અમદાવાદ 1970 સુધી રાજધાની હતું.' }],
	explanation: 'ગાંધીનગર 1970થી ગુજરાતની રાજધાની છે.'
});
// a two-column file's question: no source text and no English, so the fact stands in for both
const PLAIN_SET = ownSet('set-qfb-plain', 'રાષ્ટ્રપતિની ક્વિઝ', 'President quiz', {
	category: 'person',
	prompt: 'ભારતનાં પહેલાં મહિલા આદિવાસી રાષ્ટ્રપતિ કોણ છે?',
	answer: 'દ્રૌપદી મુર્મુ',
	quote: 'ભારતનાં પહેલાં મહિલા આદિવાસી રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ',
	en: 'ભારતનાં પહેલાં મહિલા આદિવાસી રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ'
});

// a fact of the set's own, in Gujarati digits: in English it is shown in Latin ones, as its answer is
const FACT_SET = ownSet('set-qfb-fact', 'સ્થાપનાની ક્વિઝ', 'Founding quiz', {
	category: 'date',
	prompt: 'ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ?',
	answer: '૧૯૬૦',
	quote: 'ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ? — ૧૯૬૦',
	en: 'ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ? — ૧૯૬૦'
});

const RANGE_NOTE = '૧થી ૫ સુધીની કોઈ પણ સંખ્યા સાચી ગણાય છે.';
const SERVICES_FEEDBACK = 'તમારા જવાબ વિશે: ભૂમિદળ, નૌકાદળ અને વાયુદળ: ૩ પાંખો.';
const SERVICES_EXPLANATION = 'ત્રણેય પાંખોના સર્વોચ્ચ સેનાપતિ રાષ્ટ્રપતિ છે.';
const AHMEDABAD_FEEDBACK = 'તમારા જવાબ વિશે: અમદાવાદ ૧૯૭૦ સુધી રાજધાની હતું.';

/** Puts the two sets on the phone, once the app has made its database. */
async function seed(page: Page): Promise<void> {
	await page.goto('/quiz');
	await expect(page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' })).toBeEnabled();
	await putSets(page, [RANGE_SET, CHOICE_SET, PLAIN_SET, FACT_SET]);
}

/** Starts a quiz of one own set, typed or with options. */
async function quizOn(page: Page, title: string, mode: 'લખીને' | 'વિકલ્પો'): Promise<void> {
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: `સેટ: ${title}` });
	await page.getByRole('radio', { name: mode }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page.locator('h1')).toBeVisible();
}

/** Types an answer to the question on screen and checks it. */
async function typeAnswer(page: Page, text: string): Promise<void> {
	await page.getByLabel('તમારો જવાબ લખો').fill(text);
	await page.getByRole('button', { name: 'તપાસો' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
}

const feedback = (page: Page) => page.locator('.feedback');
const optionFeedback = (page: Page) => page.locator('.feedback .option-feedback');

test('a typed number is right anywhere in the range, wrong outside it, with the feedback shown and announced', async ({ page }) => {
	await seed(page);

	await quizOn(page, 'સેનાની ક્વિઝ', 'લખીને');
	await expect(page.locator('h1')).toHaveText('ભારતની સશસ્ત્ર સેનાઓની કેટલી પાંખો છે?');
	await typeAnswer(page, '4');
	await expect(feedback(page).locator('.verdict')).toHaveText('✓ બરાબર!');
	await expect(feedback(page).locator('.range')).toHaveText(RANGE_NOTE);
	await expect(optionFeedback(page)).toHaveText(SERVICES_FEEDBACK);
	await expect(feedback(page).locator('.explanation')).toHaveText(SERVICES_EXPLANATION);
	// a teacher's explanation and feedback keep the lines they were written in
	await expect(feedback(page).locator('.explanation')).toHaveCSS('white-space', 'pre-line');
	await expect(optionFeedback(page)).toHaveCSS('white-space', 'pre-line');
	// one live region on the page says the verdict and then the notes
	await expect(page.locator('[role="status"][aria-live="polite"]', { hasText: 'બરાબર!' })).toHaveText(
		`બરાબર! ${RANGE_NOTE} ${SERVICES_FEEDBACK}`
	);
	// the feedback sits above the general feedback, all of it on screen when scrolled to
	const [own, general] = [await optionFeedback(page).boundingBox(), await feedback(page).locator('.explanation').boundingBox()];
	expect(own!.y).toBeLessThan(general!.y);
	await optionFeedback(page).scrollIntoViewIfNeeded();
	await expect(optionFeedback(page)).toBeInViewport({ ratio: 1 });
	await page.getByRole('button', { name: 'પરિણામ જુઓ' }).click();
	await expect(page.locator('.score')).toHaveText('૧માંથી ૧ સાચો');

	await quizOn(page, 'સેનાની ક્વિઝ', 'લખીને');
	await typeAnswer(page, '૪');
	await expect(feedback(page).locator('.verdict')).toHaveText('✓ બરાબર!');
	await expect(feedback(page).locator('.range')).toHaveText(RANGE_NOTE);
	await page.getByRole('button', { name: 'પરિણામ જુઓ' }).click();
	await expect(page.locator('.score')).toHaveText('૧માંથી ૧ સાચો');

	await quizOn(page, 'સેનાની ક્વિઝ', 'લખીને');
	await typeAnswer(page, '7');
	await expect(feedback(page).locator('.verdict')).toHaveText('✗ ભૂલ થઈ.');
	await expect(feedback(page).locator('.answer')).toHaveText('સાચો જવાબ: ૩');
	await expect(feedback(page).locator('.range')).toHaveText(RANGE_NOTE);
	await expect(optionFeedback(page)).toHaveCount(0);
	await expect(feedback(page).locator('.explanation')).toHaveText(SERVICES_EXPLANATION);
	await page.getByRole('button', { name: 'પરિણામ જુઓ' }).click();
	await expect(page.locator('.score')).toHaveText('૧માંથી ૦ સાચા');

	// the answer itself needs no range named
	await quizOn(page, 'સેનાની ક્વિઝ', 'લખીને');
	await typeAnswer(page, '3');
	await expect(feedback(page).locator('.verdict')).toHaveText('✓ બરાબર!');
	await expect(optionFeedback(page)).toHaveText(SERVICES_FEEDBACK);
	await expect(feedback(page).locator('.range')).toHaveCount(0);
});

test('a wrong option picked shows its own feedback above the general feedback, in the quiz and in Learn', async ({ page }) => {
	await seed(page);

	await quizOn(page, 'રાજધાનીની ક્વિઝ', 'વિકલ્પો');
	await expect(page.locator('.options button')).toHaveCount(4);
	await page.locator('.options button').filter({ hasText: 'અમદાવાદ' }).click();
	await expect(feedback(page).locator('.verdict')).toHaveText('✗ ભૂલ થઈ.');
	await expect(optionFeedback(page)).toHaveText(AHMEDABAD_FEEDBACK);
	await expect(feedback(page).locator('.explanation')).toHaveText('ગાંધીનગર ૧૯૭૦થી ગુજરાતની રાજધાની છે.');
	await expect(page.locator('[role="status"][aria-live="polite"]', { hasText: 'ભૂલ થઈ.' })).toHaveText(
		`ભૂલ થઈ. સાચો જવાબ: ગાંધીનગર. ${AHMEDABAD_FEEDBACK}`
	);
	await optionFeedback(page).scrollIntoViewIfNeeded();
	await expect(optionFeedback(page)).toBeInViewport({ ratio: 1 });
	await page.getByRole('button', { name: 'પરિણામ જુઓ' }).click();

	// an option the teacher wrote nothing for gets nothing
	await quizOn(page, 'રાજધાનીની ક્વિઝ', 'વિકલ્પો');
	await page.locator('.options button').filter({ hasText: 'સુરત' }).click();
	await expect(feedback(page).locator('.verdict')).toHaveText('✗ ભૂલ થઈ.');
	await expect(optionFeedback(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'પરિણામ જુઓ' }).click();

	await page.goto('/learn?set=set-qfb-choice');
	await page.locator('.options button').filter({ hasText: 'અમદાવાદ' }).click();
	await expect(feedback(page).locator('.verdict')).toHaveText('✗ ભૂલ થઈ.');
	await expect(optionFeedback(page)).toHaveText(AHMEDABAD_FEEDBACK);
	await expect(feedback(page).locator('.explanation')).toHaveText('ગાંધીનગર ૧૯૭૦થી ગુજરાતની રાજધાની છે.');
});

test('the set page names the range and the feedback under the question, and English says the range in English', async ({ page }) => {
	await seed(page);

	await page.goto('/set?id=set-qfb-range');
	const question = page.locator('main ol > li').first();
	await expect(question.locator('.answer')).toHaveText('✓ સાચો જવાબ: ૩');
	await expect(question.locator('.range')).toHaveText(RANGE_NOTE);
	await expect(question.getByRole('definition')).toHaveText('ભૂમિદળ, નૌકાદળ અને વાયુદળ: ૩ પાંખો.');

	await page.goto('/set?id=set-qfb-choice');
	await expect(page.getByRole('term')).toHaveText('અમદાવાદ');
	await expect(page.getByRole('definition')).toHaveText('અમદાવાદ ૧૯૭૦ સુધી રાજધાની હતું.');

	await page.evaluate(() => localStorage.setItem('kasoti.preferences', JSON.stringify({ lang: 'en' })));
	await page.goto('/set?id=set-qfb-range');
	await expect(page.locator('main ol > li .range')).toHaveText('Any number from 1 to 5 is right.');
	await expect(page.getByText('Notes on the answers')).toBeVisible();
	// an article's words stay as written; a fact made from the question is in the answer's digits (it kept ૧૯૬૦ beside 1960)
	await expect(page.locator('main ol > li blockquote')).toHaveText('ભારતની સશસ્ત્ર સેનાઓની ૩ પાંખો છે: ભૂમિદળ, નૌકાદળ અને વાયુદળ.');
	await page.goto('/set?id=set-qfb-fact');
	await expect(page.locator('main ol > li .answer')).toHaveText('✓ The answer: 1960');
	await expect(page.locator('main ol > li blockquote')).toHaveText('ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ? — 1960');
});

test('a question without an article calls its sentence the fact, and shows no Gujarati as its English line', async ({ page }) => {
	await seed(page);
	await quizOn(page, 'રાષ્ટ્રપતિની ક્વિઝ', 'લખીને');
	await typeAnswer(page, 'દ્રૌપદી મુર્મુ');
	await expect(feedback(page).locator('figcaption')).toHaveText('હકીકત');
	await expect(feedback(page).locator('.gloss')).toHaveCount(0);

	await quizOn(page, 'સેનાની ક્વિઝ', 'લખીને');
	await typeAnswer(page, '3');
	await expect(feedback(page).locator('figcaption')).toHaveText('લેખમાંથી');
	await expect(feedback(page).locator('.gloss')).toHaveText(RANGE_EN);
});
