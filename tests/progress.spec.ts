/*
 * The progress page, in a real Chromium against the production build:
 * - a fresh profile gets an empty state that leads to /quiz, and the section is in the navigation;
 * - after a 5-question multiple-choice quiz it shows 5 answers, the same score and per-category
 *   totals as the results page, the accuracy chart with the 29 other days marked "no data",
 *   the 5 new cards due today in the 7-day chart and a streak of 1 day; offline too, after a reload;
 * - questions missed twice across two quizzes are listed as the weakest, and "quiz me on these"
 *   deals a multiple-choice quiz of exactly those questions;
 * - regression: answers to a teacher's own set without source text are listed by article under the
 *   set's title, in either language, never under the pseudo file name (set-mx61zo1w.txt);
 * - regression: after rating cards only, the page counts the day in the streak and does not say
 *   that nothing was studied, in either language.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { readFileSync, readdirSync } from 'node:fs';
import { collectErrors, putRecords, putSets, waitForServiceWorker } from './helpers';

type BankQuestion = { prompt: string; answer: string };
const bank: BankQuestion[] = readdirSync('questions/sets').flatMap(
	(f) => JSON.parse(readFileSync(`questions/sets/${f}`, 'utf8')).questions
);

/** A number in Gujarati digits, as the interface shows it by default. */
const gu = (n: number) => [...String(n)].map((d) => '૦૧૨૩૪૫૬૭૮૯'[Number(d)]).join('');

/** Starts a 5-question quiz in the given answer mode from /quiz. */
async function startQuiz(page: Page, mode: 'વિકલ્પો' | 'લખીને'): Promise<void> {
	await page.goto('/quiz');
	await page.getByRole('radio', { name: mode }).check();
	await page.getByRole('radio', { name: '૫', exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
}

/** Moves on after the feedback of question n of total. */
async function next(page: Page, n: number, total: number): Promise<void> {
	await page.getByRole('button', { name: n < total ? 'આગળ' : 'પરિણામ જુઓ' }).click();
}

/** Plays a typed quiz of `total` questions, answering wrongly where `wrong(n)`; returns the missed prompts. */
async function playTyped(page: Page, total: number, wrong: (n: number) => boolean): Promise<string[]> {
	const missed: string[] = [];
	for (let n = 1; n <= total; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ${gu(total)}`);
		const prompt = (await page.locator('h1').textContent())!.trim();
		const answer = bank.find((q) => q.prompt === prompt)!.answer;
		if (wrong(n)) missed.push(prompt);
		await page.getByLabel('તમારો જવાબ લખો').fill(wrong(n) ? 'ખોટો જવાબ' : answer);
		await page.getByRole('button', { name: 'તપાસો' }).click();
		await expect(page.locator('.verdict')).toHaveText(wrong(n) ? /ભૂલ થઈ/ : /બરાબર!/);
		await next(page, n, total);
	}
	return missed;
}

test('a fresh profile gets an empty state that leads to a quiz', async ({ page }) => {
	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 1, name: 'પ્રગતિ' })).toBeVisible();
	await expect(page.getByRole('navigation').getByRole('link', { name: 'પ્રગતિ' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByText(/^હજી કોઈ જવાબ નથી\. એક ક્વિઝ આપો/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'સૌથી નબળા પ્રશ્નો' })).toHaveCount(0);
	await page.getByRole('main').getByRole('link', { name: 'ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz$/);
});

test('regression: with cards rated and no quiz, the page does not say nothing was studied', async ({ page }) => {
	// a morning: a card's ten-minute step rated just before midnight falls due tomorrow, out of today's counts
	await page.clock.install({ time: new Date('2026-11-24T10:00:00+05:30') });
	await page.goto('/cards');
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByRole('button', { name: 'જવાબ જુઓ' })).toBeVisible();
		await page.keyboard.press(' ');
		await page.keyboard.press('3');
		await expect(page.locator('.counts')).toHaveText(`આજે: નવાં ${gu(20 - n)} · શીખવામાં ${gu(n)} · પુનરાવર્તન ૦`);
	}
	await page.goto('/progress');
	await expect(page.getByText('સળંગ ૧ દિવસ')).toBeVisible();
	const noQuizYet = 'હજી કોઈ ક્વિઝનો જવાબ નથી. તમારી કાર્ડ-સમીક્ષાઓ ઉપરના સળંગ દિવસોમાં ગણાઈ છે.';
	await expect(page.getByText(noQuizYet, { exact: false })).toBeVisible();
	await expect(page.getByText(/^હજી કોઈ જવાબ નથી/)).toHaveCount(0);

	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await page.goto('/progress');
	const noQuizYetEn = 'No quiz answers yet. Your card reviews count in the days in a row above.';
	await expect(page.getByText(noQuizYetEn, { exact: false })).toBeVisible();
	await expect(page.getByText(/^No answers yet/)).toHaveCount(0);
});

test('after a 5-question quiz the page agrees with the results, offline too', async ({ page, context }) => {
	const errors = collectErrors(page);
	// a morning: cards the quiz makes, due in minutes, are due today, not after midnight
	await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
	await waitForServiceWorker(page);
	await startQuiz(page, 'વિકલ્પો');
	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ૫`);
		await expect(page.locator('.options button').first()).toBeEnabled();
		await page.keyboard.press('1');
		await expect(page.locator('.verdict')).toBeVisible();
		await next(page, n, 5);
	}
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	const score = (await page.locator('.score').textContent())!.trim();
	// one right answer is «સાચો», more «સાચા»
	const right = '૦૧૨૩૪૫'.indexOf(score.match(/માંથી (.) સાચ[ાો]/)![1]!);
	expect(score).toBe(`૫માંથી ${gu(right)} ${right === 1 ? 'સાચો' : 'સાચા'}`);
	const perCategory = (await page.locator('.categories li').allTextContents()).map((text) =>
		text.trim().split(/:\s*/)
	);

	const check = async () => {
		await expect(page.getByText(`કુલ ૫ જવાબ, ${gu(right * 20)}% સાચા`)).toBeVisible();
		await expect(page.locator('.score')).toHaveText(score);
		const categories = page.getByRole('list', { name: 'શ્રેણી પ્રમાણે' }).getByRole('listitem');
		await expect(categories).toHaveCount(perCategory.length);
		for (const [label, categoryScore] of perCategory) {
			await expect(categories.filter({ hasText: label! })).toContainText(categoryScore!);
		}
		const articles = page.getByRole('list', { name: 'લેખ પ્રમાણે' }).getByRole('listitem');
		await expect(articles.first()).toBeVisible();

		const daily = page.getByRole('region', { name: 'છેલ્લા ૩૦ દિવસ' });
		await expect(daily.getByText(`૩૦માંથી ૧ દિવસે ક્વિઝ કે “શીખો”માં જવાબ આપ્યા.`)).toBeVisible();
		// the streak above counts card reviews; this chart does not, and says so
		await expect(daily.getByText(/કાર્ડની સમીક્ષા અહીં ગણાતી નથી/)).toBeVisible();
		await expect(daily.getByText(`: ${gu(right * 20)}% સાચા.`)).toBeVisible();
		await expect(daily.locator('figure > svg rect.none')).toHaveCount(29);
		await expect(daily.getByText('એ દિવસે કોઈ જવાબ નહીં')).toBeVisible();

		const due = page.getByRole('region', { name: 'આવતા ૭ દિવસમાં બાકી કાર્ડ' });
		await expect(due.getByText('કુલ ૫ કાર્ડ — આજે: ૫.')).toBeVisible();
		await expect(due.locator('figure > svg rect.bar')).toHaveCount(7);
		await expect(due.locator('figure > svg rect.bar:not(.zero)')).toHaveCount(1);

		await expect(page.getByText('સળંગ ૧ દિવસ')).toBeVisible();
		await expect(page.getByText('આજનો અભ્યાસ થઈ ગયો — શાબાશ!')).toBeVisible();
	};

	await page.goto('/progress');
	await check();
	expect(errors).toEqual([]);

	await context.setOffline(true);
	await page.reload();
	await check();
});

test('"quiz me on these" asks the questions missed twice', async ({ page }) => {
	await startQuiz(page, 'લખીને');
	const missed = await playTyped(page, 5, (n) => n % 2 === 1);
	await expect(page.locator('.score')).toHaveText('૫માંથી ૨ સાચા');
	await page.getByRole('button', { name: 'ચૂકેલા પ્રશ્નો ફરીથી' }).click();
	await playTyped(page, 3, () => true);

	await page.goto('/progress');
	const weak = page.getByRole('region', { name: 'સૌથી નબળા પ્રશ્નો' }).getByRole('listitem');
	await expect(weak).toHaveCount(3);
	await expect(weak.filter({ hasText: '૨માંથી ૦ સાચા' })).toHaveCount(3);
	expect((await weak.locator('.prompt').allTextContents()).sort()).toEqual([...missed].sort());

	await page.getByRole('button', { name: 'આ પ્રશ્નો પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	const asked: string[] = [];
	for (let n = 1; n <= 3; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ૩`);
		await expect(page.locator('.options button')).toHaveCount(4);
		asked.push((await page.locator('h1').textContent())!.trim());
		await page.keyboard.press('1');
		await next(page, n, 3);
	}
	expect(asked.sort()).toEqual([...missed].sort());
});

/** An own set with no source text: its questions point to the pseudo article `<set id>.txt`, which it does not list. */
const OWN_SET_ID = 'set-mx61zo1w';
function ownSetRecord() {
	const question = (n: number, prompt: string, answer: string) => ({
		id: `${OWN_SET_ID}-q${n}`,
		category: 'person',
		prompt,
		answer,
		accept: [],
		article: `${OWN_SET_ID}.txt`,
		quote: `${prompt} — ${answer}`,
		en: answer
	});
	const now = Date.now();
	return {
		id: OWN_SET_ID,
		set: {
			id: OWN_SET_ID,
			title: 'વર્ગની ક્વિઝ',
			title_en: 'Class quiz',
			lang: 'gu',
			articles: [],
			questions: [
				question(1, 'ભારતના પહેલા વડાપ્રધાન કોણ હતા?', 'જવાહરલાલ નેહરુ'),
				question(2, 'ગુજરાતના પહેલા મુખ્યમંત્રી કોણ હતા?', 'જીવરાજ મહેતા')
			]
		},
		sources: {},
		origin: 'new',
		lastQuestion: 2,
		createdAt: now,
		updatedAt: now
	};
}

test('regression: answers to an own set without source text are listed under the set’s title, not a file name', async ({
	page
}) => {
	await page.goto('/progress');
	await expect(page.getByText(/^હજી કોઈ જવાબ નથી/)).toBeVisible();
	const record = ownSetRecord();
	await putSets(page, [record]);
	await putRecords(
		page,
		'attempts',
		record.set.questions.map((q, i) => ({
			questionId: q.id,
			quizId: 'own-quiz',
			given: q.answer,
			correct: i === 0,
			mode: 'typed',
			ms: 4_000,
			at: Date.now()
		}))
	);

	await page.reload();
	const articles = page.getByRole('list', { name: 'લેખ પ્રમાણે' }).getByRole('listitem');
	await expect(articles).toHaveCount(1);
	await expect(articles.first()).toContainText('વર્ગની ક્વિઝ');
	await expect(articles.first()).toContainText('૨માંથી ૧ સાચો');
	await expect(page.getByText(/\.txt/)).toHaveCount(0);

	await page.evaluate(() => localStorage.setItem('kasoti.preferences', JSON.stringify({ lang: 'en' })));
	await page.reload();
	const english = page.getByRole('list', { name: 'By article' }).getByRole('listitem');
	await expect(english.first()).toContainText('Class quiz');
	await expect(page.getByText(/\.txt/)).toHaveCount(0);
});
