/*
 * Home, in a real Chromium against the production build:
 * - regression: a first visit says no card is due and 20 new cards wait (it said only "no cards
 *   are due"), the figures /cards deals, without making the database; after three cards are
 *   started, 17 wait;
 * - today's cards fill in without moving the page's buttons or its list of sets;
 * - regression: each set on Home is one link to its own page, /set?id=<set id>, named by its
 *   title, reached by a tap anywhere on the card, with a visible focus ring;
 * - regression: Home, /cards and /progress give the same number of cards due today (reviews due
 *   this evening and a card in learning steps included), where Home counted only cards due by now;
 * - regression: each set's link is a target at least 48 px tall in Gujarati and English, where a
 *   one-line title gave 25 px.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { readFileSync, readdirSync } from 'node:fs';
import { hasDatabase, holdReads, releaseHeldReads, storeCards, usePreferences } from './helpers';

type BankSet = { id: string; title: string; questions: { id: string }[] };
const sets: BankSet[] = readdirSync('questions/sets')
	.map((f) => JSON.parse(readFileSync(`questions/sets/${f}`, 'utf8')) as BankSet)
	.sort((a, b) => a.id.localeCompare(b.id));
const questionIds = sets.flatMap((s) => s.questions.map((q) => q.id));

/** Ten o'clock in the morning in India, on a fixed day. */
const TEN_AM = new Date('2026-11-24T10:00:00+05:30');
const minutes = (n: number) => new Date(TEN_AM.getTime() + n * 60_000);

/** Home's line about today's cards, once it has been read from the device. */
const todayLine = (page: Page) => page.locator('.today .due');

test('regression: a first visit says no card is due and 20 new cards wait, as /cards deals them', async ({ page }) => {
	await page.goto('/');
	await expect(todayLine(page)).toHaveText('આજે કોઈ કાર્ડ બાકી નથી. ૨૦ નવાં કાર્ડ રાહ જુએ છે.');
	await expect(page.getByRole('link', { name: 'કાર્ડ શીખો' })).toHaveClass(/primary/);
	// nothing is stored yet: Home says so without making the database, nor do the layout's jobs once the worker is in
	await page.evaluate(async () => void (await navigator.serviceWorker.ready));
	expect(await hasDatabase(page)).toBe(false);

	await page.goto('/cards');
	await expect(page.locator('.counts')).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૦');
	for (let n = 0; n < 3; n++) {
		await expect(page.getByRole('button', { name: 'જવાબ જુઓ' })).toBeVisible();
		await page.keyboard.press(' ');
		await page.keyboard.press('4');
	}
	await expect(page.locator('.counts')).toHaveText('આજે: નવાં ૧૭ · શીખવામાં ૦ · પુનરાવર્તન ૦');

	await page.goto('/');
	await expect(todayLine(page)).toHaveText('આજે કોઈ કાર્ડ બાકી નથી. ૧૭ નવાં કાર્ડ રાહ જુએ છે.');
});

test('today’s cards fill in without moving the page: two lines are kept for them from the first paint', async ({ page }) => {
	// a cheap phone’s width, where the two sentences take two lines
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/cards');
	await expect(page.locator('.counts')).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૦');
	// a returning student's phone: Home's reading of today's reviews waits until let go
	await page.addInitScript(holdReads('reviews'));
	await page.goto('/');
	await expect(page.locator('section.today')).toHaveAttribute('aria-busy', 'true');
	const cards = page.getByRole('link', { name: 'કાર્ડ શીખો' });
	const sets = page.getByRole('heading', { level: 2, name: 'પ્રશ્ન-સેટ' });
	const before = [await cards.boundingBox(), await sets.boundingBox()];
	await releaseHeldReads(page);
	await expect(todayLine(page)).toHaveText('આજે કોઈ કાર્ડ બાકી નથી. ૨૦ નવાં કાર્ડ રાહ જુએ છે.');
	expect([await cards.boundingBox(), await sets.boundingBox()]).toEqual(before);
});

test('regression: each set is one link to its own page, named by its title, with a visible focus ring', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	const list = page.getByRole('region', { name: 'પ્રશ્ન-સેટ' });
	for (const set of sets) {
		await expect(list.getByRole('link', { name: set.title, exact: true })).toHaveAttribute(
			'href',
			`/set?id=${encodeURIComponent(set.id)}`
		);
	}
	await expect(list.getByRole('link')).toHaveCount(sets.length);

	// Keyboard focus draws a ring around the whole card.
	await page.keyboard.press('Tab');
	const first = list.getByRole('link', { name: sets[0]!.title, exact: true });
	await first.focus();
	const ring = await first.evaluate((a) => {
		const after = getComputedStyle(a, '::after');
		const card = a.closest('article')!.getBoundingClientRect();
		const link = a.getBoundingClientRect();
		return { style: after.outlineStyle, width: after.outlineWidth, covers: card.height > link.height * 2 };
	});
	expect(ring).toEqual({ style: 'solid', width: '3px', covers: true });

	// A tap on the card's figures, not only on its title, opens the set.
	const figures = (await list.getByRole('listitem').first().getByText('૪૯ પ્રશ્નો').boundingBox())!;
	await page.mouse.click(figures.x + 10, figures.y + figures.height / 2);
	await expect(page).toHaveURL(`/set?id=${encodeURIComponent(sets[0]!.id)}`);
});

test.describe('the cards due today', () => {
	test.use({ timezoneId: 'Asia/Kolkata' });

	test('regression: Home, /cards and /progress give the same number of cards due today', async ({ page }) => {
		await page.clock.install({ time: TEN_AM });
		// /cards makes the database the cards are written into (Home on a first visit makes none)
		await page.goto('/cards');
		await expect(page.locator('.counts')).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૦');
		const [a, b, c, d, e] = questionIds;
		await storeCards(page, [
			{ questionId: a!, due: minutes(-24 * 60), state: 2 }, // overdue since yesterday
			{ questionId: b!, due: minutes(-30), state: 2 },
			{ questionId: c!, due: minutes(10 * 60), state: 2 }, // this evening at 20:00
			{ questionId: d!, due: minutes(5), state: 1 }, // a learning step, back at 10:05
			{ questionId: e!, due: minutes(23 * 60), state: 2 } // tomorrow at 09:00
		]);

		await page.goto('/');
		await expect(todayLine(page)).toHaveText('આજે ૪ કાર્ડ બાકી છે. ૨૦ નવાં કાર્ડ રાહ જુએ છે.');

		await page.goto('/cards');
		await expect(page.locator('.counts')).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૧ · પુનરાવર્તન ૩');

		await page.goto('/progress');
		const due = page.getByRole('region', { name: 'આવતા ૭ દિવસમાં બાકી કાર્ડ' });
		await expect(due.getByText(/^કુલ ૫ કાર્ડ — આજે: ૪; /)).toBeVisible();
	});
});

for (const lang of ['gu', 'en'] as const) {
	test(`regression: each set’s link is a target at least 48 px tall, in ${lang} (a one-line title gave 25 px)`, async ({ page }) => {
		await usePreferences(page, { lang });
		await page.goto('/', { waitUntil: 'networkidle' });
		const list = page.getByRole('region', { name: lang === 'gu' ? 'પ્રશ્ન-સેટ' : 'Question sets' });
		const links = list.getByRole('link');
		await expect(links).toHaveCount(sets.length);
		for (const link of await links.all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(48);
	});
}
