/*
 * Sharing a set as a link, in a real Chromium against the production build:
 * - a set stored on one phone (context A) becomes a /share#v2.… link through the share panel on
 *   /teach (the other links here are made with the app's own encodeSetLink);
 * - on a second phone (a fresh profile, offline once the service worker controls it) the link shows
 *   the set's title, its counts per category and every prompt; "add to my sets" asks first, then
 *   stores it once with origin "link", and a multiple-choice quiz on it is played to the results;
 *   on a phone that never opened Kasoti, the link's set shows without making a database;
 * - the same link opened again says the set is already there and stores nothing more;
 * - a changed set under the same id is offered as a new version of the one on the phone: replacing it
 *   keeps the ids (and so the progress) of unchanged questions; kept beside it, it gets ids of its
 *   own, so its quiz still deals every question; a set made on this phone is kept unless the student
 *   chooses otherwise;
 * - a link with the sentence's punctuation after it (".", ")", a closing quotation mark) opens, opened
 *   or pasted, a set link or an assignment link; a set link pasted on /assignment opens on /share;
 * - a damaged link pasted on /share is told beside the paste box, its text still in it;
 * - the share panel names an untitled set as its card does, never by its id;
 * - a link whose # a chat app escaped as %23 opens its set all the same;
 * - damaged links (cut short, a stray character, a set with mistakes) show a role="alert"
 *   message and store nothing; a link with one character changed fails its checksum, and a short
 *   link nested thousands deep shows its message instead of staying on "Loading…";
 * - a shared set's title and prompts are isolated (dir="auto") and arrive without U+202E;
 * - the share panel shows the link, its length and a QR code for a short set, a long set as a
 *   sequence of codes (tests/qr-sequence.spec.ts reads them), copies the link, and closes with
 *   Escape, focus back on its button.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { readFileSync } from 'node:fs';
import type { TeacherSetRecord } from '../src/lib/db/schema';
import { toBase64Url } from '../src/lib/share/base64url';
import { crc32Hex } from '../src/lib/share/crc32';
import { encodeSetLink } from '../src/lib/share/link';
import { packJson } from '../src/lib/share/pack';
import { qrCodes } from '../src/lib/share/qr-sequence';
import { collectErrors, hasDatabase, neverIdle, putSets, storedRecords, waitForServiceWorker } from './helpers';

const ARTICLE = 'ગુજરાત રાજ્યની સ્થાપના ૧ મે ૧૯૬૦ના રોજ થઈ. તેના પહેલા મુખ્યમંત્રી જીવરાજ મહેતા હતા. રાજ્યની રાજધાની ગાંધીનગર છે.';
const PROMPTS = [
	'ગુજરાત રાજ્યની સ્થાપના કઈ તારીખે થઈ?',
	'ગુજરાતના પહેલા મુખ્યમંત્રી કોણ હતા?',
	'ગુજરાતની રાજધાની કઈ છે?'
];

/** A teacher's set as the /teach editor stores it: its own article, with the text pasted in. */
const record: TeacherSetRecord = {
	id: 'gujarat-day',
	set: {
		id: 'gujarat-day',
		title: 'ગુજરાત સ્થાપના દિન',
		title_en: 'Gujarat Day',
		lang: 'gu',
		articles: [{ file: 'gujarat-day.txt', headline: 'ગુજરાત સ્થાપના દિન', headline_en: 'Gujarat Day' }],
		questions: [
			{
				id: 'gujarat-day-q1',
				category: 'date',
				prompt: PROMPTS[0]!,
				answer: '૧ મે ૧૯૬૦',
				accept: ['1 May 1960'],
				article: 'gujarat-day.txt',
				quote: 'ગુજરાત રાજ્યની સ્થાપના ૧ મે ૧૯૬૦ના રોજ થઈ.',
				en: 'Gujarat state was founded on 1 May 1960.'
			},
			{
				id: 'gujarat-day-q2',
				category: 'person',
				prompt: PROMPTS[1]!,
				answer: 'જીવરાજ મહેતા',
				accept: [],
				article: 'gujarat-day.txt',
				quote: 'તેના પહેલા મુખ્યમંત્રી જીવરાજ મહેતા હતા.',
				en: 'Its first chief minister was Jivraj Mehta.'
			},
			{
				id: 'gujarat-day-q3',
				category: 'place',
				kind: 'city',
				prompt: PROMPTS[2]!,
				answer: 'ગાંધીનગર',
				accept: [],
				article: 'gujarat-day.txt',
				quote: 'રાજ્યની રાજધાની ગાંધીનગર છે.',
				en: 'The capital of the state is Gandhinagar.'
			}
		]
	},
	sources: { 'gujarat-day.txt': ARTICLE },
	origin: 'new',
	createdAt: 1_700_000_000_000,
	updatedAt: 1_700_000_000_000
};

/** The same set imported from a two-column file: its questions name the set's own pseudo article, and it holds no text. */
const noArticles: TeacherSetRecord = {
	...record,
	id: 'gujarat-day-cards',
	set: {
		...record.set,
		id: 'gujarat-day-cards',
		title: 'પહેલી મેનાં કાર્ડ',
		title_en: 'Gujarat Day: cards',
		articles: [],
		questions: record.set.questions.map((q) => ({ ...q, id: `${q.id}-card`, article: 'gujarat-day-cards.txt' }))
	},
	sources: {},
	origin: 'import'
};

/** The share panel's promise that a set's articles travel with it. */
const WITH_ARTICLES = /આખો સેટ છે, લેખો સાથે/;

/** Any text packed as a v2 link fragment with a right checksum, as a hand-made hostile link would be. */
async function packedLink(text: string): Promise<string> {
	const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const body = toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
	return `#v2.${crc32Hex(body)}.${body}`;
}

/** A set far too long for a QR code: the built-in Kim set with its article, as an own set. */
function largeRecord(): TeacherSetRecord {
	const set = JSON.parse(readFileSync('questions/sets/kim-russia-trip.json', 'utf8'));
	const file = set.articles[0].file as string;
	return {
		...record,
		id: 'kim-own',
		set: { ...set, id: 'kim-own', title: 'કિમની યાત્રા: આખો સેટ', title_en: 'Kim trip: the whole set', questions: set.questions.map((q: { id: string }) => ({ ...q, id: `kim-own-${q.id}` })) },
		sources: { [file]: readFileSync(`questions/articles/${file}`, 'utf8') }
	};
}

/** A number in Gujarati digits, as the interface shows it by default. */
const gu = (n: number) => [...String(n)].map((d) => '૦૧૨૩૪૫૬૭૮૯'[Number(d)]).join('');

/** The own sets stored in this profile; none when the app has not made its database yet. */
const storedSets = (page: Page) => storedRecords<TeacherSetRecord>(page, 'sets');

/** Stores own sets straight into the app's database, after a page has made it. */
async function storeSets(page: Page, records: TeacherSetRecord[]): Promise<void> {
	// /quiz reads the library, which opens (and so creates) the database at its current version
	await page.goto('/quiz');
	await expect.poll(() => hasDatabase(page)).toBe(true);
	await putSets(page, records);
}

/** The share button of an own set's row on /teach. */
async function shareButton(page: Page, title: string) {
	await page.goto('/teach');
	const button = page.getByRole('article', { name: title }).getByRole('button', { name: /^લિંકથી મોકલો/ });
	await expect(button).toBeVisible();
	return button;
}

/** Phone A: the teacher's set is stored, and its link copied out of the share panel on /teach. */
async function linkFromPhoneA(browser: Browser, baseURL: string, record: TeacherSetRecord): Promise<string> {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await storeSets(page, [record]);
	await (await shareButton(page, record.set.title)).click();
	const field = page.getByRole('dialog').getByRole('textbox', { name: 'સેટની લિંક' });
	await expect(field).toHaveValue(/\/share#v2\.[0-9a-f]{8}\./);
	const link = await field.inputValue();
	await context.close();
	return link;
}

/** Answers every question of a quiz of `total` with its first option, up to the results page. */
async function playToResults(page: Page, total: number): Promise<string[]> {
	const prompts: string[] = [];
	for (let n = 1; n <= total; n++) {
		await expect(page.locator('.count')).toHaveText(`${gu(n)} / ${gu(total)}`);
		prompts.push((await page.locator('h1').textContent())!.trim());
		await expect(page.locator('.options button').first()).toBeEnabled();
		await page.keyboard.press('1');
		await expect(page.locator('.verdict')).toBeVisible();
		await page.getByRole('button', { name: n < total ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	return prompts;
}

test('a set shared by link opens on another phone offline, is added once, and can be quizzed', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	const link = await linkFromPhoneA(browser, baseURL!, record);
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/share#v2\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);

	// phone B: a fresh profile, offline once the app is installed
	const errors = collectErrors(page);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto(link);

	await expect(page.getByRole('heading', { level: 1, name: 'લિંકથી મળેલો સેટ' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'ગુજરાત સ્થાપના દિન' })).toBeVisible();
	await expect(page.getByText('૩ પ્રશ્નો', { exact: true })).toBeVisible();
	for (const count of ['તારીખો: ૧', 'વ્યક્તિઓ: ૧', 'સ્થળો: ૧']) await expect(page.getByText(count)).toBeVisible();
	// each prompt after its category, which only screen readers hear (the marker shows it by shape)
	await expect(page.locator('ol.questions > li')).toHaveText([
		`તારીખો: ${PROMPTS[0]}`,
		`વ્યક્તિઓ: ${PROMPTS[1]}`,
		`સ્થળો: ${PROMPTS[2]}`
	]);
	expect(await storedSets(page)).toHaveLength(0);

	// nothing is stored until the student confirms
	await page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' }).click();
	const confirm = page.getByRole('group', { name: '“ગુજરાત સ્થાપના દિન” (૩ પ્રશ્નો) આ ફોન પર તમારા સેટમાં ઉમેરીએ?' });
	await expect(confirm).toBeFocused();
	expect(await storedSets(page)).toHaveLength(0);
	await expectAccessible(page, 'a shared set, asking before it is added');
	await confirm.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await expect(page.getByRole('heading', { name: '“ગુજરાત સ્થાપના દિન” ૩ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeFocused();
	await expect(page.getByRole('link', { name: 'મારા સેટ' })).toHaveAttribute('href', '/teach');

	const stored = await storedSets(page);
	expect(stored.map((r) => [r.id, r.origin])).toEqual([['gujarat-day', 'link']]);
	expect(stored[0]!.set.questions.map((q) => q.prompt)).toEqual(PROMPTS);
	expect(stored[0]!.sources).toEqual({ 'gujarat-day.txt': ARTICLE });

	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	expect((await playToResults(page, 3)).sort()).toEqual([...PROMPTS].sort());

	// the same link again: already there, nothing more stored
	await page.goto(link);
	await expect(page.getByText('આ સેટ તમારા સેટમાં પહેલેથી છે.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' })).toHaveCount(0);
	// "Quiz on it", whose code comes only for a set held here, offline too
	await expect(page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' })).toBeVisible();
	expect(await storedSets(page)).toHaveLength(1);

	// a changed set under the same id, kept beside the one here when the student says so: with ids of its own
	const changed = { ...record, set: { ...record.set, title: 'ગુજરાત સ્થાપના દિન (નવો)' } };
	const second = await encodeSetLink(changed, new URL(baseURL!).origin);
	await page.goto(second);
	await expect(page.getByRole('heading', { level: 2, name: 'ગુજરાત સ્થાપના દિન (નવો)' })).toBeVisible();
	await page.getByRole('radio', { name: 'બંને રાખો: આને અલગ સેટ તરીકે ઉમેરો' }).check();
	await page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' }).click();
	await page.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await expect(page.getByText('આ ફોન પરનો બીજો સેટ જેમનો તેમ રહ્યો: બંને અલગ સેટ છે.')).toBeVisible();
	await expect(page.getByText('gujarat-day-2')).toHaveCount(0);
	const renamed = (await storedSets(page)).find((r) => r.id === 'gujarat-day-2')!;
	expect(renamed.set.questions.map((q) => q.id)).toEqual(['gujarat-day-2-q1', 'gujarat-day-2-q2', 'gujarat-day-2-q3']);
	expect(Object.keys(renamed.sources)).toEqual(['gujarat-day-2.txt']);
	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await playToResults(page, 3);

	expect(errors).toEqual([]);
});

/** The teacher's set with the second question's wording corrected, shared again. */
const corrected: TeacherSetRecord = {
	...record,
	set: {
		...record.set,
		questions: record.set.questions.map((q, i) => (i === 1 ? { ...q, prompt: 'ગુજરાતના પ્રથમ મુખ્યમંત્રી કોણ હતા?' } : q))
	}
};

// a corrected set shared again was added as a second set of the same title, with its id shown to the student
test('a corrected set shared again is offered as a new version, and replaces the one added before', async ({ page, baseURL }) => {
	const errors = collectErrors(page);
	const origin = new URL(baseURL!).origin;
	await page.goto(await encodeSetLink(record, origin));
	await page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' }).click();
	await page.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await expect(page.getByRole('heading', { name: '“ગુજરાત સ્થાપના દિન” ૩ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeFocused();

	await page.goto(await encodeSetLink(corrected, origin));
	const choice = page.getByRole('group', {
		name: 'આ સેટનું જૂનું રૂપ આ ફોન પર પહેલેથી છે: “ગુજરાત સ્થાપના દિન” (૩ પ્રશ્નો). આ લિંકમાં તેનું નવું રૂપ છે.'
	});
	await expect(choice).toBeVisible();
	await expect(choice.getByRole('radio', { name: /^જૂનાની જગ્યાએ આ મૂકો \(સેટ અપડેટ કરો\)/ })).toBeChecked();
	await expect(choice.getByText('એના એ જ પ્રશ્નો, જેમની પ્રગતિ રહેશે: ૨. નવા કે બદલાયેલા, શરૂઆતથી: ૧. નીકળી જનારા: ૦.')).toBeVisible();
	await expect(choice.getByRole('radio', { name: 'બંને રાખો: આને અલગ સેટ તરીકે ઉમેરો' })).not.toBeChecked();
	await expectAccessible(page, 'a new version of a set on the phone');

	await page.getByRole('button', { name: 'સેટ અપડેટ કરો' }).click();
	const confirm = page.getByRole('group', { name: '“ગુજરાત સ્થાપના દિન”ની જગ્યાએ આ નવું રૂપ (૩ પ્રશ્નો) મૂકીએ?' });
	await expect(confirm).toBeFocused();
	await confirm.getByRole('button', { name: 'હા, અપડેટ કરો' }).click();
	await expect(page.getByRole('heading', { name: '“ગુજરાત સ્થાપના દિન” અપડેટ થયો: હવે તેમાં ૩ પ્રશ્નો છે.' })).toBeFocused();

	// one set, its unchanged questions under their ids (and so with their progress), the corrected one a new fact
	const stored = await storedSets(page);
	expect(stored.map((r) => [r.id, r.origin])).toEqual([['gujarat-day', 'link']]);
	const ids = stored[0]!.set.questions.map((q) => q.id);
	expect([ids[0], ids[2]]).toEqual(['gujarat-day-q1', 'gujarat-day-q3']);
	expect(ids[1]).not.toBe('gujarat-day-q2');
	expect(stored[0]!.set.questions[1]!.prompt).toBe('ગુજરાતના પ્રથમ મુખ્યમંત્રી કોણ હતા?');
	await page.goto('/teach');
	await expect(page.getByRole('article', { name: 'ગુજરાત સ્થાપના દિન' })).toHaveCount(1);
	expect(errors).toEqual([]);
});

test('a set made on this phone, met again by link, is kept unless the student chooses to replace it', async ({ page, baseURL }) => {
	await storeSets(page, [record]);
	await page.goto(await encodeSetLink(corrected, new URL(baseURL!).origin));
	const choice = page.getByRole('group', {
		name: 'આ ફોન પર બનેલો સેટ “ગુજરાત સ્થાપના દિન” (૩ પ્રશ્નો) આ જ સેટ છે, અને આ લિંકમાં તેનું બીજું રૂપ છે.'
	});
	await expect(choice.getByRole('radio', { name: 'બંને રાખો: આને અલગ સેટ તરીકે ઉમેરો' })).toBeChecked();
	await expect(choice.getByRole('radio', { name: /^તેની જગ્યાએ આ મૂકો: આ ફોન પર કરેલા ફેરફારો જતા રહેશે/ })).not.toBeChecked();
	await page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' }).click();
	await page.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await expect(page.getByText('આ ફોન પરનો બીજો સેટ જેમનો તેમ રહ્યો: બંને અલગ સેટ છે.')).toBeVisible();
	const stored = await storedSets(page);
	expect(stored.map((r) => [r.id, r.origin]).sort()).toEqual([['gujarat-day', 'new'], ['gujarat-day-2', 'link']]);
	expect(stored.find((r) => r.id === 'gujarat-day')!.set.questions[1]!.prompt).toBe(PROMPTS[1]);
});

// "(<link>)." in a chat, or the link opened with the sentence's closing quotation mark, was called damaged
test('a link with the sentence’s punctuation after it opens, opened or pasted, a set’s or an assignment’s', async ({ page, baseURL }) => {
	const link = await encodeSetLink(record, new URL(baseURL!).origin);
	const title = page.getByRole('heading', { level: 2, name: 'ગુજરાત સ્થાપના દિન' });
	for (const end of ['.', ')', ').', '”']) {
		await page.goto(`${link}${end}`);
		await expect(title, end).toBeVisible();
	}

	await page.goto('/share');
	await page.getByRole('textbox', { name: 'કે લિંક અહીં ચોંટાડો' }).fill(`આ અઠવાડિયાનો સેટ (${link}).`);
	await page.getByRole('button', { name: 'લિંક ખોલો' }).click();
	await expect(title).toBeVisible();
	await expect(page).toHaveURL(link);

	const assignment = { id: 'a-week-2', title: 'અઠવાડિયું ૨', mode: 'choice', length: 'all', seed: 'k7m2p9qrst', createdAt: 1 };
	const fragment = await packJson('a1', { ...assignment, set: record.set });
	for (const end of ['.', ')']) {
		await page.goto(`/assignment#${fragment}${end}`);
		await expect(page.getByRole('heading', { level: 2, name: 'અઠવાડિયું ૨' }), end).toBeVisible();
	}
});

// "⚠ This is not an assignment link: it should contain “#a1.”."
test('a set link pasted or opened on /assignment opens its set on /share', async ({ page, baseURL }) => {
	const link = await encodeSetLink(record, new URL(baseURL!).origin);
	const fragment = link.slice(link.indexOf('#'));
	const title = page.getByRole('heading', { level: 2, name: 'ગુજરાત સ્થાપના દિન' });
	await page.goto('/assignment');
	await page.getByRole('textbox', { name: 'સોંપણીની લિંક' }).fill(link);
	await page.getByRole('button', { name: 'ખોલો', exact: true }).click();
	await expect(page).toHaveURL(link);
	await expect(title).toBeVisible();

	await page.goto(`/assignment${fragment}`);
	await expect(page).toHaveURL(link);
	await expect(title).toBeVisible();

	// what is no link at all is told in plain words
	await page.goto('/assignment');
	await page.getByRole('textbox', { name: 'સોંપણીની લિંક' }).fill('કાલની સોંપણી');
	await page.getByRole('button', { name: 'ખોલો', exact: true }).click();
	const alert = page.getByRole('alert').filter({ hasText: '⚠' });
	await expect(alert).toHaveText('⚠ આ સોંપણીની લિંક નથી. શિક્ષકે મોકલેલી આખી લિંક ચોંટાડો.');
	// beside the box it is about, as on /share
	const box = page.getByRole('textbox', { name: 'સોંપણીની લિંક' });
	await expect(box).toHaveAccessibleDescription('આ સોંપણીની લિંક નથી. શિક્ષકે મોકલેલી આખી લિંક ચોંટાડો.');
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(box).toBeFocused();
	await expect(box).toHaveValue('કાલની સોંપણી');
});

// the page was replaced by the error and a way home, the paste gone and focus on <body>
test('a damaged link pasted on /share is told beside the paste box, its text still there to correct', async ({ page, baseURL }) => {
	const cut = (await encodeSetLink(record, new URL(baseURL!).origin)).slice(0, 300);
	await page.goto('/share');
	const box = page.getByRole('textbox', { name: 'કે લિંક અહીં ચોંટાડો' });
	await box.fill(cut);
	await page.getByRole('button', { name: 'લિંક ખોલો' }).click();
	const problem =
		'આ લિંક બદલાઈ ગઈ છે કે વચ્ચેથી કપાઈ ગઈ છે: તેનો એક અક્ષર પણ મોકલેલી લિંકથી જુદો હોય તો સેટ બદલાઈ જાય. મોકલનાર પાસેથી આખી લિંક ફરી માગો.';
	await expect(page.getByRole('alert').filter({ hasText: '⚠' })).toHaveText(`⚠ ${problem}`);
	await expect(box).toHaveAccessibleDescription(problem);
	await expect(box).toHaveValue(cut);
	await expect(box).toBeFocused();
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(page).toHaveURL(/\/share$/);
	await expectAccessible(page, 'a damaged link pasted on /share');

	// the whole link, pasted over it, opens
	await box.fill(await encodeSetLink(record, new URL(baseURL!).origin));
	await page.getByRole('button', { name: 'લિંક ખોલો' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'ગુજરાત સ્થાપના દિન' })).toBeVisible();
});

// the dialog was headed "“set-mxckfaum” લિંકથી મોકલો" while the card said "નામ વગરનો સેટ"
test('the share panel names an untitled set as its card does, not by its id', async ({ page }) => {
	const untitled = { ...record, id: 'set-mxckfaum', set: { ...record.set, id: 'set-mxckfaum', title: '', title_en: '' } };
	await storeSets(page, [untitled]);
	await page.goto('/teach');
	const button = page.getByRole('button', { name: 'લિંકથી મોકલો: નામ વગરનો સેટ', exact: true });
	await button.click();
	await expect(page.getByRole('dialog', { name: '“નામ વગરનો સેટ” લિંકથી મોકલો' })).toBeVisible();
	await expect(page.getByRole('dialog').getByText('set-mxckfaum')).toHaveCount(0);
});

test('a link opened on a phone that never opened Kasoti shows its set without making a database, and adds it when asked', async ({
	page,
	baseURL
}) => {
	const errors = collectErrors(page);
	await page.goto(await encodeSetLink(record, new URL(baseURL!).origin));
	await expect(page.locator('ol.questions > li')).toHaveCount(3);
	const add = page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' });
	await expect(add).toBeVisible();
	// looking at a link stores nothing, not even an empty database
	expect(await hasDatabase(page)).toBe(false);

	await add.click();
	await page.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await expect(page.getByRole('heading', { name: '“ગુજરાત સ્થાપના દિન” ૩ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeFocused();
	expect((await storedSets(page)).map((r) => [r.id, r.origin])).toEqual([['gujarat-day', 'link']]);
	expect(errors).toEqual([]);
});

test('a link whose # a chat app escaped as %23 still opens its set', async ({ page, baseURL }) => {
	const link = await encodeSetLink(record, new URL(baseURL!).origin);
	await page.goto(link.replace('/share#', '/share%23'));
	await expect(page).toHaveURL(link);
	await expect(page.locator('ol.questions > li')).toHaveCount(3);
	await expect(page.getByRole('heading', { name: 'ગુજરાત સ્થાપના દિન' })).toBeVisible();
});

test('a damaged link shows an alert and stores nothing', async ({ page, context, baseURL }) => {
	const link = await encodeSetLink(record, new URL(baseURL!).origin);
	const fragment = link.slice(link.indexOf('#'));
	await waitForServiceWorker(page);
	await context.setOffline(true);

	// cut short, as a chat app may do to a long link
	await page.goto(`/share${fragment.slice(0, 13 + Math.floor((fragment.length - 13) / 2))}`);
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(
		'⚠ આ લિંક બદલાઈ ગઈ છે કે વચ્ચેથી કપાઈ ગઈ છે: તેનો એક અક્ષર પણ મોકલેલી લિંકથી જુદો હોય તો સેટ બદલાઈ જાય. મોકલનાર પાસેથી આખી લિંક ફરી માગો. કંઈ સચવાયું નથી.'
	);
	await expect(page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' })).toHaveCount(0);

	// a character no set link has
	await page.goto(`/share${fragment.slice(0, 30)}!${fragment.slice(31)}`);
	await expect(alert).toContainText('તેમાં એવા અક્ષરો છે જે સેટની લિંકમાં હોતા નથી');

	// a set with a mistake: the importer's finding is shown
	const broken = { ...record, set: { ...record.set, questions: [{ ...record.set.questions[2]!, answer: 'અમદાવાદ' }] } };
	await page.goto(await encodeSetLink(broken, new URL(baseURL!).origin));
	await expect(alert).toContainText('આ લિંકના સેટમાં ભૂલો છે, એટલે તે ઉમેરી શકાય નહીં.');
	// in the reader's language, the question named since a link has no lines
	await expect(alert.getByRole('listitem')).toHaveText(['gujarat-day-q3 · જવાબ: જવાબ “અમદાવાદ” અવતરણમાં નથી.']);

	expect(await storedSets(page)).toHaveLength(0);
});

test('a link with one character changed or nested thousands deep shows its message, not "Loading…"', async ({ page, baseURL }) => {
	const link = await encodeSetLink(record, new URL(baseURL!).origin);
	const at = link.length - 20;
	const changed = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
	await page.goto(changed);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('આ લિંક બદલાઈ ગઈ છે કે વચ્ચેથી કપાઈ ગઈ છે');
	await expect(page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' })).toHaveCount(0);

	// regression: 143 characters of link unpacked to `[[[[…` and left the page on "Loading…"
	const deep = await packedLink('['.repeat(200_000));
	expect(deep.length).toBeLessThan(700);
	await page.goto(`/share${deep}`);
	await expect(alert).toContainText('આ લિંક બગડેલી છે: તેની અંદરની માહિતી પ્રશ્ન-સેટ જેવી નથી');
	await expect(page.getByText('લોડ થઈ રહ્યું છે…')).toHaveCount(0);
	await page.goto(`/share${await packedLink(`{"set":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`)}`);
	await expect(alert).toContainText('આ લિંક બગડેલી છે: તેની અંદરની માહિતી પ્રશ્ન-સેટ જેવી નથી');
	expect(await storedSets(page)).toHaveLength(0);
});

test('a shared title with U+202E arrives without it and is shown isolated', async ({ page, baseURL }) => {
	const title = 'ગુજરાત ‮સ્થાપના દિન';
	const reversed = { ...record, set: { ...record.set, title, questions: [{ ...record.set.questions[2]!, prompt: '‮ગુજરાતની રાજધાની કઈ છે?' }] } };
	await page.goto(await encodeSetLink(reversed, new URL(baseURL!).origin));
	const heading = page.getByRole('heading', { level: 2, name: 'ગુજરાત સ્થાપના દિન' });
	await expect(heading).toHaveAttribute('dir', 'auto');
	expect(await heading.textContent()).toBe('ગુજરાત સ્થાપના દિન');
	const prompt = page.locator('.questions li [lang="gu"]');
	await expect(prompt).toHaveAttribute('dir', 'auto');
	expect(await prompt.textContent()).toBe('ગુજરાતની રાજધાની કઈ છે?');
});

test('the share panel on /teach shows the link, its length and a QR code, or a sequence of codes for a long set', async ({
	page,
	context
}) => {
	await storeSets(page, [record, largeRecord(), noArticles]);
	const small = await shareButton(page, 'ગુજરાત સ્થાપના દિન');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);

	await small.click();
	const dialog = page.getByRole('dialog', { name: '“ગુજરાત સ્થાપના દિન” લિંકથી મોકલો' });
	await expect(dialog.getByText(WITH_ARTICLES)).toBeVisible();
	const field = dialog.getByRole('textbox', { name: 'સેટની લિંક' });
	await expect(field).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/share#v2\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
	const link = await field.inputValue();
	await expect(dialog.getByText(`લિંકની લંબાઈ: ${gu(link.length)} અક્ષર`)).toBeVisible();
	expect(link.length).toBeLessThan(1000);
	await expect(dialog.getByRole('img', { name: 'સેટની લિંકનો QR કોડ' })).toBeVisible();

	const copy = dialog.getByRole('button', { name: 'લિંક કૉપી કરો' });
	await expect(copy).toBeFocused();
	await copy.click();
	await expect(dialog.getByRole('status')).toHaveText('લિંક કૉપી થઈ ગઈ.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(small).toBeFocused();

	const large = await shareButton(page, 'કિમની યાત્રા: આખો સેટ');
	await large.click();
	const panel = page.getByRole('dialog');
	// about 20,000 characters of link: too long for one code, shown as some 75 in turn (the whole built-in set, as it stands)
	const long = await panel.getByRole('textbox', { name: 'સેટની લિંક' }).inputValue();
	const count = qrCodes(long)!.texts.length;
	expect(count).toBeGreaterThan(50);
	await expect(panel.getByText(new RegExp(`^કોડ [૦-૯]+ / ${gu(count)}$`))).toBeVisible();
	await expect(panel.getByRole('img', { name: new RegExp(`^સેટની લિંકનો QR કોડ: કોડ [૦-૯]+ \\(કુલ ${gu(count)}\\)$`) })).toBeVisible();
	await expect(panel.getByText(/QR કોડ માટે બહુ મોટો/)).toHaveCount(0);
	await page.keyboard.press('Escape');

	// a set with no article text sends none, and the panel promises none
	await (await shareButton(page, noArticles.set.title)).click();
	const bare = page.getByRole('dialog', { name: `“${noArticles.set.title}” લિંકથી મોકલો` });
	await expect(bare.getByText('આ લિંકમાં આખો સેટ છે: ખોલનાર તેને ઇન્ટરનેટ વિના પણ જોઈ અને પોતાના ફોનમાં ઉમેરી શકે છે.')).toBeVisible();
	await expect(bare.getByText(WITH_ARTICLES)).toHaveCount(0);
});

test('a shared set of 120 questions lists 50 at first, then 50 more and the last 20 at each tap, even on a page never idle', async ({ page, baseURL }) => {
	const questions = Array.from({ length: 120 }, (_, i) => ({
		...record.set.questions[2]!,
		id: `gujarat-day-place-${i + 1}`,
		prompt: `ગુજરાતનું સ્થળ ${gu(i + 1)} કયું છે?`
	}));
	const long = { ...record, set: { ...record.set, questions } };
	const errors = collectErrors(page);
	await page.goto(await encodeSetLink(long, new URL(baseURL!).origin));
	const prompts = page.locator('ol.questions > li');
	await expect(page.getByText('૧૨૦ પ્રશ્નો', { exact: true })).toBeVisible();
	await expect(prompts).toHaveCount(50);
	await expect(prompts.last()).toHaveText('સ્થળો: ગુજરાતનું સ્થળ ૫૦ કયું છે?');
	// numbered ૧, ૨, … as every number in Gujarati is
	await expect(page.locator('ol.questions')).toHaveCSS('list-style-type', 'gujarati');
	// from here the page is never idle, as a slow phone running code fetched ahead: what a tap asks for still comes
	await page.evaluate(neverIdle);
	await page.getByRole('button', { name: 'બીજા ૫૦ પ્રશ્નો બતાવો' }).click();
	await expect(prompts).toHaveCount(100);
	await page.getByRole('button', { name: 'બીજા ૨૦ પ્રશ્નો બતાવો' }).click();
	await expect(prompts).toHaveCount(120);
	await expect(prompts.last()).toHaveText('સ્થળો: ગુજરાતનું સ્થળ ૧૨૦ કયું છે?');
	await expect(page.getByRole('button', { name: /બતાવો$/ })).toHaveCount(0);
	expect(errors).toEqual([]);
});

test.describe('before the built-in bank’s code arrives', () => {
	// the page's own requests, not a service worker's, so the test can hold them back
	test.use({ serviceWorkers: 'block' });
	// the page goes on fetching code after the test's last check: a handler still at work then is let be
	test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

	test('a link’s set shows, ready to add, while the built-in bank’s code is held back', async ({ page, baseURL }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const response = await route.fetch();
			// the bank: the script holding the id of a built-in set's first question
			if ((await response.text()).includes('krt-date-trip-six-days')) await held;
			await route.fulfill({ response });
		});
		await page.goto(await encodeSetLink(record, new URL(baseURL!).origin));
		await expect(page.getByRole('heading', { level: 2, name: 'ગુજરાત સ્થાપના દિન' })).toBeVisible();
		await expect(page.locator('ol.questions > li')).toHaveCount(3);
		await expect(page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' })).toBeEnabled();
		release();
	});
});
