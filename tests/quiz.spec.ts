/*
 * Quizzes, in a real Chromium against the production build:
 * - a 10-question multiple-choice quiz is played to the results page while offline; the score,
 *   the per-category breakdown and the missed list agree with the answers given;
 * - each answer is in IndexedDB the moment it is given, and the results say how many questions
 *   joined the flashcards;
 * - a reload in the middle resumes at the same question, offline too, on its feedback if the
 *   student had not moved on from it, and /quiz offers to continue;
 * - a typed answer in Latin letters ("putin") counts as right, and so does a name, place or date
 *   in English spelling for a teacher's set that gives the answers in Gujarati alone;
 * - "retry the missed ones" deals a quiz of exactly the missed questions;
 * - the last choices on /quiz are remembered;
 * - while the own sets are still being read, /quiz lists them and Start is usable; a tap deals
 *   from them once they are read;
 * - "retry the missed ones" on a reloaded results page finds an own set's questions;
 * - /quiz deals the next quiz ahead, and a later visit counts its choices' questions and Start
 *   opens it while the own sets' read is held: no question is read first.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { readFileSync, readdirSync } from 'node:fs';
import { HOLD_SETS, holdReads, importSet, releaseHeldReads, storedCount, storedRecords, waitForServiceWorker } from './helpers';

type BankQuestion = { prompt: string; answer: string; accept: string[]; category: string };
const bank: BankQuestion[] = readdirSync('questions/sets').flatMap(
	(f) => JSON.parse(readFileSync(`questions/sets/${f}`, 'utf8')).questions
);

/** Answers the question on screen with its first option; returns whether it was right. */
async function answerFirstOption(page: Page): Promise<boolean> {
	await expect(page.locator('.options button').first()).toBeEnabled();
	await page.keyboard.press('1');
	const verdict = page.locator('.verdict');
	await expect(verdict).toBeVisible();
	return (await verdict.textContent())!.includes('બરાબર!');
}

test('a Gujarati keyboard’s ૨ picks the second option, as 2 does', async ({ page }) => {
	await page.goto('/quiz');
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	const second = page.locator('.options button').nth(1);
	await expect(second).toBeEnabled();
	// the option as shown, its digits as the student reads them: compared digit for digit
	const ascii = (text: string) => text.replace(/[૦-૯]/g, (d) => String(d.charCodeAt(0) - 0x0ae6)).trim();
	const option = ascii((await second.locator('.text').textContent())!);
	// Playwright's keyboard is an English one: the key a Gujarati layout sends is dispatched as the browser would
	await page.evaluate(() => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: '૨', bubbles: true })));
	await expect(page.locator('.verdict')).toBeVisible();
	const [attempt] = await storedRecords<{ given: string }>(page, 'attempts');
	expect(ascii(attempt!.given)).toBe(option);
});

test('a 10-question quiz is played to the results page offline', async ({ page, context }) => {
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/quiz');
	await expect(page.getByRole('heading', { level: 1, name: 'ક્વિઝ' })).toBeVisible();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);

	let right = 0;
	for (let n = 1; n <= 10; n++) {
		const digits = '૦૧૨૩૪૫૬૭૮૯';
		const label = `${[...String(n)].map((d) => digits[Number(d)]).join('')} / ૧૦`;
		await expect(page.locator('.count')).toHaveText(label);
		await expect(page.getByRole('listitem').getByRole('button')).toHaveCount(4);
		if (await answerFirstOption(page)) right++;
		expect(await storedCount(page, 'attempts')).toBe(n);
		// The quote from the article is shown with the answer marked.
		await expect(page.locator('.feedback blockquote mark')).toHaveCount(1);
		await page.getByRole('button', { name: n < 10 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}

	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	const gu = (x: number) => [...String(x)].map((d) => '૦૧૨૩૪૫૬૭૮૯'[Number(d)]).join('');
	await expect(page.locator('.score')).toHaveText(`${gu(10)}માંથી ${gu(right)} ${right === 1 ? 'સાચો' : 'સાચા'}`);
	await expect(page.locator('.missed > li')).toHaveCount(10 - right);
	await expect(page.getByRole('heading', { name: 'શ્રેણી પ્રમાણે' })).toBeVisible();
	// a fresh profile: every answer gave its question a memory card, and the page says so
	await expect(page.getByText(`આ ક્વિઝથી ${gu(10)} નવા પ્રશ્નો તમારાં કાર્ડમાં ઉમેરાયા.`, { exact: false })).toBeVisible();
});

test('a reload in the middle resumes at the same question, offline too', async ({ page, context }) => {
	await waitForServiceWorker(page);
	await page.goto('/quiz');
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	for (let n = 1; n <= 3; n++) {
		await answerFirstOption(page);
		await page.getByRole('button', { name: 'આગળ' }).click();
	}
	await expect(page.locator('.count')).toHaveText('૪ / ૧૦');
	const prompt = await page.locator('h1').textContent();

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('.count')).toHaveText('૪ / ૧૦');
	await expect(page.locator('h1')).toHaveText(prompt!);

	// Closing the tab mid-feedback keeps the answer too, and that feedback shows again.
	await answerFirstOption(page);
	await page.reload();
	await expect(page.locator('.count')).toHaveText('૪ / ૧૦');
	await expect(page.locator('.verdict')).toBeVisible();

	await page.goto('/quiz');
	await expect(page.getByText('તમારી એક ક્વિઝ અધૂરી છે.')).toBeVisible();
	await expect(page.getByText('૧૦માંથી ૪ પ્રશ્નોના જવાબ આપ્યા છે.')).toBeVisible();
	await page.getByRole('link', { name: 'ક્વિઝ ચાલુ રાખો' }).click();
	await expect(page.locator('.count')).toHaveText('૪ / ૧૦');
	await page.getByRole('button', { name: 'આગળ' }).click();
	await expect(page.locator('.count')).toHaveText('૫ / ૧૦');
});

test('a typed answer in Latin letters counts, and the choices are remembered', async ({ page }) => {
	await page.goto('/quiz');
	await page.getByRole('checkbox', { name: 'તારીખો' }).uncheck();
	await page.getByRole('checkbox', { name: 'સ્થળો' }).uncheck();
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('radio', { name: '૫', exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();

	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('.count')).toHaveText(`${'૦૧૨૩૪૫'[n]} / ૫`);
		const prompt = (await page.locator('h1').textContent())!.trim();
		const question = bank.find((q) => q.prompt === prompt)!;
		expect(question.category).toBe('person');
		const latin = question.accept.find((a) => /^[A-Za-z .-]+$/.test(a))!;
		await page.getByLabel('તમારો જવાબ લખો').fill(latin.toLowerCase());
		await page.getByRole('button', { name: 'તપાસો' }).click();
		await expect(page.locator('.verdict')).toHaveText(/બરાબર!/);
		await page.getByRole('button', { name: n < 5 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.score')).toHaveText('૫માંથી ૫ સાચા');

	await page.goto('/quiz');
	await expect(page.getByRole('checkbox', { name: 'વ્યક્તિઓ' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'તારીખો' })).not.toBeChecked();
	await expect(page.getByRole('radio', { name: 'લખીને' })).toBeChecked();
	await expect(page.getByRole('radio', { name: '૫', exact: true })).toBeChecked();
});

test('names, places and dates typed in English count for a set that gives its answers in Gujarati alone', async ({ page }) => {
	await importSet(page, 'english-spellings.json');
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: દુનિયાના સમાચાર ૨૦૨૩' });
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('radio', { name: 'બધા', exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	// the set has no English form of any answer: each is read from its English spelling
	const typed: Record<string, string> = {
		'જેસિન્ડા આર્ડર્ન': 'Jacinda Ardern',
		'લોસ એન્જલસ': 'Los Angeles',
		'૧૯ નવેમ્બર ૨૦૨૩': 'November 19, 2023'
	};
	const set = JSON.parse(readFileSync('tests/fixtures/quiz-screens/english-spellings.json', 'utf8')) as { questions: BankQuestion[] };
	for (let n = 1; n <= 3; n++) {
		await expect(page.locator('.count')).toHaveText(`${'૦૧૨૩'[n]} / ૩`);
		const prompt = (await page.locator('h1').textContent())!.trim();
		const question = set.questions.find((q) => q.prompt === prompt)!;
		expect(question.accept).toEqual([]);
		await page.getByLabel('તમારો જવાબ લખો').fill(typed[question.answer]!);
		await page.getByRole('button', { name: 'તપાસો' }).click();
		await expect(page.locator('.verdict')).toHaveText(/બરાબર!/);
		await page.getByRole('button', { name: n < 3 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.score')).toHaveText('૩માંથી ૩ સાચા');
	const attempts = await storedRecords<{ given: string; correct: boolean }>(page, 'attempts');
	expect(attempts.map((a) => [a.given, a.correct]).sort()).toEqual(Object.values(typed).map((given) => [given, true]).sort());
});

test('"retry the missed ones" asks exactly the missed questions', async ({ page }) => {
	await page.goto('/quiz');
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('radio', { name: '૫', exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	const missed: string[] = [];
	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('.count')).toHaveText(`${'૦૧૨૩૪૫'[n]} / ૫`);
		const prompt = (await page.locator('h1').textContent())!.trim();
		if (n % 2 === 1) missed.push(prompt);
		const question = bank.find((q) => q.prompt === prompt)!;
		await page.getByLabel('તમારો જવાબ લખો').fill(n % 2 === 1 ? 'ખોટો જવાબ' : question.answer);
		await page.getByRole('button', { name: 'તપાસો' }).click();
		await page.getByRole('button', { name: n < 5 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.score')).toHaveText('૫માંથી ૨ સાચા');
	await page.getByRole('button', { name: 'ચૂકેલા પ્રશ્નો ફરીથી' }).click();
	const asked: string[] = [];
	for (let n = 1; n <= 3; n++) {
		await expect(page.locator('.count')).toHaveText(`${'૦૧૨૩'[n]} / ૩`);
		asked.push((await page.locator('h1').textContent())!.trim());
		await page.getByLabel('તમારો જવાબ લખો').fill('x');
		await page.getByRole('button', { name: 'તપાસો' }).click();
		await page.getByRole('button', { name: n < 3 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	expect(asked.sort()).toEqual(missed.sort());
});

test('while the own sets are read, /quiz lists them from their summaries and Start deals from them once read', async ({ page }) => {
	await waitForServiceWorker(page);
	await importSet(page, 'same-layout.json');
	const [stored] = await storedRecords<{ set: { questions: { prompt: string }[] } }>(page, 'sets');
	await page.addInitScript(HOLD_SETS);
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: ભુજની શાળાના ઓરડા' });
	const start = page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' });
	await expect(start).toBeEnabled();
	// the count waits for every question, keeping its place
	await expect(page.locator('.count')).toHaveClass(/pending/);
	await start.click();
	await expect(start).toBeDisabled();
	// the tap waits for the read, and the line says so
	await expect(page.locator('.count')).toHaveText('લોડ થઈ રહ્યું છે…');
	await expect(page.locator('.count')).toBeVisible();
	await page.waitForTimeout(300);
	await expect(page).toHaveURL(/\/quiz$/);
	await releaseHeldReads(page);
	await expect(page).toHaveURL(/\/quiz\/play$/);
	const prompt = (await page.locator('.prompt').textContent())!;
	expect(stored!.set.questions.some((q) => prompt.includes(q.prompt))).toBe(true);
});

test('regression: "retry the missed ones" on a reloaded results page asks an own set’s missed questions', async ({ page }) => {
	await waitForServiceWorker(page);
	await importSet(page, 'same-layout.json');
	const [stored] = await storedRecords<{ set: { questions: { prompt: string }[] } }>(page, 'sets');
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: ભુજની શાળાના ઓરડા' });
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('radio', { name: '૫', exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	for (let n = 1; n <= 5; n++) {
		await page.getByLabel('તમારો જવાબ લખો').fill('ખોટો જવાબ');
		await page.getByRole('button', { name: 'તપાસો' }).click();
		await page.getByRole('button', { name: n < 5 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.score')).toHaveText('૫માંથી ૦ સાચા');
	// a fresh page: nothing has read the own sets before the retry deals
	await page.reload();
	await page.getByRole('button', { name: 'ચૂકેલા પ્રશ્નો ફરીથી' }).click();
	await expect(page.locator('.count')).toHaveText('૧ / ૫');
	const prompt = (await page.locator('h1').textContent())!.trim();
	expect(stored!.set.questions.some((q) => q.prompt === prompt)).toBe(true);
});

test('a quiz just started opens with no read of its answers, and its first answer is stored', async ({ page }) => {
	await waitForServiceWorker(page);
	await page.addInitScript(holdReads('attempts'));
	await page.goto('/quiz');
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	// the quiz dealt a moment ago comes to its screen in memory: it has no answer to wait for
	await expect(page.locator('.options button').first()).toBeEnabled();
	await expect(page.locator('.count')).toHaveText('૧ / ૧૦');
	const prompt = (await page.locator('.prompt').textContent())!;
	const [active] = await storedRecords<{ status: string; items: { question: { prompt: string } }[] }>(page, 'quizzes');
	expect(active!.status).toBe('active');
	expect(prompt).toContain(active!.items[0]!.question.prompt);
	await releaseHeldReads(page);
	await page.keyboard.press('1');
	await expect(page.locator('.verdict')).toBeVisible();
	await expect.poll(() => storedCount(page, 'attempts')).toBe(1);
	// read back on a reload, as a quiz not dealt this moment is: its answer shows again
	await page.reload();
	await releaseHeldReads(page);
	await expect(page.locator('.count')).toHaveText('૧ / ૧૦');
	await expect(page.locator('.verdict')).toBeVisible();
});

test('a quiz dealt ahead opens at Start before the own sets are read', async ({ page }) => {
	await waitForServiceWorker(page);
	await importSet(page, 'same-layout.json');
	await page.goto('/quiz');
	// once every question is indexed, the quiz screen deals the next quiz for the choices on it
	const kept = await page.waitForFunction(() => localStorage.getItem('kasoti.next-quiz'));
	const first = (JSON.parse((await kept.jsonValue())!) as { items: { question: { prompt: string } }[] }).items[0]!.question.prompt;
	await page.addInitScript(HOLD_SETS);
	await page.goto('/quiz');
	// the count comes with the quiz dealt ahead: no question is read for it
	await expect(page.locator('.count')).not.toHaveClass(/pending/);
	await expect(page.locator('.count')).toHaveText(/^આ પસંદગીમાં [૦-૯]+ પ્રશ્નો છે\.$/);
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.prompt')).toContainText(first);
	// used once: the next is dealt when the questions are indexed again
	expect(await page.evaluate(() => localStorage.getItem('kasoti.next-quiz'))).toBeNull();
	await releaseHeldReads(page);
	await expect.poll(() => page.evaluate(() => localStorage.getItem('kasoti.next-quiz')), { timeout: 10_000 }).not.toBeNull();
});
