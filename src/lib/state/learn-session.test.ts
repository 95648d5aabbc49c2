import { beforeEach, describe, expect, test, vi } from 'vitest';
import { nextIdle } from '$lib/components/idle';
import { attemptsOfQuiz } from '$lib/db/attempts';
import { getCard } from '$lib/db/cards';
import { abandonLearnRound, getLearnRound, startLearnRound } from '$lib/db/learn';
import { getDb } from '$lib/db/open';
import type { LearnRound } from '$lib/db/schema';
import { setStar } from '$lib/db/stars';
import { addImportedSet } from '$lib/db/sets';
import { setWithNothingToFix, useFreshDatabase } from '$lib/db/testing';
import type { AskStep } from '$lib/learn/engine';
import { fixtureBank } from '$lib/quiz/fixtures';
import { newCard, State } from '$lib/srs';
import { FIRST_CARDS_KEY, keptQuestions } from './first-cards';
import { learnAgain, LearnSession, openLearn, startOver } from './learn-session.svelte';
import { library } from './library.svelte';
import { memoryStorage } from './storage-testing';

const START = new Date('2026-11-24T09:00:00Z').getTime();
const bank = fixtureBank();
let clock = START;
const now = () => clock;

/** A stored round of the fixture bank's questions, every one starting as a choice unless said. */
async function session(ids: string[], typed: string[] = []) {
	const round: LearnRound = { id: 'r1', setId: 'visit', questionIds: ids, startedAt: START, status: 'active' };
	await startLearnRound(round);
	const steps = new Map<string, AskStep>(ids.map((id) => [id, typed.includes(id) ? 'typed' : 'choice']));
	return { round, steps, session: new LearnSession(round, bank, [], steps, now) };
}

/** Answers whatever is on screen rightly (typed in Latin letters where the question has them). */
async function answerRight(s: LearnSession) {
	const item = s.item!;
	clock += 4_000;
	if (item.mode === 'choice') await s.answerChoice(item.correct);
	else await s.answerTyped(item.question.accept.find((a) => /^[A-Za-z ]+$/.test(a)) ?? item.question.answer);
	s.next();
}

useFreshDatabase();
beforeEach(() => {
	clock = START;
	// a localStorage of its own for each test: the checkpoint passed is kept there
	vi.stubGlobal('localStorage', memoryStorage());
	return () => vi.unstubAllGlobals();
});

describe('answering', () => {
	test('a right choice is stored (as a Learn answer, with its card rated) before the feedback shows; the fact moves to typing', async () => {
		const { session: s } = await session(['p-putin']);
		const item = s.item!;
		expect(item.mode).toBe('choice');
		if (item.mode !== 'choice') return;
		const answering = s.answerChoice(item.correct);
		expect(s.outcome).toBeUndefined();
		await answering;
		expect(s.outcome).toEqual({ correct: true, almost: false, given: 'પુતિન', step: 'typed' });
		expect(await attemptsOfQuiz('r1')).toMatchObject([{ questionId: 'p-putin', mode: 'choice', correct: true, learn: true, newCard: true }]);
		expect((await getCard('p-putin'))?.reps).toBe(1);
		expect(s.progress.mastered).toBe(0);
		s.next();
		expect(s.item).toEqual({ mode: 'typed', question: expect.objectContaining({ id: 'p-putin' }) });
	});

	test('a right typed answer in Latin letters masters the fact, and the last one ends the round in the database', async () => {
		const { session: s } = await session(['c-pyongyang'], ['c-pyongyang']);
		await s.answerTyped('pyongyang');
		expect(s.outcome).toMatchObject({ correct: true, step: 'mastered' });
		expect(s.progress).toMatchObject({ mastered: 1, total: 1, done: true });
		expect((await getLearnRound('r1'))?.status).toBe('done');
		s.next();
		expect(s.screen).toBe('done');
	});

	test('a wrong answer shows its feedback, is rated Again, and the fact comes back later in the same form', async () => {
		const { session: s } = await session(['p-putin', 'p-kim', 'p-kirby', 'c-pyongyang', 'n-russia']);
		const first = s.item!;
		if (first.mode !== 'choice') throw new Error('a choice first');
		const wrongOption = (first.correct + 1) % first.options.length;
		await s.answerChoice(wrongOption);
		expect(s.outcome).toMatchObject({ correct: false, given: first.options[wrongOption], step: 'choice' });
		expect((await getCard(first.question.id))?.state).toBe(State.Learning);
		s.next();
		const asked: string[] = [];
		while (s.item?.question.id !== first.question.id) {
			asked.push(s.item!.question.id);
			await answerRight(s);
		}
		expect(asked).toHaveLength(3);
		expect(s.item.mode).toBe('choice');
		expect(s.again).toBe(true);
	});

	test('a reload (a new session from what is stored) shows the same fact with the same options', async () => {
		const { round, steps, session: s } = await session(['p-putin', 'p-kim', 'p-kirby', 'c-pyongyang']);
		await answerRight(s);
		await answerRight(s);
		const showing = s.item;
		const reloaded = new LearnSession(round, bank, await attemptsOfQuiz('r1'), steps, now);
		expect(reloaded.item).toEqual(showing);
		expect(reloaded.progress.answeredInBatch).toBe(2);
	});

	test('a reload right after an answer shows its feedback again, with the options as they were', async () => {
		const { round, steps, session: s } = await session(['p-putin', 'p-kim', 'p-kirby', 'c-pyongyang']);
		await answerRight(s);
		const item = s.item!;
		if (item.mode !== 'choice') throw new Error('a choice');
		const wrongOption = (item.correct + 1) % item.options.length;
		await s.answerChoice(wrongOption);
		const reloaded = new LearnSession(round, bank, await attemptsOfQuiz('r1'), steps, now);
		expect(reloaded.outcome).toEqual({ correct: false, almost: false, given: item.options[wrongOption], step: 'choice' });
		expect(reloaded.item).toEqual(item);
		reloaded.next();
		expect(reloaded.item?.question.id).not.toBe(item.question.id);
		const later = new LearnSession(round, bank, await attemptsOfQuiz('r1'), steps, now);
		expect(later.outcome).toBeUndefined();
		expect(later.item).toEqual(reloaded.item);
	});

	test('a finished batch shows the checkpoint; once gone past, a reload does not show it again', async () => {
		const ids = ['p-putin', 'p-kim', 'p-kirby', 'c-pyongyang', 'n-russia', 'n-north-korea', 't-moscow', 't-ukraine'];
		const { round, steps, session: s } = await session(ids);
		for (let n = 0; n < 7; n++) await answerRight(s);
		expect(s.screen).toBe('checkpoint');
		expect(s.progress.lastBatch.map((f) => f.to)).toEqual(Array(7).fill('typed'));
		const again = new LearnSession(round, bank, await attemptsOfQuiz('r1'), steps, now);
		expect(again.screen).toBe('checkpoint');
		s.continueRound();
		expect(s.screen).toBe('question');
		const reloaded = new LearnSession(round, bank, await attemptsOfQuiz('r1'), steps, now);
		expect(reloaded.screen).toBe('question');
		expect(reloaded.item).toEqual(s.item);
	});

	test('an answer given in another tab meanwhile is taken in, not written twice', async () => {
		const { round, steps, session: here } = await session(['p-putin', 'p-kim', 'p-kirby']);
		const there = new LearnSession(round, bank, [], steps, now);
		await answerRight(there);
		const item = here.item!;
		if (item.mode !== 'choice') throw new Error('a choice first');
		await here.answerChoice(item.correct);
		expect(here.outcome).toBeUndefined();
		expect(here.answers).toHaveLength(1);
		expect(await attemptsOfQuiz('r1')).toHaveLength(1);
		expect(here.item).toEqual(there.item);
	});

	test('an answer to a round set aside elsewhere is refused as ended; to one deleted with all progress, as deleted', async () => {
		const { session: ended } = await session(['p-putin', 'p-kim']);
		await abandonLearnRound('r1');
		await answerRight(ended);
		expect(ended.closed).toBe('ended');

		const { session: gone } = await session(['p-putin', 'p-kim']);
		await (await getDb()).clear('learn');
		await answerRight(gone);
		expect(gone.closed).toBe('deleted');
		expect(await attemptsOfQuiz('r1')).toEqual([]);
	});
});

describe('opening Learn on a set', () => {
	test('an unknown set is missing; a set with no starred question has nothing to learn when starred only', async () => {
		expect((await openLearn('no-such-set', false)).kind).toBe('missing');
		expect((await openLearn('putin-north-korea', true)).kind).toBe('empty');
	});

	test('deals and stores a round of the whole set, and opening again resumes it; start over abandons it', async () => {
		const first = await openLearn('putin-north-korea', false, START);
		if (first.kind !== 'ready') throw new Error('ready');
		expect(first.answeredBefore).toBe(0);
		expect(first.session.progress.total).toBe(27);
		expect(first.session.progress.queue).toHaveLength(7);

		const again = await openLearn('putin-north-korea', false, START + 1000);
		if (again.kind !== 'ready') throw new Error('ready');
		expect(again.session.round.id).toBe(first.session.round.id);
		// regression: a round reopened before its first answer said "carrying on where you left off"
		expect(again.answeredBefore).toBe(0);
		await answerRight(again.session);
		const later = await openLearn('putin-north-korea', false, START + 1500);
		if (later.kind !== 'ready') throw new Error('ready');
		expect(later.answeredBefore).toBe(1);

		const fresh = await startOver(again.session, START + 2000);
		if (fresh.kind !== 'ready') throw new Error('ready');
		expect(fresh.session.round.id).not.toBe(first.session.round.id);
		expect((await getLearnRound(first.session.round.id))?.status).toBe('abandoned');
	});

	test('regression: a finished set opens as finished, not as a new round; learning it again deals one, the old one kept', async () => {
		const ids = ['pnk-person-nsc-spokesman-kirby', 'pnk-place-city-airport-welcome', 'no-longer-in-the-set'];
		const done: LearnRound = {
			id: 'old',
			setId: 'putin-north-korea',
			questionIds: ids,
			startedAt: START,
			finishedAt: START + 60_000,
			status: 'done'
		};
		await startLearnRound(done);
		const opened = await openLearn('putin-north-korea', false, START + 86_400_000);
		expect(opened).toMatchObject({ kind: 'finished', round: { id: 'old' }, mastered: 2 });
		// the starred questions are another kind of round, never finished
		await setStar('pnk-place-city-airport-welcome', true);
		expect((await openLearn('putin-north-korea', true, START + 86_400_000)).kind).toBe('ready');

		if (opened.kind !== 'finished') throw new Error('finished');
		const fresh = await learnAgain(opened.round, START + 86_400_000);
		if (fresh.kind !== 'ready') throw new Error('ready');
		expect(fresh.answeredBefore).toBe(0);
		expect(fresh.session.progress).toMatchObject({ mastered: 0, total: 27 });
		expect(await getLearnRound('old')).toEqual(done);
		// the new round is the one opened from then on
		const reopened = await openLearn('putin-north-korea', false, START + 86_400_001);
		if (reopened.kind !== 'ready') throw new Error('ready');
		expect(reopened.session.round.id).toBe(fresh.session.round.id);
	});

	// a Learn answer makes or moves a card due within minutes or days: maybe the next flashcard visit's first
	test('keeps an answered question of an own set, as the library holds it, for /cards’ first card', async () => {
		const own = await addImportedSet(setWithNothingToFix('capitals'));
		const opened = await openLearn(own.id, false, START);
		if (opened.kind !== 'ready') throw new Error('ready');
		expect(localStorage.getItem(FIRST_CARDS_KEY)).toBeNull();
		const id = opened.session.item!.question.id;
		await answerRight(opened.session);
		await nextIdle();
		expect(keptQuestions(library.stamp)!.get(id)).toEqual(library.index.questions[library.index.byId.get(id)!]);
	});

	test('keeps nothing for an answer to a built-in question: the page has those from its code', async () => {
		const opened = await openLearn('putin-north-korea', false, START);
		if (opened.kind !== 'ready') throw new Error('ready');
		await answerRight(opened.session);
		await nextIdle();
		expect(localStorage.getItem(FIRST_CARDS_KEY)).toBeNull();
	});

	test('a starred round holds the starred questions only, a well-known one starting typed and last', async () => {
		await setStar('pnk-place-city-airport-welcome', true);
		await setStar('pnk-date-ukraine-invasion-2022', true);
		await setStar('pnk-person-nsc-spokesman-kirby', true);
		const known = { ...newCard('pnk-date-ukraine-invasion-2022', new Date(START)), state: State.Review, stability: 40, due: new Date(START + 20 * 86_400_000) };
		await (await getDb()).put('cards', known);

		const opened = await openLearn('putin-north-korea', true, START);
		if (opened.kind !== 'ready') throw new Error('ready');
		expect(opened.session.round).toMatchObject({ starredOnly: true, setId: 'putin-north-korea' });
		expect(opened.session.round.questionIds).toEqual([
			'pnk-person-nsc-spokesman-kirby',
			'pnk-place-city-airport-welcome',
			'pnk-date-ukraine-invasion-2022'
		]);
		expect(opened.session.progress.steps.get('pnk-date-ukraine-invasion-2022')).toBe('typed');
		expect(opened.session.progress.steps.get('pnk-place-city-airport-welcome')).toBe('choice');
	});
});
