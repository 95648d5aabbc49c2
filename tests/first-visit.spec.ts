/*
 * The first seconds of a first visit, before the service worker has stored the app (workers are
 * blocked here, as on a phone whose worker has not finished installing), in a real Chromium:
 * - a share link opened just before the connection goes still adds its set and plays a quiz on it:
 *   the share page fetched the quiz's code ahead; one opened on the share page after it went shows
 *   its set: the page, opened with no link, fetched the link's code once idle; the same for an
 *   assignment link opened on the assignment page; an assignment link opened just before the
 *   connection goes shows it without making a database, and its quiz still starts;
 * - over a slow connection, a share or assignment link fetches the quiz's screen only once what
 *   it holds shows: before, the two shared the connection with the link's own code; the layout's
 *   background work (the worker's code, code kept offline) waits likewise; the link's own code is
 *   asked for while the page's strings still come, not a round trip later once the page has run;
 * - a quiz started from the quiz screen as the connection goes opens: that screen fetched the
 *   quiz's own code ahead while the student read it;
 * - a page whose code never arrived says plainly that Kasoti is still downloading, in the
 *   interface's language, instead of "Internal Error".
 */
import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { test } from './base-test';
import type { TeacherSetRecord } from '../src/lib/db/schema';
import { encodeSetLink } from '../src/lib/share/link';
import { packJson } from '../src/lib/share/pack';
import { hasDatabase, pageHead } from './helpers';

test.use({ serviceWorkers: 'block' });

const QUOTE = 'રાજ્યની રાજધાની ગાંધીનગર છે.';
const record: TeacherSetRecord = {
	id: 'capital',
	set: {
		id: 'capital',
		title: 'રાજધાની',
		title_en: 'Capital',
		lang: 'gu',
		articles: [{ file: 'capital.txt', headline: 'રાજધાની', headline_en: 'Capital' }],
		questions: [
			{
				id: 'capital-q1',
				category: 'place',
				kind: 'city',
				prompt: 'ગુજરાતની રાજધાની કઈ છે?',
				answer: 'ગાંધીનગર',
				accept: [],
				article: 'capital.txt',
				quote: QUOTE,
				en: 'The capital of the state is Gandhinagar.'
			}
		]
	},
	sources: { 'capital.txt': QUOTE },
	origin: 'new',
	createdAt: 1_700_000_000_000,
	updatedAt: 1_700_000_000_000
};
/** The capital set as a teacher's assignment of multiple choice. */
const ASSIGNMENT = { id: 'a-capital', title: 'રાજધાનીની કસોટી', mode: 'choice', length: 'all', seed: 'k7m2p9qr', set: record.set, createdAt: 1_700_000_000_000 };

test('a share link opened just before the connection goes still adds its set and plays its quiz', async ({
	page,
	context,
	baseURL
}) => {
	await page.goto(await encodeSetLink(record, new URL(baseURL!).origin));
	await expect(page.getByRole('heading', { level: 2, name: 'રાજધાની' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);

	await page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' }).click();
	await page.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.count')).toHaveText('૧ / ૧');
	await expect(page.getByText('ગુજરાતની રાજધાની કઈ છે?')).toBeVisible();
});

test('an assignment link opened just before the connection goes shows it without making a database, and still starts its quiz', async ({
	page,
	context
}) => {
	await page.goto(`/assignment#${await packJson('a1', ASSIGNMENT)}`);
	await expect(page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' })).toBeVisible();
	await untilNetworkQuiet(page);
	// a phone that never opened Kasoti: whether the assignment was taken here is answered without the database
	expect(await hasDatabase(page)).toBe(false);
	await context.setOffline(true);

	await page.getByLabel('તમારું નામ').fill('આશા');
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.getByText('ગુજરાતની રાજધાની કઈ છે?')).toBeVisible();
	expect(await hasDatabase(page)).toBe(true);
});

test('a link opened on the share page after the connection goes shows its set: the page fetched the link’s code ahead', async ({
	page,
	context,
	baseURL
}) => {
	await openThenGoOffline(page, context, '/share', 'સેટ ખોલો');
	const link = await encodeSetLink(record, new URL(baseURL!).origin);
	await openFragment(page, new URL(link).hash);
	await expect(page.getByRole('heading', { level: 2, name: 'રાજધાની' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' })).toBeVisible();
});

test('an assignment link opened on the assignment page after the connection goes shows it: the page fetched the link’s code ahead', async ({
	page,
	context
}) => {
	await openThenGoOffline(page, context, '/assignment', 'સોંપણી');
	await openFragment(page, await packJson('a1', ASSIGNMENT));
	await expect(page.getByText('રાજધાનીની કસોટી')).toBeVisible();
	await expect(page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' })).toBeVisible();
});

for (const opened of [
	{ page: '/share', what: 'its set', shown: (page: Page) => page.getByRole('heading', { level: 2, name: 'રાજધાની' }) },
	{ page: '/assignment', what: 'the assignment', shown: (page: Page) => page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }) }
]) {
	test(`a link to ${opened.page} fetches the quiz’s screen only once ${opened.what} shows, not beside the link’s own code`, async ({
		page,
		request,
		baseURL
	}) => {
		const quizScreen = await pageCode(request, baseURL!, '/quiz/play', '/quiz');
		const linked = new Set((await pageHead(request, baseURL!, opened.page)).scripts.map((url) => new URL(url).pathname));
		let fetchedBeforeShown: boolean | undefined;
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === quizScreen) fetchedBeforeShown ??= !(await opened.shown(page).isVisible());
			// what the page fetches as it runs comes slowly, as over a phone's slow connection
			if (!linked.has(path)) await new Promise((resolve) => setTimeout(resolve, 1_000));
			await route.fulfill({ response: await route.fetch() }).catch(() => {});
		});
		await page.goto(await linkTo(opened.page, baseURL!));
		await expect(opened.shown(page)).toBeVisible({ timeout: 15_000 });
		await expect.poll(() => fetchedBeforeShown !== undefined, { timeout: 15_000 }).toBe(true);
		expect(fetchedBeforeShown).toBe(false);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});

	test(`a link to ${opened.page} asks for its code while the page’s strings are still on their way, not once the page has run`, async ({
		page,
		baseURL
	}) => {
		// the page's strings are held until the link's code has been asked for (or 5 s): the page cannot run before
		let linkCodeAskedAt: number | undefined;
		let stringsGivenAt: number | undefined;
		let release = () => {};
		const linkCodeAsked = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const askedAt = performance.now();
			const response = await route.fetch().catch(() => undefined);
			if (!response) return;
			const body = await response.text().catch(() => undefined);
			if (body === undefined) return;
			if (body.includes(LINK_CODE_MARK)) {
				linkCodeAskedAt ??= askedAt;
				release();
			}
			if (body.includes(STRINGS_MARK)) {
				await Promise.race([linkCodeAsked, new Promise((resolve) => setTimeout(resolve, 5_000))]);
				stringsGivenAt ??= performance.now();
			}
			await route.fulfill({ response, body }).catch(() => {});
		});
		await page.goto(await linkTo(opened.page, baseURL!));
		await expect(opened.shown(page)).toBeVisible({ timeout: 15_000 });
		expect(linkCodeAskedAt).toBeLessThan(stringsGivenAt!);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});

	test(`a link to ${opened.page} holds the layout’s background work back (the code it keeps offline, the worker’s) until ${opened.what} shows`, async ({
		page,
		request,
		baseURL
	}) => {
		const linked = new Set((await pageHead(request, baseURL!, opened.page)).scripts.map((url) => new URL(url).pathname));
		/** For each file of background work, whether the link's content showed when it was asked for. */
		const background: boolean[] = [];
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const path = new URL(route.request().url()).pathname;
			const shownThen = await opened.shown(page).isVisible();
			// what the page fetches as it runs comes slowly, as over a phone's slow connection
			if (!linked.has(path)) await new Promise((resolve) => setTimeout(resolve, 1_000));
			const response = await route.fetch().catch(() => undefined);
			if (!response) return;
			const body = await response.text();
			if (BACKGROUND_MARKS.some((mark) => body.includes(mark))) background.push(shownThen);
			await route.fulfill({ response, body }).catch(() => {});
		});
		await page.goto(await linkTo(opened.page, baseURL!));
		await expect(opened.shown(page)).toBeVisible({ timeout: 15_000 });
		await expect.poll(() => background.length, { timeout: 15_000 }).toBeGreaterThan(0);
		expect(background.every((shown) => shown)).toBe(true);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});
}

/** Text found only in Gujarati's strings (src/lib/i18n/gu.ts), and only in the link's code (share/pack.ts). */
const STRINGS_MARK = 'લિંકથી મળેલો સેટ';
const LINK_CODE_MARK = 'DecompressionStream';

/** Text found only in the files of the layout's background work: the code that keeps code offline, the worker's registration. */
const BACKGROUND_MARKS = ['kasoti.kept-later-code', 'serviceWorker.register'];

/** A teacher's link to the capital set: to add it (`/share`), or as an assignment of multiple choice. */
async function linkTo(page: string, baseURL: string): Promise<string> {
	if (page === '/share') return encodeSetLink(record, new URL(baseURL).origin);
	return `/assignment#${await packJson('a1', ASSIGNMENT)}`;
}

test('a quiz started as soon as the connection goes still opens: the quiz screen fetched its code ahead', async ({
	page,
	context,
	request,
	baseURL
}) => {
	const quizScreen = await pageCode(request, baseURL!, '/quiz/play', '/quiz');
	await page.goto('/quiz');
	await expect(page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' })).toBeEnabled();
	// the quiz's own screen, fetched while the student reads this one
	await expect
		.poll(() => page.evaluate((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(file)), quizScreen), {
			timeout: 15_000
		})
		.toBe(true);
	await untilNetworkQuiet(page);
	await context.setOffline(true);

	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	await expect(page.locator('.prompt')).toBeVisible();
	await expect(page.getByText('Internal Error')).toHaveCount(0);
});

test('a page whose code never arrived says Kasoti is still downloading', async ({ page, context, request, baseURL }) => {
	// the connection fails for the quiz screen's code: it never arrives
	const quizScreen = await pageCode(request, baseURL!, '/quiz/play', '/quiz');
	await page.route((url) => url.pathname.endsWith(quizScreen), (route) => route.abort());
	await page.goto('/quiz');
	await expect(page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' })).toBeEnabled();
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);
	// the quiz is dealt and stored offline; the play page's code is what has not arrived
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'કસોટી હજી ડાઉનલોડ થઈ રહી છે' })).toBeVisible();
	await expect(page.getByText('ઇન્ટરનેટ ચાલુ કરીને ફરી પ્રયાસ કરો', { exact: false })).toBeVisible();
	await expect(page.getByText('Internal Error')).toHaveCount(0);
});

/** The path of a page's own code (its route node): the one its built page preloads and `other`'s does not. */
async function pageCode(request: APIRequestContext, baseURL: string, path: string, other: string): Promise<string> {
	const nodes = async (at: string) => (await pageHead(request, baseURL, at)).scripts.filter((url) => url.includes('/nodes/'));
	const [own, others] = await Promise.all([nodes(path), nodes(other)]);
	const files = own.filter((url) => !others.includes(url));
	expect(files).toHaveLength(1);
	return new URL(files[0]!).pathname;
}

/** Opens `path` with no link, waits until it has fetched what it fetches once idle, then cuts the connection. */
async function openThenGoOffline(page: Page, context: BrowserContext, path: string, heading: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	await untilNetworkQuiet(page);
	await context.setOffline(true);
}

/** Opens a link on the page already open, as a scanned code or a pasted link does: only the fragment changes. */
async function openFragment(page: Page, hash: string): Promise<void> {
	await page.evaluate((fragment) => (location.hash = fragment), hash);
}

/** Waits until the page has fetched nothing new for a second. */
async function untilNetworkQuiet(page: Page): Promise<void> {
	let last = -1;
	await expect
		.poll(async () => {
			const count = await page.evaluate(() => performance.getEntriesByType('resource').length);
			const quiet = count === last;
			last = count;
			return quiet;
		}, { intervals: [1_000], timeout: 15_000 })
		.toBe(true);
}
