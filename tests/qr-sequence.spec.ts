/*
 * Whole sets by QR code sequences, read by the app's own scanner, in a real Chromium against the
 * production build (Linux Chromium has no BarcodeDetector, so the JavaScript decoder reads, its
 * wasm from the app itself):
 * - a 30-question set imported at /teach/import and shared from /teach shows a sequence of n codes
 *   ("કોડ ૧ / n"), one per frame the link needs; paused and stepped through, each code is a
 *   screenshot; on a second phone, /share with no fragment offers a scanner, pictures and a paste
 *   box, and the screenshots given to "read from pictures" out of order, one twice, open the set
 *   with its 30 questions, with no request leaving the app's origin;
 * - the camera path: a fake camera (a canvas stream) shows the codes in turn at the app's pace,
 *   skipping part 3 on its first round; the scanner says part 3 is missing, completes on the
 *   second round, opens the set and stops the camera;
 * - offline, once the service worker is ready and a later visit has kept the decoder, reading the
 *   codes from pictures still opens the set;
 * - a frame opened by a phone's own camera app (a /share#p1.… link) shows the opener with that
 *   part already read, and the pictures of the other parts complete the set;
 * - a picture with no code, a code that is not Kasoti's and a pasted text that is no Kasoti link
 *   each say so; a pasted link opens its set.
 */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { readFileSync } from 'node:fs';
import type { QuestionSet } from '../src/lib/bank/schema';
import { encodeSetLink } from '../src/lib/share/link';
import { qrPath } from '../src/lib/share/qr';
import { FRAME_INTERVAL_MS, qrCodes, type QrCodes } from '../src/lib/share/qr-sequence';
import { collectErrors, waitForKeptCode, waitForServiceWorker } from './helpers';

const FIXTURE = 'tests/fixtures/qr/gujarat-30.json';
const set: QuestionSet = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const TITLE = 'ગુજરાત: તારીખો, વ્યક્તિઓ અને સ્થળો';

const DIGITS = '૦૧૨૩૪૫૬૭૮૯';
/** A number in Gujarati digits, as the interface shows it by default. */
const gu = (n: number) => [...String(n)].map((d) => DIGITS[Number(d)]).join('');
/** A number written in Gujarati digits, read back. */
const fromGu = (text: string) => Number([...text].map((c) => DIGITS.indexOf(c)).join(''));

/** The codes of the fixture's link as the app on `origin` makes them. */
async function codesFor(origin: string): Promise<QrCodes> {
	return qrCodes(await encodeSetLink({ set, sources: {} }, origin))!;
}

/** Pictures of QR codes, drawn as QrCode.svelte draws them (black on white, a 4-module border). */
async function codePictures(browser: Browser, codes: QrCodes): Promise<Buffer[]> {
	const page = await browser.newPage();
	const pictures: Buffer[] = [];
	for (const text of codes.texts) {
		const { size, path } = qrPath(text, codes.level);
		const side = size + 8;
		await page.setContent(
			`<svg viewBox="0 0 ${side} ${side}" width="420" height="420" shape-rendering="crispEdges" style="display:block">` +
				`<rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" transform="translate(4 4)"/></svg>`
		);
		pictures.push(await page.locator('svg').screenshot());
	}
	await page.close();
	return pictures;
}

/** Files for the picture input. */
const asFiles = (pictures: Buffer[], order: number[]) =>
	order.map((i) => ({ name: `code-${i + 1}.png`, mimeType: 'image/png', buffer: pictures[i]! }));

/** Checks the set of the fixture is open on /share, all 30 questions listed. */
async function expectSetOpen(page: Page) {
	await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible({ timeout: 15_000 });
	await expect(page.getByText(`${gu(30)} પ્રશ્નો`, { exact: true })).toBeVisible();
	await expect(page.locator('ol.questions > li')).toHaveCount(30);
	await expect(page.locator('ol.questions > li').first()).toContainText(set.questions[0]!.prompt);
	await expect(page.locator('ol.questions > li').last()).toContainText(set.questions[29]!.prompt);
	expect(new URL(page.url()).hash).toMatch(/^#v2\.[0-9a-f]{8}\./);
}

/** Imports the fixture at /teach/import, as a teacher does. */
async function importFixture(page: Page) {
	await page.goto('/teach/import');
	await page.getByLabel('ફાઇલ પસંદ કરો').setInputFiles(FIXTURE);
	const preview = page.getByRole('region', { name: 'આયાત પહેલાં તપાસો' });
	await expect(preview.getByText(`આયાત થનારા પ્રશ્નો: ${gu(30)}`)).toBeVisible();
	await preview.getByRole('button', { name: 'આયાત કરો', exact: true }).click();
	await expect(page.getByRole('heading', { name: `“${TITLE}” ${gu(30)} પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.` })).toBeVisible();
}

/** A student's phone: a fresh profile on the same app. */
async function studentPhone(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	return { context, page: await context.newPage() };
}

test('a 30-question set goes as a sequence of codes, read back from screenshots by the app', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	await importFixture(page);
	await page.goto('/teach');
	await page
		.getByRole('article', { name: TITLE })
		.getByRole('button', { name: /^લિંકથી મોકલો/ })
		.click();
	const dialog = page.getByRole('dialog');
	const link = await dialog.getByRole('textbox', { name: 'સેટની લિંક' }).inputValue();
	expect(link).toMatch(/\/share#v2\.[0-9a-f]{8}\./);
	// as many codes as the link needs frames: more than one, each well under one code's limit
	const n = qrCodes(link)!.texts.length;
	expect(n).toBeGreaterThan(10);
	await expect(dialog.getByText(new RegExp(`^કોડ [${DIGITS}]+ / ${gu(n)}$`))).toBeVisible();
	await expect(dialog.getByText(`લિંક એક કોડમાં સમાતી નથી, એટલે તે ${gu(n)} કોડમાં વારાફરતી બતાવાય છે.`, { exact: false })).toBeVisible();
	await expect(dialog.getByText(/QR કોડ માટે બહુ મોટો/)).toHaveCount(0);

	// the codes change by themselves until paused
	const count = dialog.getByText(/^કોડ [૦-૯]+ \/ [૦-૯]+$/);
	const before = await count.textContent();
	await expect(count).not.toHaveText(before!, { timeout: 3 * FRAME_INTERVAL_MS });
	await dialog.getByRole('button', { name: 'કોડ અટકાવો' }).click();
	await expect(dialog.getByRole('button', { name: 'કોડ ફરી ચલાવો' })).toBeVisible();
	await expectAccessible(page, 'a sequence of codes, paused');

	// step through every code, a screenshot of each
	const pictures: Buffer[] = [];
	const code = dialog.getByRole('img', { name: /^સેટની લિંકનો QR કોડ: / });
	for (let step = 0; step < n; step++) {
		const index = fromGu((await count.textContent())!.split(' ')[1]!) - 1;
		await expect(code).toHaveAccessibleName(`સેટની લિંકનો QR કોડ: કોડ ${gu(index + 1)} (કુલ ${gu(n)})`);
		pictures[index] = await code.screenshot();
		await dialog.getByRole('button', { name: 'પછીનો કોડ' }).click();
		await expect(count).toHaveText(`કોડ ${gu(((index + 1) % n) + 1)} / ${gu(n)}`);
	}
	expect(pictures.filter(Boolean)).toHaveLength(n);

	// the student's phone: /share without a set offers the ways to open one
	const student = await studentPhone(browser, baseURL!);
	const errors = collectErrors(student.page);
	const requests: string[] = [];
	student.page.on('request', (request) => requests.push(request.url()));
	await student.page.goto('/share');
	await expect(student.page.getByRole('heading', { level: 1, name: 'સેટ ખોલો' })).toBeVisible();
	await expect(student.page.getByRole('button', { name: 'કૅમેરાથી સ્કૅન કરો' })).toBeVisible();
	await expect(student.page.getByLabel('કે લિંક અહીં ચોંટાડો')).toBeVisible();
	expect(await student.page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);

	// out of order, the third given twice
	const order = [...Array(n).keys()].reverse();
	order.splice(4, 0, 2);
	await student.page.getByLabel('ચિત્રોમાંથી વાંચો').setInputFiles(asFiles(pictures, order));
	await expectSetOpen(student.page);
	const wasm = requests.filter((url) => url.endsWith('.wasm'));
	expect(wasm).toHaveLength(1);
	expect(wasm[0]).toMatch(new RegExp(`^${baseURL}/_app/immutable/assets/zxing_reader\\.[\\w-]+\\.wasm$`));
	expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
	expect(errors).toEqual([]);
	await student.context.close();
});

test('the camera reads the codes in turn and picks up a part missed on the first round', async ({ browser, baseURL }) => {
	test.setTimeout(60_000);
	const codes = await codesFor(baseURL!);
	const frames = codes.texts.map((text) => qrPath(text, codes.level));
	const student = await studentPhone(browser, baseURL!);
	const errors = collectErrors(student.page);
	// a camera that films a phone showing the codes at the app's pace, part 3 unseen in the first round
	await student.context.addInitScript(
		({ frames, interval }) => {
			const canvas = document.createElement('canvas');
			canvas.width = 640;
			canvas.height = 480;
			const context = canvas.getContext('2d')!;
			const camera = { index: 0, round: 0, shown: [] as number[], stream: undefined as MediaStream | undefined };
			(window as unknown as { fakeCamera: typeof camera }).fakeCamera = camera;
			const draw = () => {
				const { size, path } = frames[camera.index]!;
				const scale = 420 / (size + 8);
				context.fillStyle = '#fff';
				context.fillRect(0, 0, 640, 480);
				context.save();
				context.translate(110 + 4 * scale, 30 + 4 * scale);
				context.scale(scale, scale);
				context.fillStyle = '#000';
				context.fill(new Path2D(path));
				context.restore();
			};
			navigator.mediaDevices.getUserMedia = async () => {
				setInterval(() => {
					camera.index = (camera.index + 1) % frames.length;
					if (camera.index === 0) camera.round++;
					if (camera.round === 0 && camera.index === 2) camera.index++;
					camera.shown.push(camera.index);
				}, interval);
				// drawn often, so the stream always has a fresh frame
				setInterval(draw, 50);
				draw();
				camera.stream = canvas.captureStream(20);
				return camera.stream;
			};
		},
		{ frames, interval: FRAME_INTERVAL_MS }
	);
	const page = student.page;
	await page.goto('/share');
	await page.getByRole('button', { name: 'કૅમેરાથી સ્કૅન કરો' }).click();
	await expect(page.getByRole('button', { name: 'કૅમેરા બંધ કરો' })).toBeVisible();
	const n = codes.texts.length;
	const missing = page.getByRole('status').filter({ hasText: `${gu(n)}માંથી ${gu(n - 1)} ભાગ વંચાયા. બાકી ભાગ: ૩.` });
	await expect(missing).toBeVisible({ timeout: 2 * n * FRAME_INTERVAL_MS });
	await expectSetOpen(page);
	const camera = await page.evaluate(() => {
		const c = (window as unknown as { fakeCamera: { round: number; stream: MediaStream } }).fakeCamera;
		return { round: c.round, track: c.stream.getVideoTracks()[0]!.readyState };
	});
	// completed on the second round, and the camera's light is off
	expect(camera).toEqual({ round: 1, track: 'ended' });
	expect(errors).toEqual([]);
	await student.context.close();
});

test('offline, reading the codes from pictures still opens the set', async ({ browser, baseURL }) => {
	const codes = await codesFor(baseURL!);
	const pictures = await codePictures(browser, codes);
	const student = await studentPhone(browser, baseURL!);
	const errors = collectErrors(student.page);
	await waitForServiceWorker(student.page);
	// a later visit, once idle, fetches the decoder the install left out (this browser has no QR reader)
	await waitForKeptCode(student.page, /zxing_reader\.[\w-]+\.wasm$/);
	await student.context.setOffline(true);
	await student.page.goto('/share');
	await expect(student.page.getByRole('heading', { level: 1, name: 'સેટ ખોલો' })).toBeVisible();

	// some parts first: the scanner says which are still missing
	const n = codes.texts.length;
	const input = student.page.getByLabel('ચિત્રોમાંથી વાંચો');
	await input.setInputFiles(asFiles(pictures, [0, 1, 2]));
	await expect(student.page.getByRole('status').filter({ hasText: `${gu(n)}માંથી ${gu(3)} ભાગ વંચાયા.` })).toContainText(
		`બાકી ભાગ: ${[...Array(n - 3).keys()].map((i) => gu(i + 4)).join(', ')}. બાકી ભાગોનાં ચિત્રો પણ પસંદ કરો, કે કૅમેરાથી વાંચો.`
	);
	await input.setInputFiles(asFiles(pictures, [...Array(n).keys()].slice(3)));
	await expectSetOpen(student.page);
	expect(errors).toEqual([]);
	await student.context.close();
});

test('a part opened by a phone camera app starts the collecting, and the scanner reads the rest', async ({
	page,
	browser,
	baseURL
}) => {
	const codes = await codesFor(baseURL!);
	const n = codes.texts.length;
	// a frame is a link to /share: a camera app opens it there
	expect(codes.texts[2]!.startsWith(`${baseURL}/share#p1.`)).toBe(true);
	await page.goto(codes.texts[2]!);
	await expect(page.getByRole('heading', { level: 1, name: 'સેટ ખોલો' })).toBeVisible();
	await expect(page.getByText(`આ કોડ ક્રમનો ભાગ ${gu(3)} છે (કુલ ${gu(n)} કોડ).`, { exact: false })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'ભાગ વંચાયા' })).toHaveText(
		`${gu(n)}માંથી ${gu(1)} ભાગ વંચાયા. બાકી ભાગ: ${[...Array(n).keys()].filter((i) => i !== 2).map((i) => gu(i + 1)).join(', ')}.`
	);
	const pictures = await codePictures(browser, codes);
	await page.getByLabel('ચિત્રોમાંથી વાંચો').setInputFiles(asFiles(pictures, [...Array(n).keys()].filter((i) => i !== 2)));
	await expectSetOpen(page);
});

test('a picture with no code, a foreign code and a foreign link are named; a pasted link opens', async ({
	page,
	browser,
	baseURL
}) => {
	const blank = await codePictures(browser, { level: 'M', texts: ['https://example.com/'] });
	const empty = await (async () => {
		const p = await browser.newPage();
		await p.setContent('<div style="width:200px;height:200px;background:#fff"></div>');
		const shot = await p.locator('div').screenshot();
		await p.close();
		return shot;
	})();
	await page.goto('/share');
	const alert = page.getByRole('alert').filter({ hasText: 'QR કોડ' });
	await page.getByLabel('ચિત્રોમાંથી વાંચો').setInputFiles([
		{ name: 'blank.png', mimeType: 'image/png', buffer: empty },
		{ name: 'shop.png', mimeType: 'image/png', buffer: blank[0]! }
	]);
	await expect(alert).toHaveText('⚠ આ કસોટીનો કોડ નથી: તેમાં કસોટીની લિંક નથી. આ ચિત્રમાં QR કોડ મળ્યો નથી: blank.png.');

	const paste = page.getByLabel('કે લિંક અહીં ચોંટાડો');
	await paste.fill('https://example.com/share#top');
	await page.getByRole('button', { name: 'લિંક ખોલો' }).click();
	await expect(paste).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('આ કસોટીની લિંક નથી. શિક્ષકે મોકલેલી આખી લિંક ચોંટાડો.')).toBeVisible();

	// a link made on another address opens here
	await paste.fill(`આજનો સેટ: ${await encodeSetLink({ set, sources: {} }, 'https://school.example')}`);
	await page.getByRole('button', { name: 'લિંક ખોલો' }).click();
	await expectSetOpen(page);
	expect(new URL(page.url()).origin).toBe(baseURL);
});
