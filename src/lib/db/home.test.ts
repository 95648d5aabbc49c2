import { describe, expect, test } from 'vitest';
import { createScheduler, newCard, Rating } from '$lib/srs';
import { CHECKS_VERSION } from '$lib/teach/verdict';
import { rateCard } from './cards';
import { homeStatus } from './home';
import { getDb } from './open';
import { useFreshDatabase } from './testing';

const scheduler = createScheduler({ fuzz: false });
// Ten in the morning, local time, so "later today" and "tomorrow" are on either side of midnight.
const now = new Date(2026, 10, 24, 10, 0);
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
const facts = { builtinQuestions: 76, newPerDay: 20 };

/** A card in review due at `due`. */
async function reviewDue(questionId: string, due: Date) {
	const learnt = (await rateCard(scheduler, questionId, Rating.Easy, hours(-500))).card;
	await (await getDb()).put('cards', { ...learnt, due });
}

useFreshDatabase();
describe('homeStatus', () => {
	test('a first visit: nothing due, the day’s allowance of new cards waiting', async () => {
		expect(await homeStatus(now, facts)).toEqual({ due: 0, fresh: 20, ownSets: [] });
	});

	test('counts cards due today as /cards does: overdue, due this evening and learning steps; not tomorrow’s', async () => {
		await reviewDue('overdue', hours(-30));
		await reviewDue('evening', hours(9));
		await reviewDue('tomorrow', hours(15));
		await rateCard(scheduler, 'stepping', Rating.Good, now); // a learning step, back in 10 minutes
		await (await getDb()).put('cards', newCard('undone', now)); // still New: a new card, not a due one
		const status = await homeStatus(now, facts);
		expect(status.due).toBe(3);
	});

	test('new cards: the allowance less those started today in study, not by a quiz, capped by questions left', async () => {
		for (const id of ['a', 'b', 'c']) await rateCard(scheduler, id, Rating.Easy, now);
		expect((await homeStatus(now, facts)).fresh).toBe(17);
		// every question but two has a card: only two can be new
		expect((await homeStatus(now, { builtinQuestions: 5, newPerDay: 20 })).fresh).toBe(2);
		expect((await homeStatus(now, { builtinQuestions: 5, newPerDay: 20 })).allStarted).toBeUndefined();
	});

	// regression: Home said "No new cards are left for today" when no question was left to start on any day
	test('says when every question has its card, not only today’s allowance', async () => {
		for (const id of ['a', 'b', 'c']) await rateCard(scheduler, id, Rating.Easy, now);
		expect(await homeStatus(now, { builtinQuestions: 3, newPerDay: 20 })).toMatchObject({ fresh: 0, allStarted: true });
		// the day's allowance spent, questions still left: not all started
		expect(await homeStatus(now, { builtinQuestions: 9, newPerDay: 3 })).toEqual({ due: 0, fresh: 0, ownSets: [] });
	});

	test('an own set’s questions count among those left to start', async () => {
		const db = await getDb();
		const set = { id: 'own', title: 't', title_en: 't', lang: 'gu' as const, articles: [], questions: [{}, {}, {}] as never };
		await db.put('sets', { id: 'own', set, sources: {}, origin: 'new', createdAt: 1, updatedAt: 1 });
		expect((await homeStatus(now, { builtinQuestions: 0, newPerDay: 20 })).fresh).toBe(3);
	});

	test('an own set that needs fixing, which /cards leaves out, adds no new cards; one not yet checked does', async () => {
		const db = await getDb();
		const record = (id: string, verdict?: { ready: boolean; checks: number }) => ({
			id,
			set: { id, title: id, title_en: id, lang: 'gu' as const, articles: [], questions: [{}, {}, {}] as never },
			sources: {},
			origin: 'new' as const,
			createdAt: 1,
			updatedAt: 1,
			...(verdict ? { verdict } : {})
		});
		await db.put('sets', record('broken', { ready: false, checks: CHECKS_VERSION }));
		await db.put('sets', record('unchecked'));
		await db.put('sets', record('ready', { ready: true, checks: CHECKS_VERSION }));
		await db.put('sets', record('checked-long-ago', { ready: false, checks: CHECKS_VERSION - 1 }));
		expect((await homeStatus(now, { builtinQuestions: 0, newPerDay: 20 })).fresh).toBe(9);
	});

	test('lists own sets with questions, newest first, for links to their pages; an empty new set is left out', async () => {
		const db = await getDb();
		const set = (id: string, title: string, n: number) => ({ id, title, title_en: '', lang: 'gu' as const, articles: [], questions: Array(n).fill({}) as never });
		await db.put('sets', { id: 'old', set: set('old', 'જૂનો', 2), sources: {}, origin: 'link', createdAt: 1, updatedAt: 1 });
		await db.put('sets', { id: 'new', set: set('new', 'નવો', 4), sources: {}, origin: 'import', createdAt: 1, updatedAt: 5 });
		await db.put('sets', { id: 'blank', set: set('blank', '', 0), sources: {}, origin: 'new', createdAt: 1, updatedAt: 9 });
		expect((await homeStatus(now, facts)).ownSets).toEqual([
			{ id: 'new', title: 'નવો', title_en: 'નવો', total: 4 },
			{ id: 'old', title: 'જૂનો', title_en: 'જૂનો', total: 2 }
		]);
	});

	test('tells of an unfinished quiz', async () => {
		const db = await getDb();
		await db.put('quizzes', { id: 'z', seed: 's', options: {} as never, items: [{}, {}, {}] as never, startedAt: 1, status: 'active' });
		await db.add('attempts', { questionId: 'q', quizId: 'z', given: 'x', correct: true, mode: 'choice', ms: 5, at: 1 });
		expect((await homeStatus(now, facts)).unfinished).toEqual({ answered: 1, total: 3 });
	});
});
