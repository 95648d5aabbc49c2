/*
 * The quiz screens on a phone, in a real Chromium against the production build (each a defect
 * students met, pinned):
 * - after an answer (typed and wrong, multiple choice, true/false) the feedback's next button is
 *   wholly on screen above the bottom bar, checked with elementFromPoint once the page settles, at
 *   390 px wide from 560 to 960 px tall and at 320x640, in Gujarati and English, also when the
 *   on-screen keyboard closes; a tap on its centre goes on and never opens Progress;
 * - a true/false verdict never uses the words of the True and False buttons, in the panel and in
 *   the live region, in both languages; a wrong judgement is told what the statement was (true, or
 *   false with the answer), in the feedback, the live region and the results;
 * - starting a quiz (the /quiz form, "quiz me on this article", "retry missed") while another has
 *   answers asks first in a modal dialog saying how far it got: Escape and cancel change nothing
 *   and give focus back, continue opens the old quiz, discard starts the new one; in English too;
 * - the digits chosen in Settings reach the prompts, options, right answers and given answers,
 *   while the article's quote keeps its own digits and its marked answer;
 * - results show the student's own answer beside the right one for each missed question (the
 *   option, the typed text, or True/False in words);
 * - reloaded on a feedback, the quiz shows that feedback again (after the last answer too) until
 *   the student moves on; after moving on, a reload goes on at the next question;
 * - /quiz offers each own set once, as a set, after the built-in articles and sets;
 * - after Start and after each "next", focus is on the new question, so the next Tab reaches its
 *   options, not the skip link and the navigation.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { importSet, storedRecords, usePreferences } from './helpers';

const DIGITS = '૦૧૨૩૪૫૬૭૮૯';
/** A number in Gujarati digits, as the Gujarati interface writes it. */
const gu = (n: number) => [...String(n)].map((d) => DIGITS[Number(d)]).join('');

type Item = { mode: string; truth?: boolean; question: { id: string; answer: string; prompt: string } };
type StoredQuiz = { id: string; status: string; items: Item[]; options: { source: { type: string } } };

/** The quizzes stored on the device, by id. */
async function quizzes(page: Page): Promise<Map<string, StoredQuiz>> {
	return new Map((await storedRecords<StoredQuiz>(page, 'quizzes')).map((q) => [q.id, q]));
}

/** The one active quiz on the device. */
async function activeQuiz(page: Page): Promise<StoredQuiz> {
	const active = [...(await quizzes(page)).values()].filter((q) => q.status === 'active');
	expect(active).toHaveLength(1);
	return active[0]!;
}

const MODES = { choice: 'વિકલ્પો', typed: 'લખીને', tf: 'સાચું/ખોટું' } as const;

/** Starts a quiz from the /quiz form of the Gujarati interface (nothing unfinished on the device). */
async function newQuiz(page: Page, mode: keyof typeof MODES, length: 5 | 10 | 20 | 'all', only?: 'date') {
	await page.goto('/quiz');
	if (only === 'date') {
		await page.getByRole('checkbox', { name: 'વ્યક્તિઓ' }).uncheck();
		await page.getByRole('checkbox', { name: 'સ્થળો' }).uncheck();
	}
	await page.getByRole('radio', { name: MODES[mode] }).check();
	await page.getByRole('radio', { name: length === 'all' ? 'બધા' : gu(length), exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
}

/** Answers the multiple-choice question on screen with its first option, once the page takes answers. */
async function answerFirst(page: Page) {
	await expect(page.locator('.options button').first()).toBeEnabled();
	await page.keyboard.press('1');
	await expect(page.locator('.verdict')).toBeVisible();
}

/** Whether the button is wholly on screen, above the bottom bar and under nothing, checked where a finger lands. */
async function reachable(page: Page, name: string) {
	const button = page.getByRole('button', { name, exact: true });
	await expect(button).toBeFocused();
	// the page settles: the scroll, the fonts, a keyboard closing
	await page.waitForTimeout(800);
	return button.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const bar = document.querySelector('nav')!.getBoundingClientRect();
		const x = r.left + r.width / 2;
		const hit = (y: number) => el.contains(document.elementFromPoint(x, y));
		return {
			onScreen: r.top >= 0 && r.bottom <= innerHeight,
			aboveBar: r.bottom <= bar.top,
			centre: hit(r.top + r.height / 2),
			top: hit(r.top + 2),
			bottom: hit(r.bottom - 2)
		};
	});
}

/** Taps the middle of the button where it is now, without scrolling first, as a finger would. */
async function tapWhereItIs(page: Page, name: string) {
	const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const ALL_CLEAR = { onScreen: true, aboveBar: true, centre: true, top: true, bottom: true };

/**
 * Fourteen questions laid out alike (a long quote and English line), so each one's next button
 * stands at about the same place on the page: answered at phone heights 40 px apart, one of them
 * brings the button where the bottom bar is, unless the page sees to it.
 */
const SAME_LAYOUT = 'same-layout.json';
/** A phone, and for a typed answer the height the on-screen keyboard left while typing. */
type Step = { width: number; height: number; typing?: number };
const SWEEP: Step[] = [560, 600, 640, 680, 720, 760, 800, 844, 880, 920, 960].map((height) => ({ width: 390, height }));
/** The narrowest phone the app supports. */
const NARROW: Step = { width: 320, height: 640 };
/** The keyboard takes the lower part of the screen while typing, and closes after the answer. */
const KEYBOARD: Step[] = [380, 460].map((typing) => ({ width: 390, height: 844, typing }));

/** Starts a quiz in `mode` on the same-layout set, with the Gujarati interface. */
async function sameLayoutQuiz(page: Page, mode: keyof typeof MODES) {
	await importSet(page, SAME_LAYOUT);
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: ભુજની શાળાના ઓરડા' });
	await page.getByRole('radio', { name: MODES[mode] }).check();
	await page.getByRole('radio', { name: 'બધા', exact: true }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
}

for (const mode of ['typed', 'choice', 'tf'] as const) {
	test(`regression: after a ${mode} answer the next button is above the bottom bar, at any phone height`, async ({ page }) => {
		test.setTimeout(90_000);
		await sameLayoutQuiz(page, mode);
		const steps = mode === 'typed' ? [...SWEEP, ...KEYBOARD, NARROW] : [...SWEEP, NARROW];
		for (const [i, step] of steps.entries()) {
			await page.setViewportSize({ width: step.width, height: step.typing ?? step.height });
			await expect(page.locator('.count')).toHaveText(`${gu(i + 1)} / ૧૪`);
			if (mode === 'typed') {
				await page.getByLabel('તમારો જવાબ લખો').fill('અમદાવાદ');
				await page.getByRole('button', { name: 'તપાસો' }).click();
				await expect(page.locator('.feedback .given')).toHaveText('તમારો જવાબ: અમદાવાદ');
				await page.setViewportSize(step);
			} else if (mode === 'tf') await page.getByRole('button', { name: 'ખોટું', exact: true }).click();
			else await page.locator('.options button').first().click();
			const at = `${step.width}x${step.height}${step.typing ? `, keyboard closed from ${step.typing}` : ''}`;
			const name = i < 13 ? 'આગળ' : 'પરિણામ જુઓ';
			expect(await reachable(page, name), at).toEqual(ALL_CLEAR);
			// a tap where the button shows goes on, and never opens the bar's Progress
			await tapWhereItIs(page, name);
			await expect(page).toHaveURL(i < 13 ? /\/quiz\/play$/ : /\/quiz\/results/);
		}
	});
}

test('regression: in English the typed feedback’s next button is above the bar, at any phone height', async ({ page }) => {
	test.setTimeout(90_000);
	await usePreferences(page, { lang: 'en' });
	await importSet(page, SAME_LAYOUT, 'en');
	await page.goto('/quiz');
	await page.getByLabel('From').selectOption({ label: 'Set: The rooms of the Bhuj school' });
	await page.getByRole('radio', { name: 'Typing' }).check();
	await page.getByRole('radio', { name: 'All', exact: true }).check();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (const [i, size] of [...SWEEP, NARROW].entries()) {
		await page.setViewportSize(size);
		await expect(page.locator('.count')).toHaveText(`${i + 1} / 14`);
		await page.getByLabel('Type your answer (Gujarati or Latin letters)').fill('Ahmedabad');
		await page.getByRole('button', { name: 'Check' }).click();
		expect(await reachable(page, 'Next'), `${size.width}x${size.height}`).toEqual(ALL_CLEAR);
		await tapWhereItIs(page, 'Next');
	}
	await expect(page.locator('.count')).toHaveText('13 / 14');
});

/** Answers the true/false question on screen rightly or wrongly; returns the truth of its statement. */
async function judge(page: Page, items: Item[], n: number, rightly: boolean, words: [string, string]) {
	await expect(page.locator('.count')).toHaveText(new RegExp(`^${words === TF_GU ? gu(n) : n} /`));
	const truth = items[n - 1]!.truth!;
	const sayTrue = rightly ? truth : !truth;
	await page.getByRole('button', { name: sayTrue ? words[0] : words[1], exact: true }).click();
	return truth;
}

const TF_GU: [string, string] = ['સાચું', 'ખોટું'];
const TF_EN: [string, string] = ['True', 'False'];
const live = (page: Page) => page.locator('.visually-hidden[role="status"]');

test('regression: a right "False" is not announced with the word on the "True" button, in either language', async ({ page }) => {
	await newQuiz(page, 'tf', 'all');
	const { items } = await activeQuiz(page);
	const firstFalse = items.findIndex((item) => item.truth === false) + 1;
	expect(firstFalse).toBeGreaterThan(0);
	for (let n = 1; n < firstFalse; n++) {
		await judge(page, items, n, true, TF_GU);
		await page.getByRole('button', { name: 'આગળ' }).click();
	}
	// the statement is false, and the student says so
	expect(await judge(page, items, firstFalse, true, TF_GU)).toBe(false);
	await expect(page.locator('.verdict')).toHaveText('✓ બરાબર!');
	await expect(live(page)).toHaveText('બરાબર!');
	await page.getByRole('button', { name: 'આગળ' }).click();

	const wasTrue = await judge(page, items, firstFalse + 1, false, TF_GU);
	await expect(page.locator('.verdict')).toHaveText('✗ ભૂલ થઈ.');
	for (const word of TF_GU) expect(await page.locator('.verdict').innerText()).not.toContain(word);
	// "the answer: રશિયા" did not say whether the statement was true
	const told = wasTrue ? /^વિધાન સાચું હતું$/ : /^વિધાન ખોટું હતું: સાચો જવાબ .+ છે$/;
	await expect(page.locator('.feedback .answer')).toHaveText(told);
	await expect(live(page)).toHaveText(wasTrue ? /^ભૂલ થઈ\. વિધાન સાચું હતું/ : /^ભૂલ થઈ\. વિધાન ખોટું હતું: સાચો જવાબ .+ છે/);
	await page.getByRole('button', { name: 'આગળ' }).click();

	// the same quiz in English
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await page.goto('/quiz/play');
	const n = firstFalse + 2;
	await judge(page, items, n, true, TF_EN);
	await expect(page.locator('.verdict')).toHaveText('✓ Right!');
	await expect(live(page)).toHaveText('Right!');
	await page.getByRole('button', { name: 'Next' }).click();
	const nextTrue = await judge(page, items, n + 1, false, TF_EN);
	await expect(page.locator('.verdict')).toHaveText('✗ Wrong.');
	await expect(live(page)).toHaveText(nextTrue ? /^Wrong\. The statement was true/ : /^Wrong\. The statement was false: the answer is ./);
});

const dialog = (page: Page, name = 'એક ક્વિઝ અધૂરી છે') => page.getByRole('dialog', { name });

test('regression: a new quiz from /quiz or an article asks before an unfinished one is thrown away', async ({ page }) => {
	await newQuiz(page, 'choice', 5);
	await answerFirst(page);
	const old = await activeQuiz(page);

	// the /quiz form: Escape cancels, and focus is back on the button that asked
	await page.goto('/quiz');
	const start = page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' });
	await start.click();
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page)).toContainText('તમારી અધૂરી ક્વિઝમાં ૫માંથી ૧ પ્રશ્નનો જવાબ આપ્યો છે.');
	await expect(dialog(page).getByRole('button', { name: 'એ ક્વિઝ ચાલુ રાખો' })).toBeFocused();
	// modal: the page behind takes no tap
	expect(await page.evaluate(() => document.querySelector('dialog[open]')?.matches(':modal'))).toBe(true);
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(start).toBeFocused();
	await expect(page).toHaveURL(/\/quiz$/);
	expect((await activeQuiz(page)).id).toBe(old.id);

	// continue: the old quiz, where it was
	await start.click();
	await dialog(page).getByRole('button', { name: 'એ ક્વિઝ ચાલુ રાખો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.count')).toHaveText('૧ / ૫');
	expect((await activeQuiz(page)).id).toBe(old.id);

	// "quiz me on this article": cancel, then discard for the new one
	await page.goto('/read/000_1ee9a9eab18b7454');
	const quizMe = page.getByRole('button', { name: 'આ લેખ પર ક્વિઝ' });
	await quizMe.click();
	await dialog(page).getByRole('button', { name: 'રદ કરો' }).click();
	await expect(dialog(page)).toBeHidden();
	await expect(quizMe).toBeFocused();
	expect((await activeQuiz(page)).id).toBe(old.id);
	await quizMe.click();
	await dialog(page).getByRole('button', { name: 'તે છોડીને નવી શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.count')).toHaveText('૧ / ૧૦');
	const now = await activeQuiz(page);
	expect(now.id).not.toBe(old.id);
	expect(now.options.source.type).toBe('article');
	expect((await quizzes(page)).get(old.id)?.status).toBe('abandoned');
});

test('regression: "retry missed" asks before replacing another quiz in progress, in English too', async ({ page }) => {
	await usePreferences(page, { lang: 'en' });
	await page.goto('/quiz');
	await page.getByRole('radio', { name: 'Typing' }).check();
	await page.getByRole('radio', { name: '5', exact: true }).check();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (let n = 1; n <= 5; n++) {
		await page.getByLabel('Type your answer (Gujarati or Latin letters)').fill('Ahmedabad');
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: n < 5 ? 'Next' : 'See the results' }).click();
	}
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	const results = page.url();

	// another quiz, one answer in
	await page.goto('/quiz');
	await page.getByRole('radio', { name: 'Choices' }).check();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerFirst(page);
	const other = await activeQuiz(page);

	await page.goto(results);
	await page.getByRole('button', { name: 'Retry the missed ones' }).click();
	const asking = dialog(page, 'An unfinished quiz');
	await expect(asking).toContainText('Your unfinished quiz: 1 of 5 answered.');
	await expect(asking.getByRole('button', { name: 'Continue that quiz' })).toBeFocused();
	await expect(asking.getByRole('button', { name: 'Discard it and start the new one' })).toBeVisible();
	await asking.getByRole('button', { name: 'Cancel' }).click();
	await expect(asking).toBeHidden();
	await expect(page.getByRole('button', { name: 'Retry the missed ones' })).toBeFocused();
	expect((await activeQuiz(page)).id).toBe(other.id);
});

const GUJARATI_DIGIT = /[૦-૯]/;

test('regression: with ASCII digits chosen, options, prompts, answers and titles use them; the quote keeps its own', async ({ page }) => {
	await usePreferences(page, { lang: 'gu', digits: 'ascii' });
	await newQuiz(page, 'choice', 'all', 'date');
	const { items } = await activeQuiz(page);
	let quotedDigits = 0;
	for (let n = 1; n <= items.length; n++) {
		await expect(page.locator('.count')).toHaveText(`${n} / ${items.length}`);
		const shown = [await page.locator('h1.prompt').innerText(), ...(await page.locator('.options .text').allInnerTexts())];
		expect(shown.filter((text) => GUJARATI_DIGIT.test(text))).toEqual([]);
		await answerFirst(page);
		for (const line of await page.locator('.feedback .answer').allInnerTexts()) expect(line).not.toMatch(GUJARATI_DIGIT);
		// the quote is as the article wrote it, its answer still marked
		await expect(page.locator('.feedback blockquote mark')).toHaveCount(1);
		if (GUJARATI_DIGIT.test(await page.locator('.feedback blockquote').innerText())) quotedDigits++;
		await page.getByRole('button', { name: n < items.length ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	expect(quotedDigits).toBeGreaterThan(0);
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	for (const line of await page.locator('.missed :is(.prompt, .answer, .given)').allInnerTexts()) {
		expect(line).not.toMatch(GUJARATI_DIGIT);
	}
	// a set's title and an article's headline too, where Home and the quiz's sources kept ૨૦૨૩ and ૨૪ beside 2023
	await page.goto('/quiz');
	await expect(page.getByRole('combobox').filter({ hasText: 'કિમ જોંગ ઉનની રશિયા યાત્રા' }).first()).toContainText('(સપ્ટેમ્બર 2023)');
	expect(await page.locator('main').innerText()).not.toMatch(GUJARATI_DIGIT);
	for (const path of ['/', '/read', '/set?id=putin-north-korea']) {
		await page.goto(path);
		await expect(page.getByText(/24 વર્ષમાં/).first(), path).toBeVisible();
		expect(await page.locator('main').innerText(), path).not.toMatch(GUJARATI_DIGIT);
	}
});

test('regression: with Gujarati digits, options written "2011" and "એપ્રિલ 2019" are shown as ૨૦૧૧, એપ્રિલ ૨૦૧૯', async ({ page }) => {
	await importSet(page, 'latin-digits.json');
	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	/** Per question, as the fixture wrote it: its options shown, the wrong one picked, the answer, the quote's mark. */
	const YEAR = { options: ['૨૦૦૮', '૨૦૧૧', '૨૦૧૩', '૨૦૧૫'], pick: '૨૦૦૮', answer: '૨૦૧૧', marked: '2011' };
	const MONTH = {
		options: ['એપ્રિલ ૨૦૧૯', 'જૂન ૨૦૧૮', 'ફેબ્રુઆરી ૨૦૧૯', 'સપ્ટેમ્બર ૨૦૨૦'],
		pick: 'જૂન ૨૦૧૮',
		answer: 'એપ્રિલ ૨૦૧૯',
		marked: 'એપ્રિલ 2019'
	};
	const asked: (typeof YEAR)[] = [];
	for (let n = 1; n <= 2; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ૨`);
		const q = (await page.locator('h1.prompt').innerText()).includes('વર્ષે') ? YEAR : MONTH;
		asked.push(q);
		expect((await page.locator('.options .text').allInnerTexts()).sort()).toEqual([...q.options].sort());
		await page.locator('.options .text', { hasText: q.pick }).click();
		await expect(page.locator('.feedback .answer')).toHaveText(`સાચો જવાબ: ${q.answer}`);
		// the quote as the article wrote it, its answer still marked
		await expect(page.locator('.feedback blockquote mark')).toHaveText(q.marked);
		await page.getByRole('button', { name: n < 2 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.missed .given')).toHaveText(asked.map((q) => `✗ તમારો જવાબ: ${q.pick}`));
	await expect(page.locator('.missed .answer')).toHaveText(asked.map((q) => `✓ સાચો જવાબ: ${q.answer}`));
});

test('regression: results show the student’s own answer beside the right one', async ({ page }) => {
	// typed: the text as typed
	await newQuiz(page, 'typed', 5);
	for (let n = 1; n <= 5; n++) {
		await page.getByLabel('તમારો જવાબ લખો').fill('અમદાવાદ');
		await page.getByRole('button', { name: 'તપાસો' }).click();
		await page.getByRole('button', { name: n < 5 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.missed > li')).toHaveCount(5);
	await expect(page.locator('.missed .given')).toHaveText(Array(5).fill('✗ તમારો જવાબ: અમદાવાદ'));

	// multiple choice: the option picked
	await newQuiz(page, 'choice', 5);
	const picked: string[] = [];
	for (let n = 1; n <= 5; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ૫`);
		const first = await page.locator('.options .text').first().innerText();
		await answerFirst(page);
		if ((await page.locator('.verdict').innerText()).startsWith('✗')) picked.push(first);
		await page.getByRole('button', { name: n < 5 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.missed .given')).toHaveText(picked.map((p) => `✗ તમારો જવાબ: ${p}`));

	// true/false: the answer in words, under the statement it judged
	await newQuiz(page, 'tf', 5);
	const { items } = await activeQuiz(page);
	for (let n = 1; n <= 5; n++) {
		await judge(page, items, n, false, TF_GU);
		await page.getByRole('button', { name: n < 5 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page.locator('.missed .given')).toHaveText(items.map((i) => `✗ તમારો જવાબ: ${i.truth ? 'ખોટું' : 'સાચું'}`));
	// what the judgement should have been, not the answer alone
	await expect(page.locator('.missed .answer')).toHaveText(
		items.map((i) => (i.truth ? '✓ વિધાન સાચું હતું' : /^✓ વિધાન ખોટું હતું: સાચો જવાબ .+ છે$/))
	);
});

test('regression: reloaded on a feedback, the quiz shows it again until the student moves on', async ({ page }) => {
	await newQuiz(page, 'choice', 5);
	await answerFirst(page);
	const verdict = await page.locator('.verdict').innerText();
	const prompt = await page.locator('h1.prompt').innerText();

	await page.reload();
	await expect(page.locator('.count')).toHaveText('૧ / ૫');
	await expect(page.locator('h1.prompt')).toHaveText(prompt);
	await expect(page.locator('.verdict')).toHaveText(verdict);
	await expect(page.locator('.feedback blockquote mark')).toHaveCount(1);
	await expect(page.locator('.options button').first()).toBeDisabled();
	await expect(page.getByRole('button', { name: 'આગળ' })).toBeFocused();
	await page.getByRole('button', { name: 'આગળ' }).click();
	await expect(page.locator('.count')).toHaveText('૨ / ૫');

	// moved on: a reload stays on the question, with no feedback
	await page.reload();
	await expect(page.locator('.count')).toHaveText('૨ / ૫');
	await expect(page.locator('.feedback')).toHaveCount(0);

	for (let n = 2; n <= 5; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ૫`);
		await answerFirst(page);
		if (n < 5) await page.getByRole('button', { name: 'આગળ' }).click();
	}
	// the last answer's feedback, then the results
	await page.reload();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.count')).toHaveText('૫ / ૫');
	await expect(page.locator('.verdict')).toBeVisible();
	await page.getByRole('button', { name: 'પરિણામ જુઓ' }).click();
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	await expect(page.locator('.score')).toBeVisible();
});

test('regression: /quiz offers an own set once, as a set, not also as an article', async ({ page }) => {
	await importSet(page, '../import/kasoti.json');

	await page.goto('/quiz');
	await expect(page.locator('select option', { hasText: 'ભુજમાં નવી વિજ્ઞાન શાળા' })).toHaveCount(1);
	await expect(page.locator('select option')).toHaveText([
		'બધા પ્રશ્નો',
		'લેખ: છ દિવસની રશિયા યાત્રા પૂરી કરી કિમ જોંગ ઉન ઘરે રવાના, શસ્ત્ર સોદા અંગે વૈશ્વિક ચિંતા',
		'લેખ: રશિયાના રાષ્ટ્રપતિ પુતિન પહોંચ્યા ઉત્તર કોરિયા, ૨૪ વર્ષમાં પહેલી મુલાકાત',
		'સેટ: કિમ જોંગ ઉનની રશિયા યાત્રા (સપ્ટેમ્બર ૨૦૨૩)',
		'સેટ: પુતિનની ઉત્તર કોરિયા મુલાકાત',
		'સેટ: ભુજમાં નવી વિજ્ઞાન શાળા'
	]);
});

for (const mode of ['choice', 'tf'] as const) {
	test(`regression: focus moves to each new ${mode} question after Start and after "next", not to the page`, async ({ page }) => {
		await newQuiz(page, mode, 5);
		const prompt = page.locator('h1.prompt');
		await expect(prompt).toBeFocused();
		for (let n = 1; n <= 2; n++) {
			await page.keyboard.press('1');
			await expect(page.getByRole('button', { name: 'આગળ' })).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.locator('.verdict')).toHaveCount(0);
			await expect(prompt).toBeFocused();
			expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
		}
		// the next Tab reaches the first option of the question
		await page.keyboard.press('Tab');
		await expect(page.locator(mode === 'choice' ? '.options button' : '.choices button').first()).toBeFocused();
	});
}
