/*
 * A page per set, /set?id=<set id>, in a real Chromium against the production build:
 * - opened from a built-in set's row on /teach: the title, the article (a link to /read), the
 *   question counts per category, and every question with its answer and source sentence;
 *   "Quiz" deals the set, "Cards" and "Learn" link to the set's cards and Learn rounds;
 * - the search filters as you type, in Gujarati and in Latin letters (pyongyang, shoigu), and
 *   says "N of M questions" in a polite live region; a search that finds nothing says so;
 * - a star marks a question to study: a 48 px toggle with aria-pressed, stored in IndexedDB at
 *   once, still there after a reload; "starred only" lists the starred ones, and the starred
 *   questions get their own Quiz, Cards and Learn;
 * - the page works offline once the service worker controls it (drawn from the stored app shell);
 * - a teacher's own set, imported through /teach/import, has its page too; a set that still
 *   needs fixing says so, and an unknown id says so plainly with a link home; sets that cannot be
 *   read (storage refused) are said to be so, with a reload button, not waited for;
 * - an own set the library holds is drawn from it: its stored record, every question of it, is
 *   not read a second time;
 * - a built-in set's heading, counts and buttons show before the code that brings the questions
 *   (the bank) arrives, and the questions follow it; code that cannot be fetched is said to be still
 *   downloading.
 */
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { importSet, neverIdle, storedRecords, waitForServiceWorker } from './helpers';

const KIM_TITLE = 'કિમ જોંગ ઉનની રશિયા યાત્રા (સપ્ટેમ્બર ૨૦૨૩)';
const SIX_DAYS = 'કિમ જોંગ ઉનની સપ્ટેમ્બર ૨૦૨૩ની રશિયા યાત્રા કેટલા દિવસની હતી?';
const PYONGYANG_PROMPTS = [
	'નિરીક્ષકોની ધારણા મુજબ રશિયાથી પાછા ફરતા કિમ જોંગ ઉન સોમવારે દિવસના કયા સમયે ઘરે પહોંચવાના હતા?',
	'રશિયાની યાત્રા પૂરી કરીને કિમ જોંગ ઉન ઉત્તર કોરિયાના કયા શહેરમાં પાછા ફરવાના હતા?'
];

const search = (page: Page) => page.getByRole('searchbox', { name: 'પ્રશ્નોમાં શોધો' });
const shownCount = (page: Page) => page.getByRole('status').filter({ hasText: 'પ્રશ્નો' });
const prompts = (page: Page) => page.locator('main ol h3.prompt');
const star = (page: Page, prompt: string) => page.getByRole('button', { name: `અભ્યાસ માટે તારાંકિત કરો: ${prompt}` });

test('opened from /teach, a built-in set shows its articles, counts, actions and every question', async ({ page }) => {
	await page.goto('/teach');
	await page.getByRole('link', { name: `સેટ જુઓ: ${KIM_TITLE}` }).click();
	await expect(page).toHaveURL(/\/set\?id=kim-russia-trip$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(KIM_TITLE);
	await expect(page.getByText('૪૯ પ્રશ્નો', { exact: true })).toBeVisible();
	await expect(page.locator('main li').filter({ hasText: /(તારીખો|વ્યક્તિઓ|સ્થળો): / })).toHaveText([
		'તારીખો: ૧૩',
		'વ્યક્તિઓ: ૧૩',
		'સ્થળો: ૨૩'
	]);
	await expect(page.getByRole('link', { name: 'છ દિવસની રશિયા યાત્રા પૂરી કરી કિમ જોંગ ઉન ઘરે રવાના, શસ્ત્ર સોદા અંગે વૈશ્વિક ચિંતા' })).toHaveAttribute(
		'href',
		'/read/004_127d094ff95780a8'
	);
	const main = page.getByRole('main');
	await expect(main.getByRole('button', { name: 'ક્વિઝ', exact: true })).toBeVisible();
	await expect(main.getByRole('link', { name: 'કાર્ડ', exact: true })).toHaveAttribute('href', '/cards?set=kim-russia-trip');
	await expect(main.getByRole('link', { name: 'શીખો', exact: true })).toHaveAttribute('href', '/learn?set=kim-russia-trip');

	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૪૯');
	await expect(prompts(page)).toHaveCount(49);
	const first = page.locator('main ol > li').first();
	await expect(first.locator('h3')).toHaveText(SIX_DAYS);
	await expect(first.locator('.answer')).toHaveText('✓ સાચો જવાબ: છ દિવસ');
	await expect(first.locator('blockquote mark')).toHaveText('છ દિવસ');
	await expect(first.locator('blockquote')).toContainText('ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉન રશિયાથી રવિવારે ઘરે જઈ રહ્યો છે');

	await main.getByRole('button', { name: 'ક્વિઝ', exact: true }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.count')).toHaveText('૧ / ૪૯');
});

test('the search filters as you type, in Gujarati and in Latin letters', async ({ page }) => {
	await page.goto('/set?id=kim-russia-trip');
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૪૯');
	await expect(shownCount(page)).toHaveAttribute('role', 'status');

	await search(page).pressSequentially('પ્યોંગયાંગ');
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૨');
	await expect(prompts(page)).toHaveText(PYONGYANG_PROMPTS);

	await search(page).fill('');
	await search(page).pressSequentially('pyongyang');
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૨');
	await expect(prompts(page)).toHaveText(PYONGYANG_PROMPTS);

	// every word must be found: a person's name in Latin letters and a day in Gujarati digits' place
	await search(page).fill('shoigu');
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૮');
	await search(page).fill('2019');
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૫');

	await search(page).fill('ક્યાંય નથી');
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૦');
	await expect(page.getByText('કોઈ પ્રશ્ન મળ્યો નહીં.')).toBeVisible();
	await expect(prompts(page)).toHaveCount(0);
});

test('a starred question stays starred after a reload, and "starred only" lists it', async ({ page }) => {
	await page.goto('/set?id=kim-russia-trip');
	const button = star(page, SIX_DAYS);
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(button).toHaveText('☆');
	const box = (await button.boundingBox())!;
	expect(box.width).toBeGreaterThanOrEqual(48);
	expect(box.height).toBeGreaterThanOrEqual(48);
	await expect(page.getByRole('heading', { name: /તારાંકિત પ્રશ્નો/ })).toHaveCount(0);

	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(button).toHaveText('★');
	await expect.poll(async () => (await storedRecords<{ questionId: string }>(page, 'stars')).map((s) => s.questionId)).toEqual([
		'krt-date-trip-six-days'
	]);

	await page.reload();
	await expect(star(page, SIX_DAYS)).toHaveAttribute('aria-pressed', 'true');
	await expect(star(page, PYONGYANG_PROMPTS[1]!)).toHaveAttribute('aria-pressed', 'false');
	const starred = page.getByRole('region', { name: 'તારાંકિત પ્રશ્નો (૧)' });
	await expect(starred.getByRole('link', { name: 'તારાંકિત પ્રશ્નોનાં કાર્ડ' })).toHaveAttribute(
		'href',
		'/cards?set=kim-russia-trip&starred=1'
	);
	await expect(starred.getByRole('link', { name: 'તારાંકિત પ્રશ્નો શીખો' })).toHaveAttribute(
		'href',
		'/learn?set=kim-russia-trip&starred=1'
	);
	await expectAccessible(page, 'a set with a starred question');

	// the starred cards: a deck of that one question
	await starred.getByRole('link', { name: 'તારાંકિત પ્રશ્નોનાં કાર્ડ' }).click();
	await expect(page.getByText('★ ફક્ત તમે તારાંકિત કરેલા પ્રશ્નો')).toBeVisible();
	await page.getByText('કયાં કાર્ડ?').click();
	await expect(page.getByRole('checkbox', { name: 'ફક્ત તારાંકિત (★) પ્રશ્નો' })).toBeChecked();
	await expect(page.locator('.card .prompt')).toHaveText(SIX_DAYS);
	await expect(page.locator('.counts')).toContainText('નવાં ૧');
	await page.goBack();

	await page.getByRole('checkbox', { name: 'ફક્ત તારાંકિત' }).check();
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૧');
	await expect(prompts(page)).toHaveText([SIX_DAYS]);
	// the search works within the starred ones
	await search(page).fill('pyongyang');
	await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૦');
	await search(page).fill('');

	await starred.getByRole('button', { name: 'તારાંકિત પ્રશ્નો પર ક્વિઝ' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.count')).toHaveText('૧ / ૧');
	await expect(page.locator('h1')).toHaveText(SIX_DAYS);

	// unstarring is stored at once too
	await page.goto('/set?id=kim-russia-trip');
	await star(page, SIX_DAYS).click();
	await expect(star(page, SIX_DAYS)).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(() => storedRecords(page, 'stars')).toEqual([]);
});

test('the set page works offline', async ({ page, context }) => {
	await waitForServiceWorker(page);
	// no page is stored: offline, the app shell (404.html) draws the set page from its code
	const worker = await (await page.request.get('/sw.js')).text();
	expect(worker).toContain('url:"404.html"');
	expect(worker).not.toContain('url:"set"');
	await context.setOffline(true);
	await page.goto('/set?id=putin-north-korea');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('પુતિનની ઉત્તર કોરિયા મુલાકાત');
	await expect(shownCount(page)).toHaveText('૨૭ પ્રશ્નોમાંથી ૨૭');
	await search(page).fill('putin');
	await expect(shownCount(page)).toHaveText('૨૭ પ્રશ્નોમાંથી ૨૧');
	await star(page, 'રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન કેટલાં વર્ષ પછી પહેલી વાર ઉત્તર કોરિયાની મુલાકાતે ગયા?').click();
	await expect.poll(async () => (await storedRecords<{ questionId: string }>(page, 'stars')).length).toBe(1);
});

test('an own set imported through /teach/import has its page; an unknown id and an unfinished set say so', async ({ page }) => {
	await page.goto('/teach/import');
	await page.getByLabel('ફાઇલ પસંદ કરો').setInputFiles('tests/fixtures/import/kasoti.json');
	await page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' }).getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { name: /સચવાયો/ })).toBeVisible();

	await page.goto('/teach');
	await page.getByRole('link', { name: 'સેટ જુઓ: ભુજમાં નવી વિજ્ઞાન શાળા' }).click();
	await expect(page).toHaveURL(/\/set\?id=bhuj-science-school$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ભુજમાં નવી વિજ્ઞાન શાળા');
	await expect(shownCount(page)).toHaveText('૨ પ્રશ્નોમાંથી ૨');
	// its article is not one of the app's, so it is named, not linked
	await expect(page.getByText('ભુજમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન', { exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'ભુજમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન' })).toHaveCount(0);
	await search(page).fill('mira');
	await expect(shownCount(page)).toHaveText('૨ પ્રશ્નોમાંથી ૨');
	await search(page).fill('mira kone');
	await expect(prompts(page)).toHaveText(['૧૨ માર્ચ ૨૦૨૫ના રોજ ભુજમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન કોણે કર્યું?']);

	// Home lists it too, among the sets on this phone
	await page.goto('/');
	const own = page.getByRole('region', { name: 'આ ફોન પરના તમારા સેટ' });
	await own.getByRole('link', { name: 'ભુજમાં નવી વિજ્ઞાન શાળા' }).click();
	await expect(page).toHaveURL(/\/set\?id=bhuj-science-school$/);

	await page.goto('/set?id=no-such-set');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('સેટ મળ્યો નથી');
	await expect(page.getByText('આ ફોન પર આ ઓળખવાળો કોઈ સેટ નથી.', { exact: false })).toBeVisible();
	await page.getByRole('link', { name: 'મુખ્ય પાને જાઓ' }).click();
	await expect(page).toHaveURL(/\/$/);

	// a new, blank set cannot be studied yet
	await page.goto('/teach');
	await page.getByRole('button', { name: 'નવો સેટ' }).click();
	await expect(page).toHaveURL(/\/teach\/edit\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/set?id=${encodeURIComponent(id)}`);
	await expect(page.getByText('આ સેટમાં હજી સુધારવાની ભૂલો છે, તેથી હમણાં તેનો અભ્યાસ થઈ શકે નહીં.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'સંપાદકમાં સુધારો' })).toHaveAttribute('href', `/teach/edit?id=${encodeURIComponent(id)}`);
});

test('when the sets on the phone cannot be read, the page says so instead of waiting; a built-in set still shows', async ({ page }) => {
	// storage that refuses to open, as a blocked or broken IndexedDB does
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('refused', 'UnknownError');
		};
	});
	await page.goto('/set?id=set-lx2k9a');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('સેટ વાંચી શકાયો નહીં');
	await expect(page.getByRole('alert').filter({ hasText: 'સેટ વાંચી શકાયા નહીં' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'પાનું ફરી ખોલો' })).toBeVisible();
	await page.goto('/set?id=kim-russia-trip');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(KIM_TITLE);
});

test('an own set the library holds is drawn from it, not read from storage a second time', async ({ page }) => {
	await importSet(page, 'digits-in-prompts.json');
	// counts reads of one set's record; the library reads them all through an index, not counted
	await page.addInitScript(() => {
		const get = IDBObjectStore.prototype.get;
		(window as unknown as { setReads: number }).setReads = 0;
		IDBObjectStore.prototype.get = function (...args) {
			if (this.name === 'sets') (window as unknown as { setReads: number }).setReads++;
			return get.apply(this, args);
		};
	});
	await page.goto('/set?id=digits-in-prompts');
	await expect(prompts(page)).toHaveCount(2);
	// the page's reads after the first drawing are over once the phone is idle
	await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3_000 })));
	expect(await page.evaluate(() => (window as unknown as { setReads: number }).setReads)).toBe(0);
});

test('a built-in set’s questions show on a phone that is never idle: the page waits for an idle moment only so long', async ({ page }) => {
	await page.addInitScript(neverIdle);
	await page.goto('/set?id=kim-russia-trip');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(KIM_TITLE);
	await expect(prompts(page)).toHaveCount(49);
});

test('a set of 120 questions lists 50 at first, then 50 more and the last 20 at each tap', async ({ page }) => {
	const digits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0ae6 + Number(d)));
	const questions = Array.from({ length: 120 }, (_, i) => ({
		id: `room-${i + 1}`,
		category: 'place',
		prompt: `શાળાનો ઓરડો ${digits(i + 1)} કયા માળે છે?`,
		answer: `માળ ${digits(i + 1)}`,
		accept: [],
		article: 'rooms.txt',
		quote: `શાળાનો ઓરડો ${digits(i + 1)} માળ ${digits(i + 1)} પર છે.`,
		en: `Room ${i + 1} is on floor ${i + 1}.`,
		distractors: [`માળ ${digits(i + 2)}`, `માળ ${digits(i + 3)}`, `માળ ${digits(i + 4)}`]
	}));
	const set = {
		id: 'school-rooms',
		title: 'શાળાના ઓરડા',
		title_en: 'The school’s rooms',
		lang: 'gu',
		articles: [{ file: 'rooms.txt', headline: 'શાળાના ઓરડા', headline_en: 'The school’s rooms' }],
		questions
	};
	await page.goto('/teach/import');
	const importButton = page.getByRole('button', { name: 'આયાત કરો', exact: true });
	await expect(async () => {
		await page.getByLabel('ફાઇલ પસંદ કરો').setInputFiles({ name: 'rooms.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(set)) });
		await expect(importButton).toBeVisible({ timeout: 2_000 });
	}).toPass();
	await importButton.click();
	await expect(page.getByRole('heading', { level: 2, name: /સચવાયો/ })).toBeVisible();

	await page.goto('/set?id=school-rooms');
	await expect(prompts(page)).toHaveCount(50);
	await expect(prompts(page).last()).toHaveText('શાળાનો ઓરડો ૫૦ કયા માળે છે?');
	await page.getByRole('button', { name: 'બીજા ૫૦ પ્રશ્નો બતાવો' }).click();
	await expect(prompts(page)).toHaveCount(100);
	await page.getByRole('button', { name: 'બીજા ૨૦ પ્રશ્નો બતાવો' }).click();
	await expect(prompts(page)).toHaveCount(120);
	await expect(prompts(page).last()).toHaveText('શાળાનો ઓરડો ૧૨૦ કયા માળે છે?');
	await expect(page.getByRole('button', { name: /બતાવો$/ })).toHaveCount(0);
	// a search starts the list over: its first 50
	await search(page).fill('ઓરડો');
	await expect(prompts(page)).toHaveCount(50);
});

test.describe('before the questions’ code arrives', () => {
	// the page's own requests, not a service worker's, so the test can hold them back
	test.use({ serviceWorkers: 'block' });
	// the page goes on fetching code after the test's last check: a handler still at work then is let be
	test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

	test('a built-in set’s heading, counts and buttons show while the bank’s code is held back; its questions follow', async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const heldScripts: string[] = [];
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const response = await route.fetch();
			// the bank: the script holding the id of the set's first question
			if ((await response.text()).includes('krt-date-trip-six-days')) {
				heldScripts.push(route.request().url());
				await held;
			}
			await route.fulfill({ response });
		});
		await page.goto('/set?id=kim-russia-trip');
		const main = page.getByRole('main');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(KIM_TITLE);
		await expect(page.getByText('૪૯ પ્રશ્નો', { exact: true })).toBeVisible();
		await expect(main.getByRole('button', { name: 'ક્વિઝ', exact: true })).toBeEnabled();
		await expect(main.getByRole('link', { name: 'કાર્ડ', exact: true })).toHaveAttribute('href', '/cards?set=kim-russia-trip');
		await expect(page.getByRole('status').filter({ hasText: 'લોડ થઈ રહ્યું છે…' })).toBeVisible();
		await expect.poll(() => heldScripts.length).toBe(1);
		await expect(prompts(page)).toHaveCount(0);

		release();
		await expect(prompts(page)).toHaveCount(49);
		await expect(shownCount(page)).toHaveText('૪૯ પ્રશ્નોમાંથી ૪૯');
	});

	test('when the bank’s code cannot be fetched (a first visit that lost its connection), the set’s heading stays and the page says Kasoti is still downloading', async ({ page }) => {
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const response = await route.fetch();
			if ((await response.text()).includes('krt-date-trip-six-days')) return route.abort('internetdisconnected');
			await route.fulfill({ response });
		});
		await page.goto('/set?id=kim-russia-trip');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(KIM_TITLE);
		await expect(page.getByRole('alert').filter({ hasText: 'કસોટી હજી ડાઉનલોડ થઈ રહી છે' })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'લોડ થઈ રહ્યું છે…' })).toHaveCount(0);
	});
});
