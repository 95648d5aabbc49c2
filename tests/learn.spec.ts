/*
 * Learn, in a real Chromium against the production build:
 * - a set with none of its questions starred says so, with a link back to the set's page; an
 *   unknown set says it was not found, with a link home; with no set named (regression: it said
 *   "not found"), the sets are offered, and one chosen opens on the same page;
 * - a starred subset of a built-in set is learnt to the end while offline (service worker in
 *   control): each fact first as a choice, then typed (Latin letters and Latin digits count), a
 *   missed fact comes back after the others in the same form, a checkpoint sums up the round,
 *   "N of M mastered" moves and is announced, and the finish screen links to the set and the cards;
 * - every answer is stored at once as an attempt with learn: true, each rating the question's card
 *   (one review per answer), and the round is stored as done;
 * - a reload in the middle of a question resumes at the same fact with the same options, a reload
 *   after an answer shows that answer again; opening Learn again resumes the round, and "Start over"
 *   asks first, then deals a new round; "carrying on where you left off" is said of a round reopened
 *   with answers, until the next answer, and never of one reopened before its first (regression);
 * - a fact whose card is known well starts typed; after a wrong answer, typed or chosen, the "Next"
 *   button is fully visible above the bottom bar at 390x844 and 320x640;
 * - regression: a set learnt to the end opens as finished (when, N of N mastered), the /learn list
 *   and the set's page say so (the page's Learn button then says "continue" during a round), and a
 *   new round is dealt only when the student chooses it, the finished one kept
 *   (it began again at 0 with no question asked);
 * - regression: an answer after all progress was deleted in another tab says that, writes nothing,
 *   and offers to start again (it said the round was finished or set aside in another tab).
 */
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { readFileSync } from 'node:fs';
import { storedRecords, waitForServiceWorker } from './helpers';

type Question = { id: string; prompt: string; answer: string; accept: string[] };
const SET = 'putin-north-korea';
const questions: Question[] = JSON.parse(readFileSync(`questions/sets/${SET}.json`, 'utf8')).questions;
const ascii = (text: string) => text.replace(/[૦-૯]/g, (d) => String('૦૧૨૩૪૫૬૭૮૯'.indexOf(d)));

const KIRBY = 'pnk-person-nsc-spokesman-kirby';
const PYONGYANG = 'pnk-place-city-airport-welcome';
const YEAR_2022 = 'pnk-date-ukraine-invasion-2022';
const AMERICA = 'pnk-place-country-us-accuses-nk';

/** Writes records straight into one store of the app's database (made by the app beforehand). */
async function putRecords(page: Page, store: string, records: object[]): Promise<void> {
	await page.evaluate(
		async ([store, records]) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const tx = db.transaction(store, 'readwrite');
			for (const record of records as Record<string, unknown>[]) {
				// dates cross into the page as text
				for (const field of ['due', 'last_review']) if (field in record) record[field] = new Date(record[field] as string);
				tx.objectStore(store).put(record);
			}
			await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)));
			db.close();
		},
		[store, records] as const
	);
}

/** Stars questions of the set, as its page would. */
function star(page: Page, ids: string[]): Promise<void> {
	return putRecords(page, 'stars', ids.map((questionId) => ({ questionId, at: Date.now() })));
}

/** The question on screen, found in the set by its prompt. */
async function onScreen(page: Page): Promise<Question> {
	const prompt = ascii((await page.locator('#learn-prompt').textContent())!.trim());
	const question = questions.find((q) => ascii(q.prompt) === prompt);
	if (!question) throw new Error(`no question "${prompt}"`);
	return question;
}

/** Picks the right option, or a wrong one; returns the text picked. */
async function choose(page: Page, right: boolean): Promise<string> {
	const question = await onScreen(page);
	const options = page.locator('.options button');
	await expect(options).toHaveCount(4);
	const texts = await options.locator('.text').allTextContents();
	const index = texts.findIndex((text) => (ascii(text) === ascii(question.answer)) === right);
	await page.keyboard.press(String(index + 1));
	await expect(page.locator('.feedback')).toBeVisible();
	return texts[index]!;
}

/** Types an answer and checks it. */
async function type(page: Page, text: string): Promise<void> {
	await page.getByLabel('તમારો જવાબ લખો').fill(text);
	await page.getByRole('button', { name: 'તપાસો' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
}

/** Goes on from the feedback with Enter, as a keyboard user would. */
async function next(page: Page): Promise<void> {
	await expect(page.getByRole('button', { name: 'આગળ', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.feedback')).toHaveCount(0);
}

/** Whether the element's middle is what a tap there would hit, not the bar over it. */
function hitAtMiddle(page: Page, selector: string): Promise<boolean> {
	return page.evaluate((selector) => {
		const element = document.querySelector(selector)!;
		const box = element.getBoundingClientRect();
		const inView = box.top >= 0 && box.bottom <= window.innerHeight;
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		const bottomHit = document.elementFromPoint(box.left + box.width / 2, box.bottom - 2);
		return inView && !!hit && element.contains(hit) && !!bottomHit && element.contains(bottomHit);
	}, selector);
}

const mastered = (page: Page) => page.locator('#mastery-text');
const announced = (page: Page) => page.locator('#learn-announcement[role="status"][aria-live="polite"]');

test('an unknown set, and a set with no starred question, say so with a way back', async ({ page }) => {
	await page.goto('/learn?set=no-such-set');
	await expect(page.getByText('આ સેટ મળ્યો નહીં.', { exact: false })).toBeVisible();
	await expect(page.getByRole('link', { name: 'મુખ્ય પાને જાઓ' })).toHaveAttribute('href', '/');

	await page.goto(`/learn?set=${SET}&starred=1`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('શીખો: પુતિનની ઉત્તર કોરિયા મુલાકાત');
	await expect(page.getByText('આ સેટનો કોઈ પ્રશ્ન તારાંકિત નથી.', { exact: false })).toBeVisible();
	await expect(page.getByRole('link', { name: 'સેટ પર પાછા જાઓ' })).toHaveAttribute('href', `/set?id=${SET}`);
});

test('regression: Learn with no set named offers the sets, not "set not found", and opens the one chosen', async ({ page }) => {
	await page.goto('/learn');
	await expect(page.getByText('કયો સેટ શીખવાનો છે? એક પસંદ કરો:')).toBeVisible();
	await expect(page.getByText('આ સેટ મળ્યો નહીં.', { exact: false })).toHaveCount(0);
	const choice = page.getByRole('link', { name: /^પુતિનની ઉત્તર કોરિયા મુલાકાત/ });
	await expect(choice).toHaveAttribute('href', `/learn?set=${SET}`);
	await expect(choice).toContainText(`${[...String(questions.length)].map((d) => '૦૧૨૩૪૫૬૭૮૯'[Number(d)]).join('')} પ્રશ્નો`);
	await choice.click();
	await expect(page).toHaveURL(new RegExp(`/learn\\?set=${SET}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('શીખો: પુતિનની ઉત્તર કોરિયા મુલાકાત');
	await expect(page.locator('#learn-prompt')).toBeVisible();
	// the first question takes focus, its answer box or its heading, as every later one does
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^learn-(answer|prompt)$/);
});

test('a starred subset is learnt to the end offline: choice, then typed, a miss coming back later', async ({ page, context }) => {
	test.slow();
	await waitForServiceWorker(page);
	await page.goto(`/learn?set=${SET}&starred=1`);
	await expect(page.getByText('આ સેટનો કોઈ પ્રશ્ન તારાંકિત નથી.', { exact: false })).toBeVisible();
	await star(page, [KIRBY, PYONGYANG, YEAR_2022, AMERICA]);
	await context.setOffline(true);
	await page.reload();

	await expect(page.getByText('ફક્ત તારાંકિત પ્રશ્નો')).toBeVisible();
	await expect(mastered(page)).toHaveText('✓ ૪માંથી ૦ પાકા');
	await expect(page.locator('.mastery progress')).toHaveJSProperty('value', 0);
	await expect(page.getByText('રાઉન્ડ ૧ · સાચો વિકલ્પ પસંદ કરો')).toBeVisible();

	// round 1: the first fact is missed; it comes back after the three others, as a choice again
	const missed = await onScreen(page);
	const given = await choose(page, false);
	await expect(page.locator('.feedback .verdict')).toHaveText('✗ ભૂલ થઈ.');
	await expect(page.locator('.feedback')).toContainText(`સાચો જવાબ: ${missed.answer}`);
	await expect(page.locator('.feedback')).toContainText(`તમારો જવાબ: ${given}`);
	await expect(page.locator('.feedback blockquote mark')).not.toHaveCount(0);
	await expect(announced(page)).toHaveText(`ભૂલ થઈ. સાચો જવાબ: ${missed.answer}. ૪માંથી ૦ પાકા.`);
	await next(page);
	const between: string[] = [];
	for (let n = 0; n < 3; n++) {
		const question = await onScreen(page);
		between.push(question.id);
		await choose(page, true);
		await expect(page.locator('.feedback .verdict')).toHaveText('✓ બરાબર!');
		await expect(page.locator('.feedback')).toContainText('હવે પછી આ જવાબ લખીને આપવાનો છે.');
		await next(page);
	}
	expect(between).not.toContain(missed.id);
	expect((await onScreen(page)).id).toBe(missed.id);
	await expect(page.getByText('આ પ્રશ્ન ફરી આવ્યો છે: ફરી પ્રયાસ કરો.')).toBeVisible();
	await choose(page, true);
	await next(page);

	// the checkpoint: what each fact reached, then on
	await expect(page.getByRole('heading', { name: 'રાઉન્ડ ૧ પૂરો' })).toBeFocused();
	await expect(page.locator('.checkpoint li')).toHaveCount(4);
	await expect(page.locator('.checkpoint li').filter({ hasText: missed.prompt })).toContainText('હવે પછી લખીને · એક વાર ભૂલ');
	await expect(page.locator('.checkpoint li').filter({ hasText: 'એક વાર ભૂલ' })).toHaveCount(1);
	await expect(page.locator('.checkpoint li').filter({ hasText: 'હવે પછી લખીને' })).toHaveCount(4);
	await expect(mastered(page)).toHaveText('✓ ૪માંથી ૦ પાકા');
	await expectAccessible(page, 'a round’s checkpoint');
	await page.getByRole('button', { name: 'આગળ વધો' }).click();

	// round 2: typed; Latin letters and Latin digits count
	const typings: Record<string, string> = { [KIRBY]: 'kirby', [YEAR_2022]: '2022', [PYONGYANG]: 'પ્યોંગયાંગ', [AMERICA]: 'America' };
	const gu = ['૦', '૧', '૨', '૩', '૪'];
	for (let n = 1; n <= 4; n++) {
		await expect(page.getByText('રાઉન્ડ ૨ · જવાબ લખો')).toBeVisible();
		await expect(page.getByLabel('તમારો જવાબ લખો')).toBeFocused();
		const question = await onScreen(page);
		await type(page, typings[question.id]!);
		await expect(page.locator('.feedback .verdict')).toHaveText('✓ બરાબર!');
		await expect(page.locator('.feedback')).toContainText('આ પ્રશ્ન પાકો થયો!');
		await expect(mastered(page)).toHaveText(`✓ ૪માંથી ${gu[n]} પાકા`);
		await expect(page.locator('.mastery progress')).toHaveJSProperty('value', n);
		await expect(announced(page)).toHaveText(`બરાબર! ૪માંથી ${gu[n]} પાકા.`);
		await next(page);
	}

	await expect(page.getByRole('heading', { name: 'બધા પ્રશ્નો પાકા થયા!' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'સેટ પર પાછા જાઓ' })).toHaveAttribute('href', `/set?id=${SET}`);
	await expect(page.getByRole('link', { name: 'કાર્ડ શીખો' })).toHaveAttribute('href', '/cards');
	await expectAccessible(page, 'every fact learnt');

	// stored as they were given: 5 choices and 4 typed answers, each with its card's review
	const attempts = await storedRecords<{ questionId: string; quizId: string; mode: string; correct: boolean; learn?: boolean }>(page, 'attempts');
	const [round] = await storedRecords<{ id: string; status: string; starredOnly?: boolean; questionIds: string[] }>(page, 'learn');
	expect(round).toMatchObject({ status: 'done', starredOnly: true });
	expect(round!.questionIds.sort()).toEqual([AMERICA, YEAR_2022, KIRBY, PYONGYANG].sort());
	expect(attempts).toHaveLength(9);
	expect(attempts.every((a) => a.learn === true && a.quizId === round!.id)).toBe(true);
	expect(attempts.filter((a) => a.mode === 'choice')).toHaveLength(5);
	expect(attempts.filter((a) => a.mode === 'typed' && a.correct)).toHaveLength(4);
	expect(await storedRecords(page, 'reviews')).toHaveLength(9);
	expect(await storedRecords(page, 'cards')).toHaveLength(4);
});

test('a reload resumes at the same fact; opening again resumes the round; start over asks first', async ({ page }) => {
	await page.goto(`/learn?set=${SET}`);
	await expect(mastered(page)).toHaveText('✓ ૨૭માંથી ૦ પાકા');
	await choose(page, true);
	await next(page);
	await choose(page, false);
	await next(page);

	// mid-question: the same fact, the same options
	const prompt = await page.locator('#learn-prompt').textContent();
	const options = await page.locator('.options button .text').allTextContents();
	await page.reload();
	await expect(page.locator('#learn-prompt')).toHaveText(prompt!);
	expect(await page.locator('.options button .text').allTextContents()).toEqual(options);
	await expect(page.getByText('જ્યાં અટક્યા હતા ત્યાંથી આગળ.')).toBeVisible();

	// right after an answer: that answer, still on screen
	const given = await choose(page, false);
	await page.reload();
	await expect(page.locator('#learn-prompt')).toHaveText(prompt!);
	await expect(page.locator('.feedback .verdict')).toHaveText('✗ ભૂલ થઈ.');
	await expect(page.locator('.feedback')).toContainText(`તમારો જવાબ: ${given}`);
	await next(page);
	const after = await page.locator('#learn-prompt').textContent();
	expect(after).not.toBe(prompt);

	// leaving and coming back resumes the round
	await page.goto('/cards');
	await page.goto(`/learn?set=${SET}`);
	await expect(page.locator('#learn-prompt')).toHaveText(after!);
	const roundId = (await storedRecords<{ id: string }>(page, 'learn'))[0]!.id;

	await page.getByRole('button', { name: 'શરૂઆતથી ફરી શીખો' }).click();
	await expect(page.getByText('આ રાઉન્ડ છોડીને શરૂઆતથી શીખવું છે?', { exact: false })).toBeVisible();
	await page.getByRole('button', { name: 'ના, ચાલુ રાખો' }).click();
	await expect(page.locator('#learn-prompt')).toHaveText(after!);
	expect(await storedRecords(page, 'learn')).toHaveLength(1);

	await page.getByRole('button', { name: 'શરૂઆતથી ફરી શીખો' }).click();
	await page.getByRole('button', { name: 'હા, શરૂઆતથી' }).click();
	await expect(page.getByText('રાઉન્ડ ૧ · સાચો વિકલ્પ પસંદ કરો')).toBeVisible();
	await expect(page.getByRole('button', { name: 'શરૂઆતથી ફરી શીખો' })).toHaveCount(0);
	// the new round is drawn as its record is written: read the store until the write is in
	const rounds = () => storedRecords<{ id: string; status: string }>(page, 'learn');
	await expect.poll(async () => (await rounds()).filter((r) => r.status === 'active').length).toBe(1);
	expect((await rounds()).find((r) => r.id === roundId)?.status).toBe('abandoned');

	// the new round, left before its first answer and opened again, is no round carried on
	await page.goto('/cards');
	await page.goto(`/learn?set=${SET}`);
	await expect(page.getByText('રાઉન્ડ ૧ · સાચો વિકલ્પ પસંદ કરો')).toBeVisible();
	await choose(page, true);
	await expect(page.getByText('જ્યાં અટક્યા હતા ત્યાંથી આગળ.')).toHaveCount(0);
	// reopened with that answer it is, until the next one
	await page.goto('/cards');
	await page.goto(`/learn?set=${SET}`);
	await expect(page.getByText('જ્યાં અટક્યા હતા ત્યાંથી આગળ.')).toBeVisible();
	await next(page);
	await choose(page, true);
	await expect(page.getByText('જ્યાં અટક્યા હતા ત્યાંથી આગળ.')).toHaveCount(0);
});

for (const [width, height] of [
	[390, 844],
	[320, 640]
] as const) {
	test(`at ${width}x${height}, a known fact starts typed and "Next" shows above the bottom bar after a miss`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto(`/learn?set=${SET}&starred=1`);
		await expect(page.getByText('આ સેટનો કોઈ પ્રશ્ન તારાંકિત નથી.', { exact: false })).toBeVisible();
		const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
		const known = { questionId: KIRBY, due: inAMonth, stability: 40, difficulty: 5, scheduled_days: 30, learning_steps: 0 };
		await putRecords(page, 'cards', [{ ...known, reps: 4, lapses: 0, state: 2, last_review: new Date().toISOString() }]);
		await star(page, [KIRBY, PYONGYANG]);
		await page.reload();

		const seen = new Set<string>();
		while (seen.size < 2) {
			const question = await onScreen(page);
			seen.add(question.id);
			if (question.id === KIRBY) {
				await expect(page.getByText('રાઉન્ડ ૧ · જવાબ લખો')).toBeVisible();
				await type(page, 'ખોટો જવાબ');
			} else {
				await expect(page.getByText('રાઉન્ડ ૧ · સાચો વિકલ્પ પસંદ કરો')).toBeVisible();
				await choose(page, false);
			}
			await expect(page.getByRole('button', { name: 'આગળ', exact: true })).toBeFocused();
			await expect.poll(() => hitAtMiddle(page, '.feedback .next')).toBe(true);
			await expect.poll(() => hitAtMiddle(page, '.feedback .verdict')).toBe(true);
			await expect.poll(() => hitAtMiddle(page, '#mastery-text')).toBe(true);
			await next(page);
		}
	});
}

test('regression: a finished set reopens as finished (when, N of N), starting anew only when asked (it went to 0)', async ({ page }) => {
	await page.goto(`/learn?set=${SET}&starred=1`);
	await expect(page.getByText('આ સેટનો કોઈ પ્રશ્ન તારાંકિત નથી.', { exact: false })).toBeVisible();
	// a round of the whole set, finished on the 20th of November (noon in India)
	const finishedAt = Date.UTC(2026, 10, 20, 6, 30);
	const ids = questions.map((q) => q.id);
	const round = { id: 'learn-old', setId: SET, questionIds: ids, startedAt: finishedAt - 3_600_000, finishedAt, status: 'done' };
	await putRecords(page, 'learn', [round]);

	await page.goto(`/learn?set=${SET}`);
	await expect(page.getByRole('heading', { name: 'બધા પ્રશ્નો પાકા થયા!' })).toBeVisible();
	await expect(page.getByText('છેલ્લો રાઉન્ડ તમે ૨૦ નવેમ્બર, ૨૦૨૬ના રોજ પૂરો કર્યો હતો.')).toBeVisible();
	await expect(mastered(page)).toHaveText('✓ ૨૭માંથી ૨૭ પાકા');
	await expect(page.locator('#learn-prompt')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'સેટ પર પાછા જાઓ' })).toHaveAttribute('href', `/set?id=${SET}`);
	await expectAccessible(page, 'a set learnt to the end before');
	expect(await storedRecords(page, 'learn')).toHaveLength(1);

	// the set's page says so too, and its Learn button opens the finished set
	await page.goto(`/set?id=${SET}`);
	await expect(page.getByText('૨૦ નવે, ૨૦૨૬ના રોજ પૂરો શીખ્યા')).toBeVisible();
	await expect(page.getByRole('link', { name: 'શીખો', exact: true })).toBeVisible();

	// the list of sets says so too
	await page.goto('/learn');
	const choice = page.getByRole('link', { name: /^પુતિનની ઉત્તર કોરિયા મુલાકાત/ });
	await expect(choice).toContainText('૨૦ નવે, ૨૦૨૬ના રોજ પૂરો શીખ્યા');
	await choice.click();

	const again = page.getByRole('button', { name: 'ફરીથી શીખો' });
	await expect(again).toHaveAccessibleDescription('ફરીથી શીખવું હોય તો નવો રાઉન્ડ શરૂ થશે; આ રાઉન્ડના જવાબો તમારી પ્રગતિમાં રહેશે.');
	await again.click();
	await expect(page.getByText('રાઉન્ડ ૧ · સાચો વિકલ્પ પસંદ કરો')).toBeVisible();
	await expect(mastered(page)).toHaveText('✓ ૨૭માંથી ૦ પાકા');
	await expect(page.locator('#learn-prompt')).toBeFocused();
	// the finished round stays as it was, beside the new one
	const rounds = () => storedRecords<{ id: string; status: string; finishedAt?: number }>(page, 'learn');
	await expect.poll(async () => (await rounds()).length).toBe(2);
	expect((await rounds()).find((r) => r.id === 'learn-old')).toMatchObject({ status: 'done', finishedAt });
	expect((await rounds()).filter((r) => r.status === 'active')).toHaveLength(1);

	// with a round under way, the set's page offers to carry on with it
	await page.goto(`/set?id=${SET}`);
	await expect(page.getByRole('link', { name: 'શીખવાનું ચાલુ રાખો' })).toHaveAttribute('href', `/learn?set=${SET}`);
	await expect(page.getByText('પૂરો શીખ્યા')).toHaveCount(0);
});

test('regression: an answer after progress was deleted in another tab says so, offering to start again (it blamed another tab)', async ({
	page,
	context
}) => {
	await page.goto(`/learn?set=${SET}`);
	await expect(mastered(page)).toHaveText('✓ ૨૭માંથી ૦ પાકા');
	await choose(page, true);
	await next(page);

	const other = await context.newPage();
	await other.goto('/settings');
	await other.getByRole('button', { name: 'મારી બધી પ્રગતિ ભૂંસી નાખો' }).click();
	await other.getByRole('button', { name: 'હા, મારી પ્રગતિ ભૂંસી નાખો' }).click();
	await expect(other.getByText('બધી પ્રગતિ ભૂંસાઈ ગઈ.')).toBeVisible();
	await other.close();

	await page.keyboard.press('1');
	await expect(page.getByText('આ ફોન પરની તમારી બધી પ્રગતિ ભૂંસાઈ ગઈ છે, તેની સાથે આ રાઉન્ડ પણ. આ જવાબ સચવાયો નથી.')).toBeVisible();
	await expect(page.getByText('બીજા ટૅબમાં', { exact: false })).toHaveCount(0);
	expect(await storedRecords(page, 'attempts')).toHaveLength(0);
	expect(await storedRecords(page, 'learn')).toHaveLength(0);

	await page.getByRole('button', { name: 'ફરી શરૂ કરો' }).click();
	await expect(page.getByText('રાઉન્ડ ૧ · સાચો વિકલ્પ પસંદ કરો')).toBeVisible();
	await expect(mastered(page)).toHaveText('✓ ૨૭માંથી ૦ પાકા');
	await expect(page.locator('#learn-prompt')).toBeFocused();
	await expect.poll(async () => (await storedRecords<{ status: string }>(page, 'learn')).map((r) => r.status)).toEqual(['active']);
	await choose(page, true);
	expect(await storedRecords(page, 'attempts')).toHaveLength(1);
});
