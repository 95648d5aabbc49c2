/*
 * Every screen a student or teacher meets, in the states they meet it (a question answered wrongly,
 * a card turned, the question about an unfinished quiz, a file with problems, drafted proposals, a
 * share panel, an assignment link, a damaged link…), in Gujarati and in English, held to
 * `expectAccessible` (tests/accessibility.ts): axe-core's rules, the engine behind Lighthouse's
 * accessibility audit, with colour contrast in the light and the dark theme; 48 px touch targets;
 * a focus ring on every control a keyboard reaches; names read without stray spaces. Lighthouse
 * audits a page as it first loads; most of what a person reads and taps only appears later.
 */
import { expect, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { gu } from '../src/lib/i18n/gu';
import { enShell } from '../src/lib/i18n/shell-en';
import { guShell } from '../src/lib/i18n/shell-gu';
import { enTeach } from '../src/lib/i18n/teach-en';
import { guTeach } from '../src/lib/i18n/teach-gu';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { importSet, usePreferences, whenHydrated } from './helpers';

const STRINGS = {
	gu: { ...guShell, ...gu, ...guTeach },
	en: { ...enShell, ...en, ...enTeach }
};

/** A short news text written for this test: a date, people and places the built-in articles do not name. */
const ARTICLE = [
	'સુરતમાં તાપી કિનારે નવું પુસ્તકાલય શરૂ થયું',
	'',
	'શિક્ષણ મંત્રી નીલાબેન દેસાઈએ ૩ માર્ચ ૨૦૨૫ના રોજ સુરતમાં નવા પુસ્તકાલયનું ઉદ્ઘાટન કર્યું. પુસ્તકાલયમાં વીસ હજાર પુસ્તકો છે. કાર્યક્રમમાં મેયર રમેશ ચૌધરી હાજર રહ્યા હતા. બીજા દિવસે મંત્રીએ નવસારીની એક શાળાની મુલાકાત લીધી.'
].join('\n');

/** Answers the multiple-choice question on screen with its second option, once the page takes answers. */
async function answerSecond(page: Page): Promise<void> {
	await expect(page.locator('.options button').first()).toBeEnabled();
	await page.keyboard.press('2');
	await expect(page.locator('.verdict')).toBeVisible();
}

for (const lang of ['gu', 'en'] as const) {
	const t = STRINGS[lang];

	test(`a student’s screens pass the accessibility rules, in ${lang}`, async ({ page }) => {
		test.setTimeout(120_000);
		await usePreferences(page, { lang });
		const article = '/read/000_1ee9a9eab18b7454';
		for (const path of ['/', '/quiz', '/cards', '/progress', '/learn', '/read', article, '/settings', '/set?id=kim-russia-trip']) {
			await page.goto(path);
			await expectAccessible(page, `${path} as it opens`);
		}

		await page.goto('/quiz');
		await page.getByRole('button', { name: t.startQuiz }).click();
		await expect(page).toHaveURL(/\/quiz\/play$/);
		await expectAccessible(page, 'a multiple-choice question');
		await answerSecond(page);
		await expectAccessible(page, 'a multiple-choice question answered');
		while (await page.getByRole('button', { name: t.nextQuestion, exact: true }).isVisible()) {
			await page.getByRole('button', { name: t.nextQuestion, exact: true }).click();
			await answerSecond(page);
		}
		await page.getByRole('button', { name: t.seeResults }).click();
		await expect(page).toHaveURL(/\/quiz\/results\?id=/);
		await expectAccessible(page, 'a quiz’s results');

		await page.goto('/quiz');
		await page.getByRole('radio', { name: t.modeTyped }).check();
		await page.getByRole('button', { name: t.startQuiz }).click();
		await page.getByLabel(t.typedLabel).fill('xyz');
		await page.getByRole('button', { name: t.checkAnswer }).click();
		await expect(page.locator('.verdict')).toBeVisible();
		await expectAccessible(page, 'a typed answer, wrong');

		await page.goto('/');
		await expectAccessible(page, 'Home with a quiz unfinished');

		await page.goto('/quiz');
		await page.getByRole('radio', { name: t.modeTf }).check();
		await page.getByRole('button', { name: t.startQuiz }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expectAccessible(page, 'the question about the unfinished quiz');
		await page.getByRole('button', { name: t.replaceDiscard }).click();
		await page.getByRole('button', { name: t.statementTrue }).click();
		await expect(page.locator('.verdict')).toBeVisible();
		await expectAccessible(page, 'a true/false answer');

		await page.goto('/learn?set=putin-north-korea');
		await answerSecond(page);
		await expectAccessible(page, 'a fact being learnt, answered');

		await page.goto(article);
		await page.locator('.text .mark').first().click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expectAccessible(page, 'a fact of the article, opened as a card');

		await page.goto('/cards');
		await expect(page.getByRole('button', { name: t.showAnswer })).toBeVisible();
		await page.getByRole('button', { name: t.showAnswer }).click();
		await expect(page.locator('.card .answer')).toBeVisible();
		await expectAccessible(page, 'a card turned');
		// by its button: the checks above tabbed the focus away from the card
		await page.getByRole('button', { name: new RegExp(`^${t.rateGood} `) }).click();
		await expect(page.locator('.card .answer')).toHaveCount(0);

		await page.goto('/progress');
		await expectAccessible(page, 'progress after a quiz and a card');
	});

	test(`a teacher’s screens pass the accessibility rules, in ${lang}`, async ({ page, context, baseURL }) => {
		test.setTimeout(120_000);
		await usePreferences(page, { lang });
		for (const path of ['/teach', '/teach/import', '/teach/draft', '/teach/class']) {
			await page.goto(path);
			await expectAccessible(page, `${path} as it opens`);
		}

		await page.goto('/teach/import');
		await page.getByLabel(t.importChooseFile).setInputFiles('tests/fixtures/import-ui/broken.gift');
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page, 'a file with problems');
		await page.getByLabel(t.importChooseFile).setInputFiles('tests/fixtures/import-ui/choose.tsv');
		await expect(page.getByRole('button', { name: t.importButton, exact: true })).toBeVisible();
		await expectAccessible(page, 'a file’s preview, a category to choose');

		await importSet(page, 'same-layout.json', lang);
		await expectAccessible(page, 'a set imported');
		await page.goto('/teach');
		// the button's name, as a screen reader says it, names the set
		const title = lang === 'gu' ? 'ભુજની શાળાના ઓરડા' : 'The rooms of the Bhuj school';
		await page.getByRole('button', { name: `${t.shareLink}: ${title}`, exact: true }).click();
		const shareLink = await page.getByRole('textbox', { name: t.shareLinkLabel }).inputValue();
		await expectAccessible(page, 'a set’s share panel');
		await page.keyboard.press('Escape');

		await page.getByRole('link', { name: new RegExp(`^${t.editSet}: `) }).first().click();
		await expect(page).toHaveURL(/\/teach\/edit\?id=/);
		await page.getByLabel(t.fieldAnswer).first().fill('');
		await expect(page.getByText(t.problems.text.empty({} as never, String)).first()).toBeVisible();
		await expectAccessible(page, 'a question with a problem in the editor');

		await page.goto('/teach/draft');
		await whenHydrated(page);
		await page.getByLabel(t.draftText).fill(ARTICLE);
		await page.getByRole('button', { name: t.draftFind }).click();
		await expect(page.locator('li.proposal').first()).toBeVisible();
		await expectAccessible(page, 'an article’s proposals');

		await page.goto('/teach');
		await page.getByRole('link', { name: new RegExp(`^${t.assignSet}: `) }).first().click();
		await page.getByLabel(t.assignTitle).fill('Library');
		await page.getByRole('button', { name: t.assignMake }).click();
		await expect(page).toHaveURL(/\/teach\/class\/view\?id=a-/);
		const message = await page.getByLabel(t.assignLinkLabel).inputValue();
		const assignment = /https?:\/\/\S+\/assignment#\S+/.exec(message)![0];
		await expectAccessible(page, 'an assignment made');
		await page.goto('/teach/class');
		await expectAccessible(page, 'the list of assignments');

		const student = await context.newPage();
		await usePreferences(student, { lang });
		await student.goto(shareLink.replace(/^https?:\/\/[^/]+/, baseURL!));
		await expect(student.getByRole('heading', { level: 2 }).first()).toBeVisible();
		await expectAccessible(student, 'a shared set’s link');
		await student.goto(shareLink.replace(/^https?:\/\/[^/]+/, baseURL!).slice(0, -20));
		await expect(student.getByRole('alert')).toBeVisible();
		await expectAccessible(student, 'a damaged link');
		await student.goto(assignment.replace(/^https?:\/\/[^/]+/, baseURL!));
		await expect(student.getByRole('heading', { level: 2 })).toHaveText('Library');
		await student.getByRole('button', { name: t.assignmentStart }).click();
		await expectAccessible(student, 'an assignment started without a name');
	});
}
