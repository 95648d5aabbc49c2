/*
 * The teacher's assignment form and the box that collects results, in a real Chromium against the
 * production build:
 * - a set whose title is longer than an assignment's name may be is offered a name that fits, cut
 *   after a whole word; its link opens on a student's phone; a name made too long all the same is
 *   refused on its field (invalid, described by the message, focused) and nothing is stored;
 * - a set of one question is said to give each student its only question, in both languages;
 * - a due day with a six-digit year, or with no month, is refused on the date field as the name is;
 * - once pasted results are added by keyboard, focus stays in the box for the next links; added
 *   by a tap, it goes to the message that says what was added.
 */
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import type { TeacherSetRecord } from '../src/lib/db/schema';
import { packJson } from '../src/lib/share/pack';
import { collectErrors, hasDatabase, inAWeek, putSets, storedCount, usePreferences } from './helpers';


/** The date field's parts follow the browser's language: month, day, year. */
test.use({ locale: 'en-US' });

const MAX_TITLE = 120;
const WORDS = ['ગુજરાત', 'રાજ્યના', 'ઇતિહાસ', 'અને', 'ભૂગોળની', 'કસોટી'];
/** A set title of 300 characters, the longest a set may have. */
const LONG_TITLE = Array.from({ length: 60 }, (_, i) => WORDS[i % WORDS.length]).join(' ').slice(0, 300);
const LONG_TITLE_EN = Array.from({ length: 60 }, (_, i) => ['History', 'and', 'geography', 'of', 'Gujarat'][i % 5]).join(' ').slice(0, 300);

/** An own set as an import of a two-column file stores it: no article text. */
function ownSet(id: string, title: string, titleEn: string, count: number): TeacherSetRecord {
	const questions = [
		['ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર', 'place', 'The capital of Gujarat is Gandhinagar.'],
		['ગુજરાતના પહેલા મુખ્યમંત્રી કોણ હતા?', 'જીવરાજ મહેતા', 'person', 'The first chief minister of Gujarat was Jivraj Mehta.'],
		['ગુજરાત રાજ્યની સ્થાપના કઈ તારીખે થઈ?', '૧ મે ૧૯૬૦', 'date', 'Gujarat was founded on 1 May 1960.']
	].slice(0, count);
	return {
		id,
		set: {
			id,
			title,
			title_en: titleEn,
			lang: 'gu',
			articles: [],
			questions: questions.map(([prompt, answer, category, en], i) => ({
				id: `${id}-q${i + 1}`,
				category: category as 'place',
				...(category === 'place' ? { kind: 'city' as const } : {}),
				prompt: prompt!,
				answer: answer!,
				accept: [],
				article: `${id}.txt`,
				quote: `${prompt} ${answer}.`,
				en: en!
			}))
		},
		sources: {},
		origin: 'import',
		createdAt: 1_700_000_000_000,
		updatedAt: 1_700_000_000_000
	};
}

const LONG = ownSet('long-title', LONG_TITLE, LONG_TITLE_EN, 3);
const ONE = ownSet('one-question', 'એક પ્રશ્નનો સેટ', 'A set of one question', 1);

/** Stores the own sets, once a page has made the app's database. */
async function storeSets(page: Page): Promise<void> {
	await page.goto('/quiz');
	await expect.poll(() => hasDatabase(page)).toBe(true);
	await putSets(page, [LONG, ONE]);
}

/** Opens the form for `set`, once it shows the set. */
async function openForm(page: Page, set: TeacherSetRecord): Promise<void> {
	await page.goto(`/teach/class/new?set=${set.id}`);
	await expect(page.locator('form .set strong')).toBeVisible();
}

test('a set’s long title is offered as a name that fits, whose link a student’s phone opens', async ({ page, browser }) => {
	const errors = collectErrors(page);
	await storeSets(page);
	await openForm(page, LONG);
	const offered = await page.getByLabel('સોંપણીનું નામ').inputValue();
	expect(offered.length, offered).toBeLessThanOrEqual(MAX_TITLE);
	expect(offered).toMatch(/…$/);
	expect(LONG_TITLE.startsWith(offered.slice(0, -1))).toBe(true);
	expect(LONG_TITLE[offered.length - 1]).toBe(' ');

	await page.getByRole('button', { name: 'સોંપણી બનાવો' }).click();
	await expect(page).toHaveURL(/\/teach\/class\/view\?id=a-/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(offered);
	const message = await page.getByLabel('સોંપણીની લિંક').inputValue();
	const link = /https?:\/\/\S+\/assignment#a1\.\S+/.exec(message)![0];
	const student = await browser.newPage();
	await student.goto(link);
	await expect(student.getByRole('heading', { level: 2 })).toHaveText(offered);
	await expect(student.getByLabel('તમારું નામ')).toBeVisible();
	await student.close();
	expect(errors).toEqual([]);
});

test('a name longer than a link carries is refused on its field, and nothing is stored', async ({ page }) => {
	await storeSets(page);
	await openForm(page, LONG);
	const name = page.getByLabel('સોંપણીનું નામ');
	// a value put in by a script, as the form's own prefill was: maxlength holds back only what is typed
	await name.evaluate((input: HTMLInputElement, title) => {
		input.value = title;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}, LONG_TITLE);
	await page.getByRole('button', { name: 'સોંપણી બનાવો' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'નામ' })).toHaveText(
		'⚠ સોંપણીનું નામ બહુ લાંબું છે: વધુમાં વધુ ૧૨૦ અક્ષર રાખો (હમણાં ૩૦૦ છે), નહીં તો વિદ્યાર્થીઓ લિંક ખોલી નહીં શકે.'
	);
	await expect(name).toBeFocused();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription(/બહુ લાંબું છે/);
	await expect(page).toHaveURL(/\/teach\/class\/new\?set=long-title$/);
	expect(await storedCount(page, 'assignments')).toBe(0);
	await expectAccessible(page, 'the assignment form, its name too long');
});

test('a set of one question is said to give each student its only question, in both languages', async ({ page }) => {
	await storeSets(page);
	await openForm(page, ONE);
	await expect(page.getByText('દરેક વિદ્યાર્થીને')).toHaveText('દરેક વિદ્યાર્થીને સેટનો એકમાત્ર પ્રશ્ન.');
	await usePreferences(page, { lang: 'en' });
	await openForm(page, ONE);
	await expect(page.getByText('Every student gets')).toHaveText('Every student gets the set’s only question.');
	// three questions, as before: the same ones, in the same order
	await openForm(page, LONG);
	await expect(page.getByText('Every student gets')).toHaveText(
		'Every student gets the same 3 of the set’s 3 questions, in the same order.'
	);
});

test('a due day the calendar has not, or with no month, is refused on the date field', async ({ page }) => {
	await storeSets(page);
	await openForm(page, ONE);
	const due = page.getByLabel('છેલ્લી તારીખ (મરજિયાત)');
	const make = page.getByRole('button', { name: 'સોંપણી બનાવો' });
	await due.focus();
	await page.keyboard.type('12');
	await page.keyboard.type('10');
	await page.keyboard.type('202612');
	await expect(due).toHaveValue('202612-12-10');
	await make.click();
	const message = 'આ તારીખ સાચી નથી: કૅલેન્ડરમાંથી દિવસ પસંદ કરો, કે ખાનું ખાલી રાખો.';
	await expect(page.getByRole('alert').filter({ hasText: 'તારીખ' })).toHaveText(`⚠ ${message}`);
	await expect(due).toBeFocused();
	await expect(due).toHaveAttribute('aria-invalid', 'true');
	await expect(due).toHaveAccessibleDescription(message);
	await expect(page.getByLabel('સોંપણીનું નામ')).toHaveAttribute('aria-invalid', 'false');
	await expectAccessible(page, 'the assignment form, its due day wrong');

	// a day and year with the month cleared: the field gives '', which would make an assignment with no due day
	await due.focus();
	await page.keyboard.press('Backspace');
	await expect(due).toHaveValue('');
	await make.click();
	await expect(due).toBeFocused();
	await expect(due).toHaveAttribute('aria-invalid', 'true');
	expect(await storedCount(page, 'assignments')).toBe(0);

	// a real day clears the mistake and makes the assignment
	await due.fill(inAWeek());
	await make.click();
	await expect(page).toHaveURL(/\/teach\/class\/view\?id=a-/);
});

test('results added from the box by keyboard leave focus in the box, and by a tap on the message', async ({ page }) => {
	const errors = collectErrors(page);
	await storeSets(page);
	await openForm(page, ONE);
	await page.getByRole('button', { name: 'સોંપણી બનાવો' }).click();
	await expect(page).toHaveURL(/\/teach\/class\/view\?id=a-/);
	const assignmentId = new URL(page.url()).searchParams.get('id')!;
	/** A student’s result link for the one question, as the student’s phone packs it (class/result-code.ts). */
	const result = async (quizId: string) => {
		const now = Date.now();
		const answer = [ONE.set.questions[0]!.id, 'c', 1, 4_000];
		const data = { a: assignmentId, n: `વિદ્યાર્થી ${quizId}`, q: quizId, s: now - 60_000, f: now - 1_000, x: [answer] };
		return `${new URL(page.url()).origin}/teach/class#${await packJson('r1', data)}`;
	};

	const box = page.getByLabel('પરિણામની લિંકો');
	const add = page.getByRole('button', { name: 'ઉમેરો', exact: true });
	await box.fill(await result('q-one'));
	await page.keyboard.press('Tab');
	await expect(add).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'નવું પરિણામ' })).toHaveText('૧ નવું પરિણામ ઉમેર્યું.');
	await expect(box).toHaveValue('');
	await expect(add).toBeDisabled();
	await expect(box).toBeFocused();

	// a link refused leaves the box as it was, and the keyboard on its button
	await page.keyboard.type('https://example.com/teach/class#r1.00000000.AAAA');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'લિંક' })).not.toBeEmpty();
	await expect(add).toBeFocused();

	// tapped, the message takes focus: the box would open the on-screen keyboard over it
	await box.fill(await result('q-two'));
	await add.click();
	const said = page.getByRole('status').filter({ hasText: 'નવું પરિણામ' });
	await expect(said).toHaveText('૧ નવું પરિણામ ઉમેર્યું.');
	await expect(said).toBeFocused();
	expect(await storedCount(page, 'results')).toBe(2);
	expect(errors).toEqual([]);
});
