/*
 * Drafting a set from an article at /teach/draft, in a real Chromium against the production build:
 * - a pasted Gujarati news text gives proposals grouped by category, with counts, each with its
 *   sentence and the answer marked;
 * - an answer an earlier proposal already asks comes unticked, tagged as asked above; so do a span
 *   of time, a time of day, a dateline's day of no month, a question that points back to someone
 *   it does not name (in either language) and a question longer than 250 characters, each saying why;
 * - a prompt that gives the answer away is shown beside its question and stops the save;
 * - after unticking one proposal and editing one prompt, saving stores one set in IndexedDB with
 *   the ticked questions, the edited prompt and the article text; it links to editing and to a quiz;
 * - the new set is offered as a source on /quiz;
 * - the page, extractor included, drafts and saves offline once a teacher page was opened online
 *   (the first one fetches every teacher tool for the service worker to keep), and a later teacher
 *   page of the same version does not load the extractor again;
 * - a .txt file with a byte-order mark and Windows line breaks opens into the text box cleanly;
 * - the home page loads nothing of the extractor, which the draft page does load;
 * - a reload, or Back from another page, brings back the text, the edited prompts, the ticks and the
 *   title, without asking first; a saved set leaves nothing to bring back; where the tab cannot keep
 *   the work, leaving the page asks first;
 * - finding again in a changed text keeps the edits of questions still found, and asks, naming how
 *   many, before losing the edits of a question whose sentence changed;
 * - the Find button keeps the focus while and after finding, and the result is announced;
 * - an English text is not drafted (no Gujarati letters): the teacher is told so;
 * - an article without a headline line offers a short title, not its first 100 letters;
 * - a drafted set stores no English line, and a set drafted earlier with the drafter’s note as its
 *   English line does not show that note after an answer.
 */
import { expect, type Page, type Response } from '@playwright/test';
import { test } from './base-test';
import {
	collectErrors,
	keepTeacherTools,
	putSets,
	storedRecords,
	waitForKeptCode,
	waitForServiceWorker,
	whenHydrated
} from './helpers';

/** A short news text about people and places the bank's articles do not mention. */
const TEXT = [
	'વડોદરામાં નર્મદા પર નવો પુલ ખુલ્લો મુકાયો',
	'',
	'માર્ગ મંત્રી હર્ષદભાઈ પટેલે ૧૫ ઓગસ્ટ ૨૦૨૪ના રોજ વડોદરા શહેરમાં નવા પુલનું ઉદ્ઘાટન કર્યું. આ પુલ બે વર્ષમાં તૈયાર થયો છે. કાર્યક્રમમાં કલેક્ટર સુધા મહેતા હાજર રહ્યાં હતાં. મંગળવારે સાંજે પટેલે ભરૂચ જિલ્લાની મુલાકાત લીધી.'
].join('\n');

/** A string that exists only in the extractor's code: the name of one of its rules. */
const EXTRACTOR_MARK = 'genitive-title';

type StoredSet = {
	id: string;
	origin: string;
	sources: Record<string, string>;
	set: {
		title: string;
		title_en: string;
		articles: { file: string }[];
		questions: { prompt: string; answer: string; quote: string; en: string }[];
	};
};

/** The card of the proposal whose answer is `answer`. */
function card(page: Page, answer: string) {
	return page.locator('li.proposal').filter({ has: page.getByRole('checkbox', { name: `આ પ્રશ્ન રાખો: ${answer}` }) });
}

/** Pastes `text` into the draft page and asks for its questions. */
async function paste(page: Page, text: string) {
	// the page is prerendered: what is typed or clicked before its code runs is lost
	await whenHydrated(page);
	await page.getByLabel('લેખનું લખાણ').fill(text);
	await page.getByRole('button', { name: 'પ્રશ્નો શોધો' }).click();
}

async function findQuestions(page: Page) {
	await paste(page, TEXT);
	await expect(page.getByRole('main').getByRole('status')).toHaveText('૧૧ પ્રશ્નો સૂચવ્યા — તારીખો: ૪, વ્યક્તિઓ: ૩, સ્થળો: ૪.');
}

test('proposals are ticked, edited and saved as one set that keeps the article', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/teach/draft');
	await expect(page.getByRole('heading', { level: 1, name: 'લેખમાંથી પ્રશ્નો' })).toBeVisible();
	await findQuestions(page);

	await expect(page.getByRole('heading', { level: 2, name: 'તારીખો: ૪' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'વ્યક્તિઓ: ૩' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'સ્થળો: ૪' })).toBeVisible();
	await expect(page.locator('li.proposal')).toHaveCount(11);
	// all but the two repeats, the second વડોદરા and પટેલ alone, and a span and a time of day, no dates to remember
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(7);
	for (const vague of ['બે વર્ષ', 'સાંજ']) {
		await expect(page.getByRole('checkbox', { name: `આ પ્રશ્ન રાખો: ${vague}` })).not.toBeChecked();
		await expect(card(page, vague).getByText('દિવસનો સમય કે ગાળો, તારીખ નહીં')).toBeVisible();
	}
	const collector = card(page, 'સુધા મહેતા');
	await expect(collector.locator('blockquote')).toHaveText('કાર્યક્રમમાં કલેક્ટર સુધા મહેતા હાજર રહ્યાં હતાં.');
	await expect(collector.locator('blockquote mark')).toHaveText('સુધા મહેતા');
	await expect(collector.getByLabel('પ્રશ્ન', { exact: true })).toHaveValue('કાર્યક્રમમાં કલેક્ટર કોણ હાજર રહ્યાં હતાં?');

	// "select none" and "select all" act on their own group only
	const dates = page.getByRole('region', { name: 'તારીખો: ૪' });
	await dates.getByRole('button', { name: 'એક પણ નહીં' }).click();
	await expect(dates.getByText('૪માંથી ૦ પસંદ')).toBeVisible();
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(5);
	await dates.getByRole('button', { name: 'બધા પસંદ કરો' }).click();
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(9);

	await page.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: સાંજ' }).uncheck();
	await expect(dates.getByText('૪માંથી ૩ પસંદ')).toBeVisible();

	// a prompt that names its own answer is marked beside it, and the save waits for a fix
	const prompt = collector.getByLabel('પ્રશ્ન', { exact: true });
	await prompt.fill('સુધા મહેતા કયા કાર્યક્રમમાં હાજર રહ્યાં?');
	await expect(collector.getByText('પ્રશ્નમાં જ જવાબ આવી જાય છે: “સુધા મહેતા”', { exact: false })).toBeVisible();
	await page.getByLabel('સેટનું નામ (ગુજરાતીમાં)').fill('વડોદરાનો નવો પુલ');
	await page.getByLabel('સેટનું નામ (અંગ્રેજીમાં, મરજિયાત)').fill('Vadodara bridge');
	await page.getByRole('button', { name: 'નવા સેટ તરીકે સાચવો' }).click();
	await expect(page.locator('form.save').getByRole('alert')).toHaveText('⚠ સાચવતાં પહેલાં ૧ ભૂલ સુધારો; દરેક ભૂલ તેના પ્રશ્ન પાસે બતાવી છે.');
	await expect(prompt).toBeFocused();
	await expect(prompt).toHaveAttribute('aria-invalid', 'true');

	const edited = 'ઉદ્ઘાટનના કાર્યક્રમમાં કયાં કલેક્ટર હાજર રહ્યાં હતાં?';
	await prompt.fill(edited);
	await expect(collector.locator('.problems')).toHaveCount(0);
	await expect(page.getByText('૮ પ્રશ્નો સચવાશે, લેખના લખાણ સાથે.')).toBeVisible();
	await page.getByRole('button', { name: 'નવા સેટ તરીકે સાચવો' }).click();

	await expect(page.getByRole('heading', { name: '“વડોદરાનો નવો પુલ” ૮ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeFocused();
	await expect(page.getByRole('link', { name: 'તેમાં ફેરફાર કરો' })).toHaveAttribute('href', '/teach/edit?id=vadodara-bridge');
	await expect(page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' })).toBeVisible();

	const sets = await storedRecords<StoredSet>(page, 'sets');
	expect(sets).toHaveLength(1);
	const [stored] = sets;
	expect([stored!.id, stored!.origin, stored!.set.title, stored!.set.title_en]).toEqual([
		'vadodara-bridge',
		'new',
		'વડોદરાનો નવો પુલ',
		'Vadodara bridge'
	]);
	expect(stored!.set.questions).toHaveLength(8);
	expect(stored!.set.questions.map((q) => q.answer)).not.toContain('સાંજ');
	expect(stored!.set.questions.filter((q) => q.answer === 'વડોદરા')).toHaveLength(1);
	expect(stored!.set.questions.find((q) => q.answer === 'સુધા મહેતા')!.prompt).toBe(edited);
	expect(stored!.set.articles.map((a) => a.file)).toEqual(['vadodara-bridge.txt']);
	// no English line: the drafter’s note on what it found is for an author, not a student
	expect(stored!.set.questions.filter((q) => q.en !== q.quote).map((q) => q.en)).toEqual([]);
	expect(stored!.sources).toEqual({ 'vadodara-bridge.txt': TEXT });

	await page.goto('/quiz');
	await expect(page.getByRole('option', { name: 'સેટ: વડોદરાનો નવો પુલ' })).toBeAttached();
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: વડોદરાનો નવો પુલ' });
	await expect(page.getByText('આ પસંદગીમાં ૮ પ્રશ્નો છે.')).toBeVisible();
	expect(errors).toEqual([]);
});

test('an answer an earlier proposal already asks comes unticked, tagged as asked above, the first one ticked', async ({ page }) => {
	await page.goto('/teach/draft');
	await findQuestions(page);
	const [first, again] = [card(page, 'વડોદરા').first(), card(page, 'વડોદરા').last()];
	await expect(card(page, 'વડોદરા')).toHaveCount(2);
	await expect(first.getByRole('checkbox')).toBeChecked();
	await expect(first.getByText('ઉપર પણ પુછાયું છે')).toHaveCount(0);
	await expect(again.getByRole('checkbox')).not.toBeChecked();
	await expect(again.getByText('ઉપર પણ પુછાયું છે')).toBeVisible();
	await expect(again.locator('blockquote')).toContainText('વડોદરા શહેરમાં');
});

/** A text whose places stand in a list beside a known one and joined by a hyphen, with a father’s name in a person’s. */
const LISTS_TEXT =
	'શહેરના કાળિયાબીડ, ચિત્રા, ઘોઘા સર્કલ અને ભરતનગર વિસ્તારમાં મંગળવારે બપોરે પાણી ભરાયાં. ' +
	'સિહોર-ઉમરાળા માર્ગ પર વૃક્ષો પડ્યાં હતાં. ખેડૂત નાનુભાઈ જેરામભાઈ ભમ્મરે નુકસાનની જાણ કરી.';

test('places listed beside a known one or joined to it by a hyphen, and a name with a father’s name, are proposed', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, LISTS_TEXT);
	const places = page.getByRole('region', { name: /^સ્થળો/ });
	for (const answer of ['કાળિયાબીડ', 'ચિત્રા', 'સિહોર', 'ઉમરાળા']) {
		await expect(places.getByRole('checkbox', { name: `આ પ્રશ્ન રાખો: ${answer}` })).toBeChecked();
	}
	// the list's fourth item would ask the same sentence once more: offered, unticked, and said why
	await expect(places.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: ભરતનગર' })).not.toBeChecked();
	await expect(card(page, 'ભરતનગર').getByText('આ જ વાક્યની યાદીમાંનું વધુ એક')).toBeVisible();
	const people = page.getByRole('region', { name: /^વ્યક્તિઓ/ });
	await expect(people.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: નાનુભાઈ જેરામભાઈ ભમ્મર' })).toBeChecked();
	await expect(card(page, 'ચિત્રા').locator('blockquote mark')).toHaveText('ચિત્રા');
});

/** A sentence too long to read at a glance on a phone, and a short one. */
const LONG_TEXT =
	`કાર્યક્રમમાં ${'રાજ્યના વિવિધ જિલ્લાઓમાંથી આવેલા ખેડૂતો, પશુપાલકો અને સહકારી મંડળીઓના આગેવાનોની હાજરીમાં '.repeat(3)}` +
	'ભરૂચમાં નવો પ્લાન્ટ ખુલ્લો મુકાયો. આજે સુરતમાં વરસાદ પડ્યો.';

test('a question longer than 250 characters is offered unticked, and says why', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, LONG_TEXT);
	const keep = (answer: string) => page.getByRole('checkbox', { name: `આ પ્રશ્ન રાખો: ${answer}` });
	await expect(keep('ભરૂચ')).not.toBeChecked();
	await expect(card(page, 'ભરૂચ').getByText('લાંબો પ્રશ્ન: રાખવો હોય તો ટૂંકો કરો')).toBeVisible();
	await expect(keep('સુરત')).toBeChecked();
	await expect(card(page, 'સુરત').getByText('લાંબો પ્રશ્ન', { exact: false })).toHaveCount(0);
});

test('a dateline’s day of no month is offered unticked, and says why', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, 'મેળો\n\nરાજકોટ, તા. ૧૬: શહેરમાં લોકમેળો શરૂ થયો.');
	await expect(page.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: તા. ૧૬' })).not.toBeChecked();
	await expect(card(page, 'તા. ૧૬').getByText('મહિના વગરની તારીખ')).toBeVisible();
});

test('a question that points back to someone it does not name is offered unticked, and says why, in either language', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, 'અવસાન\n\nવકીલ રમેશ પંડ્યાએ દલીલો રજૂ કરી.\n\nતેમનાં પત્ની ગીતાબેનનું ૨૦૧૫માં અવસાન થયું હતું.');
	await expect(page.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: ગીતાબેન' })).not.toBeChecked();
	await expect(card(page, 'ગીતાબેન').getByText('અગાઉના લખાણ વિના અસ્પષ્ટ: કોણ કે શું, તે લખો')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: રમેશ પંડ્યા' })).toBeChecked();

	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English', exact: true }).check();
	await page.goto('/teach/draft');
	// the draft is kept in the tab: its proposals come back in the other language's words
	await expect(page.getByRole('checkbox', { name: 'Keep this question: ગીતાબેન' })).not.toBeChecked();
	const wife = page.locator('li.proposal').filter({ has: page.getByRole('checkbox', { name: 'Keep this question: ગીતાબેન' }) });
	await expect(wife.getByText('unclear without the text before it: say who or what')).toBeVisible();
});

/** A text with an alias, places known only by what is said of them, and a race's time with a decimal. */
const SAID_TEXT =
	'પોલીસે રમેશ ઉર્ફે ટીનો સોલંકીને પકડ્યો, જે મૂળ ખેરવાડાનો વતની છે અને કુંભારવાડા વિસ્તારમાં રહેતો હતો. ' +
	'શાળાની દોડમાં નિકિતા ગામીતે ૧ મિનિટ ૫૮.૪૨ સેકન્ડમાં ૬૦૦ મીટર પૂરા કર્યા.';

test('a name with its alias, places known by what is said of them and a race’s time are proposed whole', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, SAID_TEXT);
	const keep = (answer: string) => page.getByRole('checkbox', { name: `આ પ્રશ્ન રાખો: ${answer}`, exact: true });
	for (const answer of ['રમેશ ઉર્ફે ટીનો સોલંકી', 'ખેરવાડા', 'કુંભારવાડા', 'નિકિતા ગામીત']) await expect(keep(answer)).toBeChecked();
	// a race's time is offered, unticked as a span, no date to remember: its card says so
	const time = keep('૧ મિનિટ ૫૮.૪૨ સેકન્ડ દિવસનો સમય કે ગાળો, તારીખ નહીં');
	await expect(time).not.toBeChecked();
	// kept, the time is asked as a time, not as a count of minutes or of seconds
	await time.check();
	await expect(card(page, '૧ મિનિટ ૫૮.૪૨ સેકન્ડ').getByLabel('પ્રશ્ન', { exact: true })).toHaveValue(/કેટલા સમયમાં/);
	for (const part of ['૧ મિનિટ', '૫૮.૪૨ સેકન્ડ', 'ટીનો સોલંકી']) await expect(keep(part)).toHaveCount(0);
});

test('a country’s adjective is asked as the country, the answer the country', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, 'સરહદ પર રશિયન સેનાએ યુક્રેનિયન લક્ષ્યો પર હુમલો કર્યો.');
	// a known name: the built-in set asks about Russia
	await expect(page.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: રશિયા જાણીતું નામ', exact: true })).toBeChecked();
	await expect(card(page, 'રશિયા').getByLabel('પ્રશ્ન', { exact: true })).toHaveValue(
		'સરહદ પર કયા દેશની સેનાએ યુક્રેનિયન લક્ષ્યો પર હુમલો કર્યો?'
	);
	await expect(card(page, 'યુક્રેન').getByLabel('પ્રશ્ન', { exact: true })).toHaveValue(
		'સરહદ પર રશિયન સેનાએ કયા દેશનાં લક્ષ્યો પર હુમલો કર્યો?'
	);
	await expect(page.getByRole('checkbox', { name: /આ પ્રશ્ન રાખો: (?:રશિયન|યુક્રેનિયન)/ })).toHaveCount(0);
});

test('a weekday written with its date comes unticked, saying why, and the date is asked without it', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, 'ગઈકાલે રવિવાર, ૧૫ નવેમ્બરની સાંજે ઉત્સવનો પ્રારંભ થયો.');
	const weekday = 'આ પ્રશ્ન રાખો: રવિવાર તારીખ સાથે લખેલો વાર: એ દિવસ તારીખનો પ્રશ્ન પૂછે છે';
	await expect(page.getByRole('checkbox', { name: weekday })).not.toBeChecked();
	const date = card(page, '૧૫ નવેમ્બર').getByLabel('પ્રશ્ન', { exact: true });
	await expect(date).toHaveValue('ગઈકાલે કઈ તારીખની સાંજે ઉત્સવનો પ્રારંભ થયો?');
});

test('the saved set takes a quiz straight away', async ({ page }) => {
	await page.goto('/teach/draft');
	await findQuestions(page);
	await page.getByRole('button', { name: 'નવા સેટ તરીકે સાચવો' }).click();
	await page.getByRole('button', { name: 'તેના પર ક્વિઝ આપો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	// the two repeats, the span and the evening came unticked
	await expect(page.locator('.count')).toHaveText('૧ / ૭');
});

test('the page drafts and saves offline once a teacher page was opened online', async ({ page, context }) => {
	await waitForServiceWorker(page);
	// the teacher's tools are not in the install download: the first /teach page fetches them all
	await page.goto('/teach');
	await waitForKeptCode(page, /\/_app\/immutable\/.*\.js$/);
	await context.setOffline(true);
	await page.goto('/teach/draft');
	await findQuestions(page);
	await page.getByRole('button', { name: 'નવા સેટ તરીકે સાચવો' }).click();
	await expect(page.getByRole('heading', { name: /૭ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો/ })).toBeFocused();
	expect((await storedRecords<StoredSet>(page, 'sets')).map((s) => s.set.questions.length)).toEqual([7]);
});

test('the teacher tools are kept once per version: a later teacher page does not load the extractor', async ({ page }) => {
	await keepTeacherTools(page);

	const scripts = new Set<string>();
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) scripts.add(response.url());
	});
	for (const path of ['/teach/import', '/teach']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// idle twice over: when the tools would have been loaded
		await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(() => requestIdleCallback(done), 500))));
	}
	expect(scripts.size).toBeGreaterThan(2);
	const loaded = await Promise.all([...scripts].map(async (url) => (await page.request.get(url)).text()));
	expect(loaded.filter((body) => body.includes(EXTRACTOR_MARK))).toEqual([]);
});

test('the first teacher page keeps every teacher tool offline by fetching it, without running it', async ({ page }) => {
	await keepTeacherTools(page);
	// every file the build lists is in the worker's cache of kept code
	const listed: string[] = await (await page.request.get('/_app/teacher-code.json')).json();
	expect(listed.length).toBeGreaterThan(5);
	await expect
		.poll(async () => {
			const kept = await page.evaluate(async () => (await (await caches.open('kasoti-code')).keys()).map((r) => new URL(r.url).pathname));
			return listed.filter((file) => !kept.includes(file));
		})
		.toEqual([]);
	// the extractor among them, fetched and not loaded as a module: its code did not run on /teach
	const loads = await page.evaluate(() =>
		performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).initiatorType])
	);
	const scripts = listed.filter((file) => file.endsWith('.js'));
	const bodies = await Promise.all(scripts.map(async (file) => [file, await (await page.request.get(file)).text()] as const));
	const extractor = bodies.filter(([, body]) => body.includes(EXTRACTOR_MARK)).map(([file]) => file);
	expect(extractor).toHaveLength(1);
	expect(loads.filter(([file]) => file === extractor[0]).map(([, by]) => by)).toEqual(['fetch']);
});

test('a .txt file opens into the text box without its byte-order mark', async ({ page }) => {
	await page.goto('/teach/draft');
	const windows = `\uFEFF${TEXT.replace(/\n/g, '\r\n')}`;
	await page.getByLabel('અથવા .txt ફાઇલ ખોલો').setInputFiles({
		name: 'pul.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(windows, 'utf8')
	});
	await expect(page.getByRole('main').getByRole('status')).toHaveText('pul.txt ખોલી.');
	await page.getByRole('button', { name: 'પ્રશ્નો શોધો' }).click();
	await expect(page.locator('li.proposal')).toHaveCount(11);
	expect(await page.getByLabel('લેખનું લખાણ').inputValue()).toBe(TEXT);
	await expect(page.getByLabel('સેટનું નામ (ગુજરાતીમાં)')).toHaveValue('વડોદરામાં નર્મદા પર નવો પુલ ખુલ્લો મુકાયો');
});

test.describe('code splitting', () => {
	// every script the page loads is seen here, none fetched behind the page's back by a worker
	test.use({ serviceWorkers: 'block' });

	/** The scripts a page loaded while `visit` ran, by URL, with their text. */
	async function scriptsLoaded(page: Page, visit: () => Promise<void>): Promise<Map<string, string>> {
		const urls = new Set<string>();
		const listen = (response: Response) => {
			if (new URL(response.url()).pathname.endsWith('.js')) urls.add(response.url());
		};
		page.on('response', listen);
		await visit();
		page.off('response', listen);
		// fetched again: a body is gone once the page navigates on
		const scripts = new Map<string, string>();
		for (const url of urls) scripts.set(url, await (await page.request.get(url)).text());
		return scripts;
	}

	test('the home page does not load the extractor; the draft page loads it on a search', async ({ page }) => {
		// what the home page's HTML asks for: its preloads, its scripts and the imports of its boot script
		const html = await (await page.request.get('/')).text();
		const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => /\brel="modulepreload"/.test(tag))
			.map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1]);
		const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/import\("([^"]+)"\)/g)];
		const urls = [...preloads, ...scripts.map((m) => m[1])].map((href) => new URL(href!, 'http://127.0.0.1/').pathname);
		expect(urls.length).toBeGreaterThan(2);
		for (const url of urls) expect(await (await page.request.get(url)).text(), url).not.toContain(EXTRACTOR_MARK);

		const home = await scriptsLoaded(page, async () => {
			await page.goto('/');
			await expect(page.getByRole('heading', { name: 'પ્રશ્ન-સેટ' })).toBeVisible();
		});
		expect(home.size).toBeGreaterThan(2);
		expect([...home].filter(([, body]) => body.includes(EXTRACTOR_MARK)).map(([url]) => url)).toEqual([]);

		const draft = await scriptsLoaded(page, async () => {
			await page.goto('/teach/draft');
			await findQuestions(page);
		});
		expect([...draft.values()].some((body) => body.includes(EXTRACTOR_MARK))).toBe(true);
	});
});

/** The article's text box, the Find button and the Gujarati title, as the tests below use them. */
function draftFields(page: Page) {
	return {
		text: page.getByLabel('લેખનું લખાણ'),
		find: page.getByRole('button', { name: 'પ્રશ્નો શોધો' }),
		title: page.getByLabel('સેટનું નામ (ગુજરાતીમાં)')
	};
}

test('a reload or Back brings back the article, the edits, the ticks and the title, until the set is saved', async ({ page }) => {
	await page.goto('/teach/draft');
	await findQuestions(page);
	const { text, title } = draftFields(page);
	const edited = 'ઉદ્ઘાટનના કાર્યક્રમમાં કયાં કલેક્ટર હાજર રહ્યાં હતાં?';
	await card(page, 'સુધા મહેતા').getByLabel('પ્રશ્ન', { exact: true }).fill(edited);
	await page.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: સાંજ' }).check();
	await title.fill('વડોદરાનો નવો પુલ');
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.type());
		void dialog.accept();
	});

	const restored = async () => {
		await expect(text).toHaveValue(TEXT);
		await expect(page.locator('li.proposal')).toHaveCount(11);
		await expect(card(page, 'સુધા મહેતા').getByLabel('પ્રશ્ન', { exact: true })).toHaveValue(edited);
		await expect(page.getByRole('checkbox', { name: 'આ પ્રશ્ન રાખો: સાંજ' })).toBeChecked();
		// the two repeats and the span came unticked; the evening, unticked too, was ticked
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(8);
		await expect(title).toHaveValue('વડોદરાનો નવો પુલ');
	};
	await page.reload();
	await restored();

	await page.goto('/teach');
	await page.goBack();
	await whenHydrated(page);
	await restored();

	await page.getByRole('button', { name: 'નવા સેટ તરીકે સાચવો' }).click();
	await expect(page.getByRole('heading', { name: /૮ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો/ })).toBeFocused();
	await page.reload();
	await expect(text).toHaveValue('');
	await expect(page.locator('li.proposal')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('where the tab cannot keep the work, leaving the page asks first', async ({ page }) => {
	// private browsing with its storage full: sessionStorage refuses every write
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (this === window.sessionStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	await page.goto('/teach/draft');
	await findQuestions(page);
	const asked = new Promise<string>((done) =>
		page.once('dialog', (dialog) => {
			done(dialog.type());
			void dialog.accept();
		})
	);
	await page.reload();
	expect(await asked).toBe('beforeunload');
});

test('finding again in a changed text keeps the edits of questions still found, and asks before losing others', async ({ page }) => {
	await page.goto('/teach/draft');
	await findQuestions(page);
	const { text, find } = draftFields(page);
	const prompt = card(page, 'સુધા મહેતા').getByLabel('પ્રશ્ન', { exact: true });
	const edited = 'ઉદ્ઘાટનના કાર્યક્રમમાં કયાં કલેક્ટર હાજર રહ્યાં હતાં?';
	await prompt.fill(edited);

	// a sentence added: the collector's sentence is still there, and so is the edit
	await text.fill(`${TEXT} પુલ પાછળ ૫૦ કરોડ રૂપિયા ખર્ચાયા.`);
	await find.click();
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/પ્રશ્નો સૂચવ્યા/);
	await expect(prompt).toHaveValue(edited);

	// the collector's sentence reworded: her edited question would go, so the page asks first
	await text.fill(TEXT.replace('હાજર રહ્યાં હતાં', 'પણ આવ્યાં હતાં'));
	await find.click();
	const ask = page.getByRole('group', { name: /ફેરફાર કરેલો ૧ પ્રશ્ન જતો રહેશે/ });
	await expect(ask).toBeVisible();
	await expect(ask.getByRole('button', { name: 'તો પણ શોધો' })).toBeFocused();
	await ask.getByRole('button', { name: 'રદ કરો' }).click();
	await expect(ask).toHaveCount(0);
	await expect(find).toBeFocused();
	await expect(prompt).toHaveValue(edited);

	await find.click();
	await ask.getByRole('button', { name: 'તો પણ શોધો' }).click();
	await expect(card(page, 'સુધા મહેતા').getByLabel('પ્રશ્ન', { exact: true })).toHaveValue('કાર્યક્રમમાં કલેક્ટર કોણ પણ આવ્યાં હતાં?');
});

test('the Find button keeps the focus while and after finding, and the result is announced', async ({ page }) => {
	await page.goto('/teach/draft');
	const { text, find } = draftFields(page);
	await text.fill(TEXT);
	await find.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main').getByRole('status')).toHaveText('૧૧ પ્રશ્નો સૂચવ્યા — તારીખો: ૪, વ્યક્તિઓ: ૩, સ્થળો: ૪.');
	await expect(find).toBeFocused();
});

test('an English text is not drafted into half-English questions: the teacher is told it has no Gujarati', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, 'Industry minister Kamal Joshi closed the diamond conference in Surat on 12 March 2024.');
	await expect(page.locator('form.article').getByRole('alert')).toContainText('આ લખાણમાં એક પણ ગુજરાતી અક્ષર નથી.');
	await expect(page.locator('li.proposal')).toHaveCount(0);
});

test('an article without a headline line is offered a short title, not its first 100 letters', async ({ page }) => {
	await page.goto('/teach/draft');
	await paste(page, TEXT.split('\n')[2]!);
	await expect(page.locator('li.proposal')).toHaveCount(9);
	await expect(draftFields(page).title).toHaveValue('માર્ગ મંત્રી હર્ષદભાઈ પટેલે ૧૫ ઓગસ્ટ ૨૦૨૪ના રોજ…');
});

test('a set drafted earlier does not show the drafter’s English note after an answer', async ({ page }) => {
	const now = Date.now();
	const quote = 'મંગળવારે સાંજે પટેલે ભરૂચ જિલ્લાની મુલાકાત લીધી.';
	await page.goto('/quiz');
	await expect(page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' })).toBeEnabled();
	const record = {
		id: 'old-draft',
		set: {
			id: 'old-draft',
			title: 'જૂનો મુસદ્દો',
			title_en: 'Old draft',
			lang: 'gu',
			articles: [{ file: 'old-draft.txt', headline: 'જૂનો મુસદ્દો', headline_en: 'Old draft' }],
			questions: [
				{
					id: 'old-draft-1',
					category: 'date',
					prompt: '_____ સાંજે પટેલે ભરૂચ જિલ્લાની મુલાકાત લીધી.',
					answer: 'મંગળવાર',
					accept: ['Tuesday'],
					article: 'old-draft.txt',
					quote,
					en: 'Draft: the weekday "Tuesday", in sentence 4.'
				}
			]
		},
		sources: { 'old-draft.txt': quote },
		origin: 'new',
		createdAt: now,
		updatedAt: now
	};
	await putSets(page, [record]);
	await page.goto('/quiz');
	await page.getByLabel('ક્યાંથી?').selectOption({ label: 'સેટ: જૂનો મુસદ્દો' });
	await page.getByRole('radio', { name: 'લખીને' }).check();
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await page.getByLabel('તમારો જવાબ લખો').fill('મંગળવાર');
	await page.getByRole('button', { name: 'તપાસો' }).click();
	await expect(page.locator('.feedback .verdict')).toHaveText('✓ બરાબર!');
	await expect(page.locator('.feedback')).not.toContainText('Draft:');
	await expect(page.locator('.feedback .gloss')).toHaveCount(0);
});
