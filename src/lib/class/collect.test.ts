import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_STORES, BACKUP_VERSION } from '$lib/db/backup';
import { readBackup } from '$lib/db/backup-read';
import { DEFAULT_PREFERENCES } from '$lib/settings/preferences';
import { enClass } from '$lib/i18n/class-en';
import { guClass } from '$lib/i18n/class-gu';
import { DB_VERSION } from '$lib/db/migrations';
import { collectResults, linkLabel, type CollectTarget } from './collect';
import { dealtQuestionIds } from './dealt-questions';
import { encodeResultLink } from './result-code';
import type { Assignment, ClassResult, HandedIn } from './types';

const question = (n: number) => ({
	id: `w-q${n}`,
	category: 'date' as const,
	prompt: `ક્યારે ${n}?`,
	answer: `૨૦${10 + n}`,
	accept: [],
	article: 'a.txt',
	quote: `૨૦${10 + n}`,
	en: ''
});
const set = { id: 'w', title: 'W', title_en: 'W', lang: 'gu' as const, articles: [], questions: [1, 2, 3, 4, 5, 6].map(question) };
/** Made 1 June 2026; each student is dealt 2 of the set’s 6 questions. */
const MADE = Date.UTC(2026, 5, 1);
const assignment: Assignment = { id: 'a-1', title: 'T', mode: 'typed', length: 2, seed: 's', set, createdAt: MADE };
const dealt = dealtQuestionIds(assignment);
const answer = (questionId: string) => ({ questionId, mode: 'typed' as const, given: '2022', correct: true, ms: 3000 });
const result = (quizId: string, student: string, assignmentId = 'a-1'): HandedIn => ({
	assignmentId,
	student,
	quizId,
	startedAt: MADE + 10_000,
	finishedAt: MADE + 20_000,
	answers: dealt.map(answer)
});

/** A store in memory that keeps each result id once, as the database does. */
function memory(): CollectTarget & { kept: Map<string, ClassResult> } {
	const kept = new Map<string, ClassResult>();
	return {
		kept,
		assignment: async (id) => (id === assignment.id ? assignment : undefined),
		store: async (results) => {
			const added = results.filter((r) => !kept.has(r.id));
			for (const r of added) kept.set(r.id, r);
			return { added, already: results.length - added.length };
		}
	};
}

/** A backup in the format written now, of the assignment and `results`, as a file’s text. */
function backupOf(results: readonly ClassResult[], exportedAt: number): string {
	const stores = Object.fromEntries(BACKUP_STORES.map((s) => [s, [] as unknown[]]));
	stores.assignments = [assignment];
	stores.results = [...results];
	const exported = new Date(exportedAt).toISOString();
	const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exported, schemaVersion: DB_VERSION };
	const file = { ...head, preferences: DEFAULT_PREFERENCES, stores };
	return JSON.stringify(file);
}

describe('collecting results', () => {
	it('counts the same result once, whether pasted twice or sent again later', async () => {
		const target = memory();
		const asha = await encodeResultLink(result('q-a', 'આશા'), 'https://k.example');
		const ravi = await encodeResultLink(result('q-r', 'Ravi'), 'https://k.example');
		const first = await collectResults([`${asha}\n${asha}`, ravi], target, MADE + 99);
		expect(first.found).toBe(2);
		expect(first.added.map((r) => r.student)).toEqual(['આશા', 'Ravi']);
		const again = await collectResults([asha], target, MADE + 100);
		expect(again.added).toEqual([]);
		expect(again.already).toBe(1);
		expect(target.kept.size).toBe(2);
		expect(target.kept.get('a-1/q-a')!.receivedAt).toBe(MADE + 99);
	});

	it('names cut links and results for assignments not made here, storing the rest', async () => {
		const target = memory();
		const good = await encodeResultLink(result('q-a', 'આશા'), '');
		const cut = (await encodeResultLink(result('q-b', 'Ben'), '')).slice(0, -4);
		const foreign = await encodeResultLink(result('q-c', 'Chirag', 'a-9'), '');
		const outcome = await collectResults([good, cut, foreign, 'hello'], target, MADE + 1);
		const start = `${cut.slice(cut.indexOf('#') + 1).slice(0, 16)}…`;
		expect(outcome).toMatchObject({ found: 3, broken: [{ start }], unknown: ['Chirag'], wrongQuestions: [] });
		expect(outcome.added.length).toBe(1);
	});

	// "⚠ 1 links were changed or cut" did not say which of 40 links to ask for again
	it('names each broken link by the name before it, else its line, else its start', async () => {
		const good = await encodeResultLink(result('q-a', 'આશા'), 'http://k.example');
		const pasted = `${good}\nઆરવ: http://k.example/teach/class#r1.deadbeef.abcdefgh\n\nhttp://k.example/teach/class#r1.0badc0de.xyz`;
		const outcome = await collectResults([pasted], memory(), MADE + 1);
		expect(outcome.broken).toEqual([{ name: 'આરવ' }, { line: 4 }]);
		expect(outcome.added.map((r) => r.student)).toEqual(['આશા']);
		const scanned = await collectResults(['http://k.example/teach/class#r1.deadbeef.abcdefgh'], memory(), MADE + 1);
		expect(scanned.broken).toEqual([{ start: 'r1.deadbeef.abcd…' }]);
	});

	it('names a link by a chat line’s words before it, the last few of a long one', () => {
		const line = '06/12/2026, 10:04 - Meera Joshi - સોંપણીનું પરિણામ અહીં છે, જુઓ: https://k.example/teach/class#r1.deadbeef.x';
		expect(linkLabel(line, line.indexOf('r1.'), true)).toEqual({ name: '…Joshi - સોંપણીનું પરિણામ અહીં છે, જુઓ' });
		expect(linkLabel('Ravi Shah — r1.deadbeef.x', 12, false)).toEqual({ name: 'Ravi Shah' });
	});

	// a cut link in the app's own message was named "changed or cut (…of 10 right). Open this link to add it)"
	it('names a broken link in the student’s own chat message by the student, in either language', async () => {
		const cut = 'http://k.example/teach/class#r1.deadbeef.abcdefgh';
		const gu = guClass.sendChatText('મીરા પટેલ', 'અઠવાડિયું (૩)', '૧૦માંથી ૭ સાચા', cut);
		const en = enClass.sendChatText('Ravi Shah', 'Week “3”', '7 of 10 right', cut.replace('deadbeef', '0badc0de'));
		const chat = `[07/12/26, 10:15] Meera: ${gu}\n${en}`;
		const outcome = await collectResults([chat], memory(), MADE + 1);
		expect(outcome.broken).toEqual([{ name: 'મીરા પટેલ' }, { name: 'Ravi Shah' }]);
	});

	// a 10-question assignment stored "27/27"; one question answered ten times was stored as 1/1
	it('refuses results answering more questions than are dealt, or one question again and again', async () => {
		const target = memory();
		const extra = set.questions.map((q) => q.id).filter((id) => !dealt.includes(id));
		const more = await encodeResultLink({ ...result('q-m', 'Mehul'), answers: set.questions.map((q) => answer(q.id)) }, '');
		const other = await encodeResultLink({ ...result('q-o', 'Om'), answers: [...dealt, extra[0]!].map(answer) }, '');
		const tenTimes = Array.from({ length: 10 }, () => answer(dealt[0]!));
		const repeated = await encodeResultLink({ ...result('q-r', 'Riya'), answers: tenTimes }, '');
		const outcome = await collectResults([more, other, repeated], target, MADE + 1);
		expect(outcome.wrongQuestions).toEqual(['Mehul', 'Om', 'Riya']);
		expect(target.kept.size).toBe(0);
	});

	// a result started in 1970 or finished at 8.64e15 was stored, and the next backup could not be restored
	it('stores nothing a backup made afterwards would refuse', async () => {
		const target = memory();
		const now = Date.UTC(2026, 11, 6);
		const links = await Promise.all([
			encodeResultLink(result('q-a', 'આશા'), ''),
			encodeResultLink({ ...result('q-b', 'Ben'), startedAt: 0 }, ''),
			encodeResultLink({ ...result('q-c', 'Chirag'), finishedAt: 8.64e15 }, ''),
			encodeResultLink({ ...result('q-d', 'Dev'), startedAt: 946_684_799_999 }, '')
		]);
		const outcome = await collectResults(links, target, now);
		expect(readBackup(backupOf([...target.kept.values()], now), new Date(now))).toMatchObject({ ok: true });
		expect(outcome.added.map((r) => r.student)).toEqual(['આશા']);
		expect(outcome.wrongClock).toEqual(['Ben', 'Chirag', 'Dev']);
	});
});
