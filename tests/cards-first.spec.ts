/*
 * A returning student's first flashcard, in a real Chromium against the production build: /cards
 * shows it from the questions kept for it while the own sets are still being read (a large set
 * takes a slow phone half a second), and never from questions kept before their set changed; a
 * set added since leaves the others' in use; a card a quiz answer or a Learn answer made is among
 * them. The read of the own sets is held back in the page until the test lets it go.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { HOLD_SETS, importSet, putRecords, releaseHeldReads, storeCards, storedRecords, waitForServiceWorker } from './helpers';

type StoredSet = { id: string; updatedAt: number; set: { questions: { id: string; prompt: string }[] } };

/** Imports a set of fourteen questions from tests/fixtures and returns it as stored. */
async function importStoredSet(page: Page): Promise<StoredSet> {
	await importSet(page, 'same-layout.json');
	const [stored] = await storedRecords<StoredSet>(page, 'sets');
	return stored!;
}

/**
 * After the one answer so far (its card due back within minutes): its question is kept, and once
 * those minutes have passed /cards shows it while the sets' read is held.
 */
async function expectEarlyCard(page: Page, question: { id: string; prompt: string }): Promise<void> {
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('kasoti.first-cards') ?? ''))
		.toContain(question.id);
	const [card] = await storedRecords<{ questionId: string; due: Date }>(page, 'cards');
	expect(card!.questionId).toBe(question.id);
	await putRecords(page, 'cards', [{ ...card, due: new Date(Date.now() - 60_000) }]);
	await page.addInitScript(HOLD_SETS);
	await page.goto('/cards');
	await expect(page.locator('.card')).toContainText(question.prompt);
	await expect(page.locator('.counts')).toHaveClass(/pending/);
}

/**
 * Imports the fixture set with one of its cards due an hour ago (the day's first card), and visits
 * /cards once: that visit reads everything, then keeps the soonest cards' questions. Returns the card's question.
 */
async function keptByAFirstVisit(page: Page): Promise<{ id: string; prompt: string }> {
	await waitForServiceWorker(page);
	const stored = await importStoredSet(page);
	const question = stored.set.questions[2]!;
	await storeCards(page, [{ questionId: question.id, due: new Date(Date.now() - 3_600_000), state: 2 }]);
	await page.goto('/cards');
	await expect(page.locator('.card')).toContainText(question.prompt);
	await expect(page.locator('.counts:not(.pending)')).toBeVisible();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('kasoti.first-cards') ?? ''))
		.toContain(question.id);
	return question;
}

test('the first card shows from the kept questions while the own sets are read, and not after they change', async ({ page }) => {
	const question = await keptByAFirstVisit(page);

	// the next visit: the card is on screen while the sets' read is held; the counts wait for it
	await page.addInitScript(HOLD_SETS);
	await page.goto('/cards');
	await expect(page.locator('.card')).toContainText(question.prompt);
	await expect(page.locator('.counts')).toHaveClass(/pending/);
	await releaseHeldReads(page);
	await expect(page.locator('.counts:not(.pending)')).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૧');
	await expect(page.locator('.card')).toContainText(question.prompt);

	// once the set has changed (its summary's time moved on, as a save in another tab does), what was
	// kept is not trusted: nothing shows until the sets are read
	const [summary] = await storedRecords<{ updatedAt: number }>(page, 'summaries');
	await putRecords(page, 'summaries', [{ ...summary, updatedAt: summary!.updatedAt + 1 }]);
	await page.goto('/cards');
	await expect(page.getByText('લોડ થઈ રહ્યું છે…')).toBeVisible();
	await page.waitForTimeout(500);
	await expect(page.locator('.card')).toHaveCount(0);
	await releaseHeldReads(page);
	await expect(page.locator('.card')).toContainText(question.prompt);
});

test('a set added since leaves the kept questions of the other sets in use', async ({ page }) => {
	const question = await keptByAFirstVisit(page);
	// a teacher's new set on the phone: the first set is as it was, so its card still shows early
	await importSet(page, 'latin-digits.json');
	await page.addInitScript(HOLD_SETS);
	await page.goto('/cards');
	await expect(page.locator('.card')).toContainText(question.prompt);
	await expect(page.locator('.counts')).toHaveClass(/pending/);
});

test('a card a quiz answer made shows early too: the dealt quiz’s questions are kept', async ({ page }) => {
	await waitForServiceWorker(page);
	const stored = await importStoredSet(page);
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: ભુજની શાળાના ઓરડા' });
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	const prompt = (await page.locator('.prompt').textContent())!.trim();
	const question = stored.set.questions.find((q) => prompt.includes(q.prompt))!;
	await page.getByLabel('તમારો જવાબ લખો').fill('અમદાવાદ');
	await page.getByRole('button', { name: 'તપાસો' }).click();
	await expect(page.locator('.feedback .given')).toHaveText('તમારો જવાબ: અમદાવાદ');
	await expectEarlyCard(page, question);
});

test('a card a Learn answer made shows early too', async ({ page }) => {
	await waitForServiceWorker(page);
	const stored = await importStoredSet(page);
	await page.goto(`/learn?set=${encodeURIComponent(stored.id)}`);
	const prompt = (await page.locator('#learn-prompt').textContent())!.trim();
	const question = stored.set.questions.find((q) => prompt.includes(q.prompt))!;
	await page.locator('.options button').first().click();
	await expect(page.locator('.feedback')).toBeVisible();
	await expectEarlyCard(page, question);
});
