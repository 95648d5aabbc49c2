/*
 * A corrected set that comes again by link, on a phone that already holds a version of it:
 * - a set added by link and then edited in the set editor is kept by default, named as changed on
 *   this phone, and updating it says the changes made here will be lost; once it is updated, the
 *   next corrected link is offered as an update again, as for any set that came by link;
 * - one fixed prompt counts as one changed question, none removed, in Gujarati and in English;
 * - the same link added in two tabs at once stores the set once: the later tab stores nothing and
 *   offers the update / keep-both choice instead.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import type { TeacherSetRecord } from '../src/lib/db/schema';
import { encodeSetLink } from '../src/lib/share/link';
import { collectErrors, storedRecords, usePreferences } from './helpers';

const question = (n: number, prompt: string, answer: string) => ({
	id: `bhugol-q${n}`,
	category: 'place' as const,
	kind: 'city' as const,
	prompt,
	answer,
	accept: [],
	article: 'bhugol.txt',
	quote: `${prompt} ${answer}.`,
	en: `${answer}.`
});

/** A teacher's set of three questions, as the teacher's phone shares it. */
const record: TeacherSetRecord = {
	id: 'bhugol',
	set: {
		id: 'bhugol',
		title: 'ગુજરાતની ભૂગોળ',
		title_en: 'Geography of Gujarat',
		lang: 'gu',
		articles: [],
		questions: [
			question(1, 'ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર'),
			question(2, 'સાબરમતી આશ્રમ કયા શહેરમાં છે?', 'અમદાવાદ'),
			question(3, 'સોમનાથ મંદિર કયા જિલ્લામાં છે?', 'ગીર સોમનાથ')
		]
	},
	sources: {},
	origin: 'new',
	createdAt: 1_700_000_000_000,
	updatedAt: 1_700_000_000_000
};

/** The set with the prompt of question `n` (1-based) reworded, shared again. */
const reworded = (from: TeacherSetRecord, n: number, prompt: string): TeacherSetRecord => ({
	...from,
	set: { ...from.set, questions: from.set.questions.map((q, i) => (i === n - 1 ? { ...q, prompt } : q)) }
});
const corrected = reworded(record, 2, 'ગાંધીજીનો સાબરમતી આશ્રમ કયા શહેરમાં છે?');
const correctedAgain = reworded(corrected, 3, 'સોમનાથનું મંદિર કયા જિલ્લામાં આવેલું છે?');

const storedSets = (page: Page) => storedRecords<TeacherSetRecord>(page, 'sets');

/** Opens `link` and adds its set as a new one, through the confirmation. */
async function addByLink(page: Page, link: string): Promise<void> {
	await page.goto(link);
	await page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' }).click();
	await page.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await expect(page.getByRole('heading', { name: '“ગુજરાતની ભૂગોળ” ૩ પ્રશ્નો સાથે તમારા સેટમાં સચવાયો.' })).toBeFocused();
}

// a link set the student had edited was offered "update" first, and updating lost the edit without a word
test('a set from a link edited on this phone is kept by default when the corrected link comes, and updating warns', async ({
	page,
	baseURL
}) => {
	const errors = collectErrors(page);
	const origin = new URL(baseURL!).origin;
	await addByLink(page, await encodeSetLink(record, origin));

	await page.goto('/teach/edit?id=bhugol');
	await page.getByLabel('શીર્ષક (ગુજરાતીમાં)').fill('મારી ભૂગોળ');
	await expect(page.getByRole('status').filter({ hasText: 'સચવાયું' })).toBeVisible();

	await page.goto(await encodeSetLink(corrected, origin));
	const choice = page.getByRole('group', {
		name: 'આ સેટનું જૂનું રૂપ “મારી ભૂગોળ” (૩ પ્રશ્નો) આ ફોન પર છે, અને તેમાં આ ફોન પર ફેરફાર કરેલા છે. આ લિંકમાં તેનું નવું રૂપ છે.'
	});
	const update = choice.getByRole('radio', { name: /^તેની જગ્યાએ આ મૂકો: આ ફોન પર કરેલા ફેરફારો જતા રહેશે/ });
	await expect(choice.getByRole('radio', { name: 'બંને રાખો: આને અલગ સેટ તરીકે ઉમેરો' })).toBeChecked();
	await expect(update).not.toBeChecked();
	await expect(choice.getByText('એના એ જ પ્રશ્નો, જેમની પ્રગતિ રહેશે: ૨. નવા કે બદલાયેલા, શરૂઆતથી: ૧. નીકળી જનારા: ૦.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' })).toBeVisible();

	// the student updates all the same, warned: the edit goes, and the set is the sender's again
	await update.check();
	await page.getByRole('button', { name: 'સેટ અપડેટ કરો' }).click();
	await page.getByRole('button', { name: 'હા, અપડેટ કરો' }).click();
	await expect(page.getByRole('heading', { name: '“ગુજરાતની ભૂગોળ” અપડેટ થયો: હવે તેમાં ૩ પ્રશ્નો છે.' })).toBeFocused();
	expect((await storedSets(page)).map((r) => [r.id, r.set.title])).toEqual([['bhugol', 'ગુજરાતની ભૂગોળ']]);

	// updated and not edited since: the next correction is an update by default again
	await page.goto(await encodeSetLink(correctedAgain, origin));
	const next = page.getByRole('group', {
		name: 'આ સેટનું જૂનું રૂપ આ ફોન પર પહેલેથી છે: “ગુજરાતની ભૂગોળ” (૩ પ્રશ્નો). આ લિંકમાં તેનું નવું રૂપ છે.'
	});
	await expect(next.getByRole('radio', { name: /^જૂનાની જગ્યાએ આ મૂકો \(સેટ અપડેટ કરો\)/ })).toBeChecked();
	expect(errors).toEqual([]);
});

// one fixed prompt was told as "New or changed: 1. Removed: 1."
test('one reworded question counts as changed only, in English too', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	await addByLink(page, await encodeSetLink(record, origin));
	await usePreferences(page, { lang: 'en', theme: 'light' });
	// a link opened from /share only changes the fragment: the page is loaded afresh, in English
	await page.goto('/');
	await page.goto(await encodeSetLink(corrected, origin));
	const choice = page.getByRole('group', {
		name: /^An earlier version of this set is already on this phone: “Geography of Gujarat” \(3 questions\)/
	});
	await expect(choice.getByRole('radio', { name: /^Replace the old one with this \(update the set\)/ })).toBeChecked();
	await expect(
		choice.getByText('Unchanged, keeping their progress: 2. New or changed, starting afresh: 1. Removed: 0.')
	).toBeVisible();
});

// the same link added in two tabs at once made two identical sets, "bhugol" and "bhugol-2"
test('the same link added in two tabs at once is stored once; the later tab offers the choice instead', async ({
	page,
	baseURL
}) => {
	const link = await encodeSetLink(record, new URL(baseURL!).origin);
	// the database is made first, as on a phone that opened Kasoti before
	await page.goto('/quiz');
	const other = await page.context().newPage();
	await other.goto(link);
	await expect(other.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' })).toBeVisible();
	// the first tab adds the set while the second still shows it as new
	await addByLink(page, link);
	await other.getByRole('button', { name: 'મારા સેટમાં ઉમેરો' }).click();
	await other.getByRole('button', { name: 'હા, ઉમેરો' }).click();
	await expect(other.getByRole('status').filter({ hasText: /^એ દરમિયાન આ સેટ આ ફોન પર ઉમેરાઈ ગયો/ })).toBeFocused();
	const choice = other.getByRole('group', {
		name: 'આ સેટનું જૂનું રૂપ આ ફોન પર પહેલેથી છે: “ગુજરાતની ભૂગોળ” (૩ પ્રશ્નો). આ લિંકમાં તેનું નવું રૂપ છે.'
	});
	await expect(choice.getByText('એના એ જ પ્રશ્નો, જેમની પ્રગતિ રહેશે: ૩. નવા કે બદલાયેલા, શરૂઆતથી: ૦. નીકળી જનારા: ૦.')).toBeVisible();
	expect((await storedSets(other)).map((r) => r.id)).toEqual(['bhugol']);
});
