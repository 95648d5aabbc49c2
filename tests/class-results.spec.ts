/*
 * Class results without a server, in a real Chromium against the production build:
 * - a teacher (context T) assigns a built-in set from /teach: 5 questions, multiple choice, a due
 *   day and a title; the assignment page gives a link;
 * - two students (contexts A and B, fresh profiles; A offline once the service worker is ready)
 *   open the link, type their names, see the assignment's title above every question, and answer:
 *   A every question right, B the first two right and the rest wrong; each answer's quiz names
 *   the assignment, and leaves no memory card;
 * - A hands in by copying the chat text, B by saving a file; the teacher adds A's text by pasting
 *   it, then B's file together with A's again (counted once), and opening A's link on the
 *   teacher's phone adds nothing more;
 * - the teacher's results store holds two results with every answer and its time;
 * - the report shows 2 students, a mean of 70 %, Asha 5/5 and Ravi 2/5, every question asked
 *   with 100 % or 50 % right and Ravi's wrong option counted once; the students' CSV says the same;
 *   with ASCII digits chosen, the questions' prompts and answers are in them;
 * - cut and changed links store nothing, each named by the name before it or by its line;
 * - the results to hand in, the results collected and the report (in both languages) pass the
 *   accessibility checks of tests/accessibility.ts.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { test } from './base-test';
import { readFileSync } from 'node:fs';
import type { ClassResult } from '../src/lib/class/types';
import type { QuizRecord } from '../src/lib/db/schema';
import { collectErrors, inAWeek, storedCount, storedRecords, waitForServiceWorker } from './helpers';


const SET = 'kim-russia-trip';
const TITLE = 'અઠવાડિયું ૩ની કસોટી';
const gu = (n: number) => [...String(n)].map((d) => '૦૧૨૩૪૫૬૭૮૯'[Number(d)]).join('');

/** The teacher makes the assignment from /teach and gives back its link. */
async function assign(page: Page): Promise<string> {
	await page.goto('/teach');
	await page.getByRole('link', { name: /^વર્ગને સોંપો: / }).first().click();
	await expect(page).toHaveURL(new RegExp(`/teach/class/new\\?set=${SET}$`));
	await page.getByLabel('સોંપણીનું નામ').fill(TITLE);
	await page.getByRole('radio', { name: 'વિકલ્પો' }).check();
	await page.getByRole('radio', { name: '૫', exact: true }).check();
	await expect(page.getByText('દરેક વિદ્યાર્થીને સેટના')).toContainText('૫ પ્રશ્નો');
	await page.getByLabel('છેલ્લી તારીખ (મરજિયાત)').fill(inAWeek());
	await page.getByRole('button', { name: 'સોંપણી બનાવો' }).click();
	await expect(page).toHaveURL(/\/teach\/class\/view\?id=a-/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	const message = await page.getByLabel('સોંપણીની લિંક').inputValue();
	const link = /https?:\/\/\S+\/assignment#a1\.\S+/.exec(message)?.[0];
	expect(link, message).toBeTruthy();
	return link!;
}

/** A student takes the assignment; `right` says which questions (by position) to answer rightly. */
async function take(page: Page, link: string, name: string, right: (n: number) => boolean): Promise<Given[]> {
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(TITLE);
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'નામ' })).toContainText('પહેલાં તમારું નામ લખો.');
	await page.getByLabel('તમારું નામ').fill(name);
	await page.getByRole('button', { name: 'ક્વિઝ શરૂ કરો' }).click();
	await expect(page).toHaveURL(/\/quiz\/play$/);
	const quiz = (await storedRecords<QuizRecord>(page, 'quizzes')).find((q) => q.status === 'active')!;
	expect(quiz.options.assignment).toMatchObject({ title: TITLE, student: name });
	expect(quiz.items).toHaveLength(5);
	const given: Given[] = [];
	for (const [i, item] of quiz.items.entries()) {
		await expect(page.getByText(`સોંપણી: ${TITLE}`)).toBeVisible();
		if (item.mode !== 'choice') throw new Error('a multiple-choice assignment');
		const pick = right(i) ? item.correct : (item.correct + 1) % item.options.length;
		given.push({ prompt: item.question.prompt, option: item.options[pick]!, right: right(i) });
		await expect(page.locator('.options button').first()).toBeEnabled();
		await page.keyboard.press(String(pick + 1));
		await expect(page.locator('.verdict')).toBeVisible();
		await page.getByRole('button', { name: i < 4 ? 'આગળ' : 'પરિણામ જુઓ' }).click();
	}
	await expect(page).toHaveURL(/\/quiz\/results\?id=/);
	await expect(page.getByRole('heading', { name: 'શિક્ષકને મોકલો' })).toBeVisible();
	await expectAccessible(page, 'an assignment’s results, to hand in');
	// an assignment's answers are the teacher's test, not the student's cards
	expect(await storedCount(page, 'cards')).toBe(0);
	return given;
}

/** What a student was asked and answered. */
type Given = { prompt: string; option: string; right: boolean };

async function student(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await waitForServiceWorker(page);
	return page;
}

test('an assignment taken by two students comes back by link and by file, each result once', async ({ browser, page }) => {
	test.setTimeout(120_000);
	const errors = collectErrors(page);
	const link = await assign(page);

	const contextA = await browser.newContext();
	const asha = await student(contextA);
	await contextA.setOffline(true);
	await take(asha, link, 'આશા પટેલ', () => true);
	const chat = await asha.getByLabel('ચેટમાં મોકલવાનો સંદેશ').inputValue();
	expect(chat).toContain('આશા પટેલ');
	expect(chat).toContain(`“${TITLE}”`);
	expect(chat).toContain('(૫માંથી ૫ સાચા)');
	const ashaLink = /https?:\/\/\S+\/teach\/class#r1\.\S+/.exec(chat)![0];

	const contextB = await browser.newContext();
	const ravi = await student(contextB);
	const raviGave = await take(ravi, link, 'Ravi Shah', (n) => n < 2);
	const download = ravi.waitForEvent('download');
	await ravi.getByRole('button', { name: 'ફાઇલ તરીકે સાચવો' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`kasoti-Ravi-Shah-અઠવાડિયું-૩ની-કસોટી.txt`);
	const raviFile = readFileSync((await file.path())!, 'utf8');

	await page.goto('/teach/class');
	await page.getByLabel('પરિણામની લિંકો').fill(`ગઈકાલે આવેલું:\n${chat}`);
	await page.getByRole('button', { name: 'ઉમેરો', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'નવું પરિણામ' })).toHaveText(`${gu(1)} નવું પરિણામ ઉમેર્યું.`);

	await page.getByLabel('ફાઇલો ખોલો').setInputFiles([
		{ name: 'ravi.txt', mimeType: 'text/plain', buffer: Buffer.from(raviFile) },
		{ name: 'asha.txt', mimeType: 'text/plain', buffer: Buffer.from(chat) }
	]);
	await expect(page.getByRole('status').filter({ hasText: 'નવું પરિણામ' })).toHaveText(
		`${gu(1)} નવું પરિણામ ઉમેર્યું. ${gu(1)} પરિણામ પહેલેથી હતું: ફરી ગણ્યું નથી.`
	);
	await expect(page.getByText(`${gu(2)} પરિણામ`, { exact: true })).toBeVisible();
	await expectAccessible(page, 'results collected');

	// the student's link opened on the teacher's phone: already here, counted once
	await page.goto(ashaLink);
	await expect(page.getByRole('status').filter({ hasText: 'પહેલેથી' })).toHaveText(`${gu(1)} પરિણામ પહેલેથી હતું: ફરી ગણ્યું નથી.`);
	await expect(page).toHaveURL(/\/teach\/class$/);

	const results = await storedRecords<ClassResult>(page, 'results');
	expect(results.map((r) => r.student).sort()).toEqual(['Ravi Shah', 'આશા પટેલ']);
	for (const r of results) {
		expect(r.answers).toHaveLength(5);
		expect(r.answers.every((a) => a.ms > 0 && a.given !== '')).toBe(true);
	}
	const byName = Object.fromEntries(results.map((r) => [r.student, r.answers.map((a) => a.correct)]));
	expect(byName['આશા પટેલ']).toEqual([true, true, true, true, true]);
	expect(byName['Ravi Shah']).toEqual([true, true, false, false, false]);

	// the report: per student, per question (the wrong answer given, with its count), and the CSV
	await page.getByRole('link', { name: `ખોલો: ${TITLE}` }).click();
	const summary = page.getByRole('definition');
	await expect(summary.nth(0)).toHaveText(gu(2));
	await expect(summary.nth(1)).toHaveText('૭૦%');
	const students = page.getByRole('region', { name: 'વિદ્યાર્થી પ્રમાણે' });
	await expect(students.getByRole('row', { name: /આશા પટેલ/ })).toContainText(/૧૦૦%\s*૫\/૫/);
	await expect(students.getByRole('row', { name: /Ravi Shah/ })).toContainText(/૪૦%\s*૨\/૫/);
	const questions = page.getByRole('region', { name: 'પ્રશ્ન પ્રમાણે' });
	for (const { prompt, option, right } of raviGave) {
		const row = questions.getByRole('row').filter({ hasText: prompt });
		await expect(row).toContainText(right ? /૧૦૦%\s*૨\/૨/ : /૫૦%\s*૧\/૨/);
		if (!right) await expect(row).toContainText(`${option} (૧)`);
	}
	await expectAccessible(page, 'the class report');
	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'વિદ્યાર્થીઓની CSV ફાઇલ' }).click();
	const lines = readFileSync((await (await csv).path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
	expect(lines).toHaveLength(3);
	expect(lines.find((l) => l.startsWith('આશા પટેલ,'))).toMatch(/^આશા પટેલ,100,5,5,/);
	expect(lines.find((l) => l.startsWith('Ravi Shah,'))).toMatch(/^Ravi Shah,40,2,5,/);
	// in English with ASCII digits, the questions' prompts and answers follow the digits chosen (set: ૨૦૨૩)
	await page.evaluate(() => localStorage.setItem('kasoti.preferences', JSON.stringify({ lang: 'en', digits: 'ascii' })));
	await page.reload();
	const byQuestion = page.locator('tbody th span.prompt, tbody th span.answer');
	await expect(byQuestion.first()).toBeVisible();
	const shown = (await byQuestion.allTextContents()).join(' ');
	expect(shown).toContain('2023');
	expect(shown).not.toMatch(/[૦-૯]/);
	await expectAccessible(page, 'the class report in English');
	await page.evaluate(() => localStorage.removeItem('kasoti.preferences'));
	await page.goto('/teach/class');

	// a cut link among others stores nothing, and is named by the name written before it, else by its line
	const changed = ashaLink.slice(0, -1) + (ashaLink.endsWith('A') ? 'B' : 'A');
	await page.getByLabel('પરિણામની લિંકો').fill(`આરવ: ${ashaLink.slice(0, -6)}\n${ashaLink}\n${changed}`);
	await page.getByRole('button', { name: 'ઉમેરો', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'લિંક' })).toContainText(
		`${gu(2)} લિંક બદલાઈ કે કપાઈ ગઈ છે (આરવ, લીટી ${gu(3)}): એ વિદ્યાર્થીઓ પાસે ફરી મંગાવો.`
	);
	expect(await storedCount(page, 'results')).toBe(2);

	await contextA.close();
	await contextB.close();
	expect(errors).toEqual([]);
});
