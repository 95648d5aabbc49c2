/*
 * What the class pages check of what is typed, sent and pasted, in a real Chromium against the production build:
 * - a student's name of one zero-width space is refused as a name of spaces is, and no quiz starts;
 * - an assignment's title typed with a right-to-left override and a zero-width space is kept without them:
 *   on its page, in the chat message with its link and on the student's phone;
 * - the assignment's page gives its link's length, as the share dialog does, in both languages;
 * - a due day before today is refused on the date field (invalid, described by the message, focused);
 * - a cut link in a student's own chat message is named by the student, not by the message's closing words;
 * - a retake whose phone's clock was set back does not count as the first result, and its row says the time looks wrong,
 *   as does the students' CSV file.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import type { Assignment } from '../src/lib/class/types';
import { enClass } from '../src/lib/i18n/class-en';
import { guClass } from '../src/lib/i18n/class-gu';
import { packJson } from '../src/lib/share/pack';
import { collectErrors, storedCount, storedRecords, usePreferences } from './helpers';

const SET = 'kim-russia-trip';

/** Opens the assignment form for the built-in set, once it shows the set. */
async function openForm(page: Page): Promise<void> {
	await page.goto(`/teach/class/new?set=${SET}`);
	await expect(page.locator('form .set strong')).toBeVisible();
}

/** Makes an assignment named `title`; gives back its chat message, its link and the assignment as stored. */
async function assign(page: Page, title: string): Promise<{ message: string; link: string; assignment: Assignment }> {
	await openForm(page);
	await page.getByLabel('સોંપણીનું નામ').fill(title);
	await page.getByRole('button', { name: 'સોંપણી બનાવો' }).click();
	await expect(page).toHaveURL(/\/teach\/class\/view\?id=a-/);
	const message = await page.getByLabel('સોંપણીની લિંક').inputValue();
	const link = /https?:\/\/\S+\/assignment#a1\.\S+/.exec(message)![0];
	const [assignment] = await storedRecords<Assignment>(page, 'assignments');
	return { message, link, assignment: assignment! };
}

test('a student’s name of one zero-width space is refused as a name of spaces, and no quiz starts', async ({ page }) => {
	const errors = collectErrors(page);
	const { link } = await assign(page, 'અઠવાડિયું ૩');
	await page.goto(link);
	const name = page.getByLabel('તમારું નામ');
	await name.fill('\u200B');
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page.getByRole('alert')).toContainText('પહેલાં તમારું નામ લખો.');
	await expect(name).toBeFocused();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(page).toHaveURL(/\/assignment#a1\./);
	expect(await storedCount(page, 'quizzes')).toBe(0);
	expect(errors).toEqual([]);
});

test('an assignment’s title loses its direction overrides and invisible characters, wherever it shows', async ({ page, browser }) => {
	const { message, link } = await assign(page, '\u202Eઅઠવાડિયું\u200B ૩');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('અઠવાડિયું ૩');
	expect(message).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/u);
	expect(message).toContain('“અઠવાડિયું ૩”');
	const student = await browser.newPage();
	await student.goto(link);
	await expect(student.getByRole('heading', { level: 2 })).toHaveText('અઠવાડિયું ૩');
	await student.close();
});

test('the assignment’s page gives its link’s length, in both languages', async ({ page }) => {
	const { link } = await assign(page, 'અઠવાડિયું ૩');
	const grouped = new Intl.NumberFormat('en-IN').format(link.length);
	const gu = grouped.replace(/\d/g, (d) => String.fromCharCode(0x0ae6 + Number(d)));
	await expect(page.getByText('લિંકની લંબાઈ:')).toHaveText(`લિંકની લંબાઈ: ${gu} અક્ષર`);
	const view = page.url();
	await usePreferences(page, { lang: 'en' });
	await page.goto(view);
	await expect(page.getByText('Link length:')).toHaveText(`Link length: ${grouped} characters`);
});

test('a due day before today is refused on the date field, and nothing is stored', async ({ page }) => {
	await openForm(page);
	const due = page.getByLabel('છેલ્લી તારીખ (મરજિયાત)');
	await due.fill('2020-01-01');
	await page.getByRole('button', { name: 'સોંપણી બનાવો' }).click();
	const message = 'છેલ્લી તારીખ આજ પહેલાંની છે: આજની કે પછીની તારીખ પસંદ કરો, કે ખાનું ખાલી રાખો.';
	await expect(page.getByRole('alert').filter({ hasText: 'તારીખ' })).toHaveText(`⚠ ${message}`);
	await expect(due).toBeFocused();
	await expect(due).toHaveAttribute('aria-invalid', 'true');
	await expect(due).toHaveAccessibleDescription(message);
	await expect(page).toHaveURL(/\/teach\/class\/new\?set=/);
	expect(await storedCount(page, 'assignments')).toBe(0);
	await expectAccessible(page, 'the assignment form, its due day past');
});

test('a cut link in a student’s own chat message is named by the student, in both languages', async ({ page }) => {
	await assign(page, 'અઠવાડિયું ૩');
	const origin = new URL(page.url()).origin;
	const cut = `${origin}/teach/class#r1.deadbeef.abcdefgh`;
	const box = page.getByLabel('પરિણામની લિંકો');
	await box.fill(guClass.sendChatText('મીરા પટેલ', 'અઠવાડિયું ૩', '૧૦માંથી ૭ સાચા', cut));
	await page.getByRole('button', { name: 'ઉમેરો', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'કપાઈ' })).toHaveText(
		'⚠ ૧ લિંક બદલાઈ કે કપાઈ ગઈ છે (મીરા પટેલ): એ વિદ્યાર્થી પાસે ફરી મંગાવો.'
	);
	const view = page.url();
	await usePreferences(page, { lang: 'en' });
	await page.goto(view);
	await page.getByLabel('Result links').fill(enClass.sendChatText('Ravi Shah', 'Week 3', '7 of 10 right', cut));
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'cut' })).toContainText('(Ravi Shah)');
});

test('a retake from a phone whose clock was set back does not count first, and its row says the time looks wrong', async ({
	page
}) => {
	const errors = collectErrors(page);
	const { assignment } = await assign(page, 'અઠવાડિયું ૩');
	const question = assignment.set.questions[0]!;
	const origin = new URL(page.url()).origin;
	/** A result of one answer to the set's first question, right or wrong, finished at `f`. */
	const result = async (quizId: string, right: boolean, f: number) => {
		const answer = right ? [question.id, 'c', 1, 4_000] : [question.id, 'c', 0, 4_000, 'ખોટો જવાબ'];
		const data = { a: assignment.id, n: 'રવિ', q: quizId, s: f - 60_000, f, x: [answer] };
		return `${origin}/teach/class#${await packJson('r1', data)}`;
	};
	const first = await result('q-first', false, Date.now() - 60_000);
	// the retake, all right, claims to have finished two days before the assignment was made
	const retake = await result('q-retake', true, assignment.createdAt - 2 * 86_400_000);
	await page.getByLabel('પરિણામની લિંકો').fill(`${first}\n${retake}`);
	await page.getByRole('button', { name: 'ઉમેરો', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'નવાં પરિણામ' })).toHaveText('૨ નવાં પરિણામ ઉમેર્યાં.');
	const ravi = page.getByRole('rowheader', { name: /^રવિ / });
	const row = page.getByRole('row').filter({ has: ravi });
	await expect(ravi).toHaveText('રવિ ⚠ સમય ખોટો લાગે છે');
	await expect(row.getByRole('cell').first()).toContainText('૦%');
	await expect(page.getByText(/^⚠ નિશાનીવાળા/)).toBeVisible();
	await expectAccessible(page, 'the class report, a result’s time wrong');
	// regression: the students' file left the mark out, so a spreadsheet could not tell this row's first try was uncertain
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'વિદ્યાર્થીઓની CSV ફાઇલ' }).click();
	const [header, line] = readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
	expect(header).toMatch(/,ફરી આપી,ખોટા સમયવાળાં પરિણામો$/);
	expect(line).toMatch(/^રવિ,0,0,1,.*,1,1$/);

	const view = page.url();
	await usePreferences(page, { lang: 'en' });
	await page.goto(view);
	await expect(page.getByRole('rowheader', { name: /^રવિ / })).toHaveText('રવિ ⚠ Time looks wrong');
	expect(errors).toEqual([]);
});
