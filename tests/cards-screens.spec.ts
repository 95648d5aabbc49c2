/*
 * The flashcard screen as students met it on a phone, in a real Chromium against the production build:
 * - regression: at 320x640 the rating panel never covers the answer, the quote or the English line,
 *   at any scroll position down to the end, and its buttons can then be reached;
 * - regression: at 390x844, turning a card brings its ratings above the tab bar, where a tap on
 *   them changed page, and its answer stays in view;
 * - regression: left open across midnight, the deck is dealt for the new day (it kept the day before's);
 * - regression: the counts go down as cards are rated (7 to review: Again, Hard, Again, Hard leave
 *   3 to review and 2 in learning), where "7 due" stayed through four ratings;
 * - regression: a card rated "10 min" comes back after ten minutes, not at once; meanwhile the page
 *   says when ("next card in 10 min (10:10)"), and "study it now" shows it before its time;
 * - regression: during a swipe on a turned card a label says which rating it will give (Again to
 *   the left, Good to the right), growing with the swipe; the rating is announced once given;
 * - regression: the hint names Space and 1–4 only where there is a keyboard and a mouse, and taps
 *   and swipes on a touch screen;
 * - regression: times are in the interface's digits without a Latin AM/PM ("next card: …", the
 *   backup summary), the answer on a card's back is in the chosen digits while the quote stays as
 *   written, and the backup summary counts card reviews, not "ગુણ" (marks);
 * - regression: a card's prompt is in the chosen digits too, as on the set's page, where both kept
 *   the set's own; a Latin name with digits (G20) keeps Latin ones.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { readFileSync, readdirSync } from 'node:fs';
import { importSet, storeCards, usePreferences } from './helpers';

type BankSet = { id: string; questions: { id: string }[] };
const questionIds = readdirSync('questions/sets')
	.map((f) => JSON.parse(readFileSync(`questions/sets/${f}`, 'utf8')) as BankSet)
	.sort((a, b) => a.id.localeCompare(b.id))
	.flatMap((s) => s.questions.map((q) => q.id));

/** Ten o'clock in the morning in India, on a fixed day. */
const TEN_AM = new Date('2026-11-24T10:00:00+05:30');

const counts = (page: Page) => page.locator('.counts');
const ratingPanel = (page: Page) => page.getByRole('group', { name: 'કેટલું યાદ હતું?' });
const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** Turns the card on screen and rates it with a key (1 Again … 4 Easy). */
async function rateShown(page: Page, key: string): Promise<void> {
	await expect(page.getByRole('button', { name: /^(જવાબ જુઓ|Show the answer)$/ })).toBeVisible();
	await page.keyboard.press(' ');
	await expect(page.locator('.card .answer')).toBeVisible();
	await page.keyboard.press(key);
}

test.describe('at 320x640', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('regression: the rating panel never covers the answer, the quote or the English line', async ({ page }) => {
		await page.goto('/cards');
		await expect(page.getByRole('button', { name: 'જવાબ જુઓ' })).toBeVisible();
		await page.keyboard.press(' ');
		await expect(ratingPanel(page)).toBeVisible();

		const coveredPoints = () =>
			page.evaluate(() => {
				const panel = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'કેટલું યાદ હતું?')!;
				const boxes = [...document.querySelectorAll('.card .answer, .card blockquote, .card .gloss')];
				const covered: string[] = [];
				for (const box of boxes) {
					const r = box.getBoundingClientRect();
					for (const fx of [0.1, 0.5, 0.9])
						for (let y = r.top + 2; y < r.bottom; y += 8) {
							const x = r.left + r.width * fx;
							if (y < 0 || y >= innerHeight) continue;
							if (panel.contains(document.elementFromPoint(x, y))) covered.push(`${box.className} at ${Math.round(y)}`);
						}
				}
				return covered;
			});

		// Scroll down the whole page, a little at a time, to the end.
		const end = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
		for (let y = 0; ; y = Math.min(end, y + 60)) {
			await page.evaluate((y) => window.scrollTo(0, y), y);
			expect(await coveredPoints(), `scrolled to ${y}`).toEqual([]);
			if (y === end) break;
		}

		// At the end every rating button is on screen, above the navigation bar, and works.
		const nav = (await page.getByRole('navigation').boundingBox())!;
		for (const button of await ratingPanel(page).getByRole('button').all()) {
			const box = (await button.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(nav.y);
			expect(box.height).toBeGreaterThanOrEqual(48);
		}
		await ratingPanel(page).getByRole('button', { name: /સારું/ }).click();
		await expect(announced(page, 'સારું: ફરી ૧૦ મિનિટ પછી.')).toBeAttached();
	});
});

test.describe('at 390x844', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const language of ['gu', 'en'] as const) {
		test(`regression: turning a card brings its ratings above the tab bar, its answer in view (${language})`, async ({ page }) => {
			await usePreferences(page, { lang: language });
			await page.goto('/cards');
			await page.getByRole('button', { name: /^(જવાબ જુઓ|Show the answer)$/ }).click();
			const panel = page.getByRole('group', { name: /^(કેટલું યાદ હતું\?|How well did you remember\?)$/ });
			await expect(panel).toBeVisible();
			// no scroll by the student: the page itself brought them up (they were under the bar, and a tap on them changed page)
			const nav = (await page.getByRole('navigation').boundingBox())!;
			await expect.poll(async () => Math.max(...(await Promise.all((await panel.getByRole('button').all()).map(async (b) => {
				const box = (await b.boundingBox())!;
				return box.y + box.height;
			}))))).toBeLessThanOrEqual(nav.y);
			const header = (await page.getByRole('banner').boundingBox())!;
			expect((await page.locator('.card .answer').boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
			await panel.getByRole('button', { name: /^(સારું|Good)/ }).click();
			await expect(page).toHaveURL(/\/cards$/);
		});
	}
});

test('regression: left open across midnight, the deck is dealt for the new day, as a reload would', async ({ page }) => {
	// the browser's own day, as the app counts it
	const lateNight = new Date(2026, 10, 24, 23, 59);
	await page.clock.install({ time: lateNight });
	await page.goto('/cards');
	await expect(counts(page)).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૦');
	// due half an hour after midnight: tomorrow's, then today's
	await storeCards(page, [{ questionId: questionIds[0]!, due: new Date(2026, 10, 25, 0, 30), state: 2 }]);
	await page.reload();
	await expect(counts(page)).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૦');
	await page.clock.runFor(3 * 60_000);
	await expect(counts(page)).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૧');
});

test('regression: the counts go down as cards are rated; a card rated Again is counted under learning', async ({ page }) => {
	// a morning: a card rated just before midnight comes back tomorrow, not under today's learning
	await page.clock.install({ time: TEN_AM });
	await page.goto('/cards');
	await expect(counts(page)).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૦');
	const yesterday = new Date(TEN_AM.getTime() - 86_400_000);
	await storeCards(page, questionIds.slice(0, 7).map((questionId) => ({ questionId, due: yesterday, state: 2 })));
	await page.reload();

	await expect(counts(page)).toHaveText('આજે: નવાં ૨૦ · શીખવામાં ૦ · પુનરાવર્તન ૭');
	const after = [
		['1', 'આજે: નવાં ૨૦ · શીખવામાં ૧ · પુનરાવર્તન ૬'],
		['2', 'આજે: નવાં ૨૦ · શીખવામાં ૧ · પુનરાવર્તન ૫'],
		['1', 'આજે: નવાં ૨૦ · શીખવામાં ૨ · પુનરાવર્તન ૪'],
		['2', 'આજે: નવાં ૨૦ · શીખવામાં ૨ · પુનરાવર્તન ૩']
	];
	for (const [key, text] of after) {
		await rateShown(page, key!);
		await expect(counts(page)).toHaveText(text!);
	}
});

test.describe('at a fixed time in India', () => {
	test.use({ timezoneId: 'Asia/Kolkata' });

	test('regression: a card rated "10 min" comes back when due, and "study it now" shows it early', async ({ page }) => {
		await page.clock.install({ time: TEN_AM });
		await usePreferences(page, { lang: 'gu', newPerDay: 1 });
		await page.goto('/cards');
		await expect(page.locator('.card h2')).not.toBeEmpty();
		const prompt = await page.locator('.card h2').textContent();

		// The one card of the day, rated Good: back in ten minutes, not at once.
		await rateShown(page, '3');
		await expect(announced(page, 'સારું: ફરી ૧૦ મિનિટ પછી.')).toBeAttached();
		await expect(page.locator('.card')).toHaveCount(0);
		const waiting = page.getByText(/^પછીનું કાર્ડ .* પાછું આવશે/);
		await expect(waiting).toHaveText('પછીનું કાર્ડ ૧૦ મિનિટમાં પાછું આવશે (૧૦:૧૦).');
		await expect(counts(page)).toHaveText('આજે: નવાં ૦ · શીખવામાં ૧ · પુનરાવર્તન ૦');

		await page.clock.fastForward('05:00');
		await expect(waiting).toHaveText('પછીનું કાર્ડ ૫ મિનિટમાં પાછું આવશે (૧૦:૧૦).');
		await expect(page.locator('.card')).toHaveCount(0);
		await page.clock.fastForward('05:05');
		await expect(page.locator('.card h2')).toHaveText(prompt!);
		await expect(counts(page)).toHaveText('આજે: નવાં ૦ · શીખવામાં ૧ · પુનરાવર્તન ૦');

		// Again: back in a minute; the student need not wait.
		await rateShown(page, '1');
		await expect(waiting).toHaveText('પછીનું કાર્ડ ૧ મિનિટમાં પાછું આવશે (૧૦:૧૧).');
		await page.getByRole('button', { name: 'હમણાં જ શીખો' }).click();
		await expect(page.locator('.card h2')).toHaveText(prompt!);
	});

	test('regression: the next due time is in Gujarati digits on a 24-hour clock, with no AM/PM', async ({ page }) => {
		await page.clock.install({ time: TEN_AM });
		await usePreferences(page, { lang: 'gu', newPerDay: 1 });
		await page.goto('/cards');
		await rateShown(page, '4');
		await expect(page.getByText('હમણાં કોઈ કાર્ડ બાકી નથી — શાબાશ!')).toBeVisible();
		// Easy puts a new card about a week on (the scheduler's fuzz moves the day), at this time of day.
		await expect(page.getByText(/^પછીનું કાર્ડ: /)).toHaveText(/^પછીનું કાર્ડ: [૦-૯]+ (નવે|ડિસે), ૨૦૨૬ ૧૦:૦[૦-૯]$/);
	});

	test('regression: the backup summary gives the time in Gujarati digits and counts card reviews, not marks', async ({
		page
	}) => {
		await page.clock.install({ time: TEN_AM });
		await page.goto('/cards');
		await rateShown(page, '4');
		await expect(page.getByRole('button', { name: 'છેલ્લી સમીક્ષા પાછી લો' })).toBeVisible();

		await page.goto('/settings', { waitUntil: 'networkidle' });
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'મારી પ્રગતિનો બેકઅપ લો' }).click();
		const file = readFileSync(await (await downloading).path(), 'utf8');
		await page
			.getByLabel('બેકઅપ ફાઇલમાંથી પ્રગતિ પાછી લાવો')
			.setInputFiles({ name: 'kasoti-backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		const summary = page.getByRole('group', { name: /આ બેકઅપમાં છે/ });
		await expect(summary.locator('#restore-summary')).toHaveText(/^૨૪ નવેમ્બર, ૨૦૨૬ ૧૦:૦[૦-૯]ના આ બેકઅપમાં છે:$/);
		await expect(summary.getByRole('listitem')).toHaveText([
			'૦ જવાબ',
			'૦ ક્વિઝ',
			'૧ કાર્ડ',
			'૧ કાર્ડ-સમીક્ષા',
			'૦ તારાંકિત પ્રશ્ન',
			'૦ “શીખો” રાઉન્ડ',
			'૦ પોતાના સેટ',
			'૦ સોંપણી',
			'૦ વર્ગનાં પરિણામ',
			'સેટિંગ્સ: ભાષા, દેખાવ, અંકો અને અભ્યાસ'
		]);
		await expect(summary).not.toContainText('ગુણ');
	});
});

test('regression: a swipe shows the rating it will give, growing with the swipe, and the rating is announced', async ({
	page
}) => {
	// a morning: the card rated Good is back in ten minutes, today
	await page.clock.install({ time: TEN_AM });
	await page.goto('/cards');
	await expect(page.getByRole('button', { name: 'જવાબ જુઓ' })).toBeVisible();
	await page.keyboard.press(' ');
	const card = page.locator('.card');
	await expect(card.locator('.answer')).toBeVisible();
	const box = (await card.boundingBox())!;
	const y = box.y + box.height / 2;
	const x = box.x + box.width / 2;
	const touch = (type: string, clientX: number) => card.dispatchEvent(type, { pointerType: 'touch', clientX, clientY: y });

	await touch('pointerdown', x);
	await touch('pointermove', x - 30);
	const again = card.getByText('← ફરી');
	await expect(again).toBeVisible();
	const small = (await again.boundingBox())!;
	await touch('pointermove', x - 90);
	await expect.poll(async () => (await again.boundingBox())!.width).toBeGreaterThan(small.width);
	// Back to the right: the label changes side and name.
	await touch('pointermove', x + 100);
	await expect(again).toHaveCount(0);
	await expect(card.getByText('સારું →')).toBeVisible();
	await touch('pointerup', x + 100);

	await expect(announced(page, 'સારું: ફરી ૧૦ મિનિટ પછી.')).toBeAttached();
	await expect(card.getByText('સારું →')).toHaveCount(0);
	await expect(counts(page)).toHaveText('આજે: નવાં ૧૯ · શીખવામાં ૧ · પુનરાવર્તન ૦');
});

test('regression: the hint names keys only where there is a keyboard, and taps and swipes on a touch screen', async ({
	page,
	browser
}) => {
	await page.goto('/cards');
	await expect(page.getByText('કાર્ડ ફેરવવા તેના પર ટૅપ કરો. ફેરવેલું કાર્ડ ડાબે સરકાવો = ફરી, જમણે = સારું.')).toBeVisible();
	await expect(page.getByText(/Space/)).toBeHidden();

	const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });
	const wide = await desktop.newPage();
	await wide.goto(page.url());
	await expect(wide.getByText('કીબોર્ડ: Space દબાવી કાર્ડ ફેરવો; ૧–૪ દબાવી કહો કે કેટલું યાદ હતું.')).toBeVisible();
	await expect(wide.getByText(/ટૅપ/)).toBeHidden();
	await desktop.close();
});

test('regression: the answer on the back is in the chosen digits; the quote stays as written', async ({ page }) => {
	await usePreferences(page, { lang: 'en' });
	await page.goto('/cards');
	await rateShown(page, '4');
	await expect(page.getByRole('button', { name: 'Show the answer' })).toBeVisible();
	await page.keyboard.press(' ');
	// krt-date-power-2011: the set writes the answer ૨૦૧૧, the article "2011ના અંતમાં".
	await expect(page.locator('.card .answer')).toHaveText('2011');
	await expect(page.locator('.card blockquote')).toContainText('2011ના અંતમાં');

	// In Gujarati digits the same card (the first was rated) reads as the set writes it.
	await usePreferences(page, { lang: 'gu' });
	await page.reload();
	await expect(page.getByRole('button', { name: 'જવાબ જુઓ' })).toBeVisible();
	await page.keyboard.press(' ');
	await expect(page.locator('.card .answer')).toHaveText('૨૦૧૧');
	await expect(page.locator('.card blockquote')).toContainText('2011ના અંતમાં');
});

/** The digits fixture's prompts and answers as shown: on its two cards (each rated once turned), then on its page. */
async function promptsAndAnswers(page: Page, lang: 'gu' | 'en'): Promise<{ cards: string[]; setPage: string[] }> {
	// The set writes one prompt in Latin digits (2023) and one in Gujarati (૨૦૨૩), each beside "G20".
	await importSet(page, 'digits-in-prompts.json', lang);
	await page.goto('/cards?set=digits-in-prompts');
	const cards: string[] = [];
	for (let n = 0; n < 2; n++) {
		await expect(page.getByRole('button', { name: /^(જવાબ જુઓ|Show the answer)$/ })).toBeVisible();
		cards.push(await page.locator('.card .prompt').innerText());
		await page.keyboard.press(' ');
		cards.push(await page.locator('.card .answer').innerText());
		await page.keyboard.press('3');
	}
	await page.goto('/set?id=digits-in-prompts');
	await expect(page.locator('article .prompt')).toHaveCount(2);
	return { cards, setPage: await page.locator('article :is(.prompt, .answer)').allInnerTexts() };
}

for (const [digits, lang, other] of [
	['gujarati', 'gu', /[0-9]/],
	['ascii', 'en', /[૦-૯]/]
] as const) {
	test(`regression: with ${digits} digits, both prompts use them on a card and on the set's page; G20 keeps its own`, async ({ page }) => {
		await usePreferences(page, { lang, digits });
		const year = digits === 'gujarati' ? '૨૦૨૩' : '2023';
		for (const seen of Object.values(await promptsAndAnswers(page, lang))) {
			expect(seen.filter((text) => text.includes('G20'))).toHaveLength(2);
			expect(seen.join(' ').replaceAll('G20', '')).not.toMatch(other);
			// both prompts and the date's answer
			expect(seen.filter((text) => text.includes(year))).toHaveLength(3);
		}
	});
}
