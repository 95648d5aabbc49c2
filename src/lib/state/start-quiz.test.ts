import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { goto, preloadCode } from '$app/navigation';
import { builtinSets } from '$lib/bank/builtin';
import { addImportedSet } from '$lib/db/sets';
import { setsChanged } from '$lib/db/set-events';
import { setWithNothingToFix, useFreshDatabase } from '$lib/db/testing';
import { recordAnswer } from '$lib/db/attempts';
import { activeQuiz, getQuiz } from '$lib/db/quizzes';
import type { QuizRecord } from '$lib/db/schema';
import { enShell } from '$lib/i18n/shell-en';
import type { Messages } from '$lib/i18n';
import { nextIdle } from '$lib/components/idle';
import { FIRST_CARDS_KEY, keptQuestions } from './first-cards';
import { library } from './library.svelte';
import { memoryStorage } from './storage-testing';
import { currentScheduler } from './scheduler';
import { prepareBank } from '$lib/quiz/bank-index';
import { NEXT_QUIZ_KEY } from './next-quiz';
import { takeHandedOver } from './quiz-handover';
import { dealQuiz, fetchQuizEngine, quizAhead, quizOnQuestions, quizOnSet, startDealt, startFailureText, startQuiz, type DealOptions, type ReplaceChoice, type Unfinished } from './start-quiz';

vi.mock('$app/navigation', () => ({ goto: vi.fn(async () => {}), preloadCode: vi.fn(async () => {}) }));
// counts how often the bank is indexed
vi.mock('$lib/quiz/bank-index', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/quiz/bank-index')>();
	return { ...actual, prepareBank: vi.fn(actual.prepareBank) };
});

// holds the own sets' read while `heldRead` is pending: the quiz screen is usable before it ends
let heldRead: Promise<void> | undefined;
vi.mock('$lib/db/ready-sets', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/db/ready-sets')>();
	return { ...actual, readyTeacherSets: vi.fn(async () => (await heldRead, actual.readyTeacherSets())) };
});

const OPTIONS: DealOptions = { categories: ['date', 'person', 'place'], source: { type: 'all' }, length: 5, mode: 'choice', weakSpots: false };

/** A quiz in progress with `answered` of its questions answered. */
async function inProgress(answered: number): Promise<QuizRecord> {
	const quiz = (await dealQuiz(OPTIONS, 1_000))!;
	for (const item of quiz.items.slice(0, answered)) {
		const attempt = { questionId: item.question.id, quizId: quiz.id, given: 'x', correct: false, mode: 'choice' as const, ms: 1, at: 2_000 };
		await recordAnswer(attempt, undefined, false, currentScheduler());
	}
	return quiz;
}

/** An `ask` that answers `choice` and notes what it was asked about. */
function answering(choice: ReplaceChoice) {
	const asked: Unfinished[] = [];
	const ask = async (unfinished: Unfinished) => {
		asked.push(unfinished);
		return choice;
	};
	return { ask, asked };
}

useFreshDatabase();
beforeEach(() => vi.mocked(goto).mockClear());

describe('starting a quiz while another is in progress', () => {
	test('with an answer in it, the student is asked, told how far it got', async () => {
		const old = await inProgress(2);
		const { ask, asked } = answering('cancel');
		await startQuiz(OPTIONS, ask);
		expect(asked.map((u) => [u.quiz.id, u.answered, u.quiz.items.length])).toEqual([[old.id, 2, 5]]);
	});

	test('cancel changes nothing and opens nothing', async () => {
		const old = await inProgress(1);
		expect(await startQuiz(OPTIONS, answering('cancel').ask)).toBeUndefined();
		expect((await activeQuiz())?.id).toBe(old.id);
		expect(goto).not.toHaveBeenCalled();
	});

	test('continue opens the quiz in progress, untouched', async () => {
		const old = await inProgress(1);
		await startQuiz(OPTIONS, answering('continue').ask);
		expect((await activeQuiz())?.id).toBe(old.id);
		expect(goto).toHaveBeenCalledWith('/quiz/play');
	});

	test('discard sets it aside and opens the new quiz', async () => {
		const old = await inProgress(1);
		await startQuiz({ ...OPTIONS, mode: 'typed' }, answering('discard').ask);
		expect((await getQuiz(old.id))?.status).toBe('abandoned');
		expect((await activeQuiz())?.options.mode).toBe('typed');
		expect(goto).toHaveBeenCalledWith('/quiz/play');
	});

	test('a quiz with no answer yet is replaced without asking', async () => {
		const old = await inProgress(0);
		const { ask, asked } = answering('cancel');
		await startQuiz(OPTIONS, ask);
		expect(asked).toEqual([]);
		expect((await getQuiz(old.id))?.status).toBe('abandoned');
		expect(goto).toHaveBeenCalledWith('/quiz/play');
	});
});

describe('a quiz on chosen questions (a set’s starred ones, the weakest)', () => {
	test('deals exactly those questions, every one, as choices, and opens it', async () => {
		const ids = builtinSets[1]!.questions.slice(2, 5).map((q) => q.id);
		expect(await quizOnQuestions(ids)).toBeUndefined();
		const quiz = (await activeQuiz())!;
		expect(quiz.items.map((item) => item.question.id).sort()).toEqual([...ids].sort());
		expect(quiz.options).toMatchObject({ mode: 'choice', length: 'all', source: { type: 'questions', ids } });
		expect(goto).toHaveBeenCalledWith('/quiz/play');
	});
});

describe('a quiz on a set', () => {
	test('a set stored a moment ago, while the library held the sets as they were, is dealt whole', async () => {
		await library.load();
		const { set } = await addImportedSet(setWithNothingToFix('fresh'));
		expect(await quizOnSet(set.id)).toBeUndefined();
		const quiz = (await activeQuiz())!;
		expect(quiz.items.map((item) => item.question.id)).toEqual(['fresh-1']);
		expect(quiz.options).toMatchObject({ mode: 'choice', length: 'all', source: { type: 'set', id: 'fresh' } });
		expect(goto).toHaveBeenCalledWith('/quiz/play');
	});
});

describe('the quiz handed to its screen', () => {
	/** What the quiz's screen would find handed over while it opens. */
	function handedWhileOpening(): { handed: (QuizRecord | undefined)[] } {
		const handed: (QuizRecord | undefined)[] = [];
		vi.mocked(goto).mockImplementationOnce(async () => void handed.push(takeHandedOver()));
		return { handed };
	}

	test('is the quiz just dealt and stored, and is gone once the screen is open', async () => {
		const { handed } = handedWhileOpening();
		await startQuiz(OPTIONS);
		expect(handed).toHaveLength(1);
		expect(handed[0]).toEqual(await activeQuiz());
		expect(takeHandedOver()).toBeUndefined();
	});

	test('is nothing when the quiz in progress is continued', async () => {
		const old = await inProgress(1);
		const { handed } = handedWhileOpening();
		await startQuiz(OPTIONS, answering('continue').ask);
		expect(handed).toEqual([undefined]);
		expect((await activeQuiz())?.id).toBe(old.id);
	});

	test('is gone when opening the screen fails', async () => {
		vi.mocked(goto).mockImplementationOnce(async () => Promise.reject(new Error('navigation cancelled')));
		await expect(startQuiz(OPTIONS)).rejects.toThrow('navigation cancelled');
		expect(takeHandedOver()).toBeUndefined();
	});
});

describe('a quiz whose code has not arrived', () => {
	test('says Kasoti is still downloading, not that the quiz failed, and opens nothing', async () => {
		const missing = new TypeError('Failed to fetch dynamically imported module: /_app/immutable/chunks/x.js');
		const failure = await startDealt(() => Promise.reject(missing));
		expect(failure).toBe('downloading');
		expect(goto).not.toHaveBeenCalled();
		expect(startFailureText(enShell as Messages, failure!)).toBe(`${enShell.stillDownloadingHeading}. ${enShell.stillDownloadingBody}`);
	});
});

describe('the quiz screen, once usable', () => {
	test('indexes the bank while idle, so dealing on Start does not index it again', async () => {
		// the same sets as a new list: what the library holds after a change, not yet indexed
		library.sets = [...library.sets];
		const before = vi.mocked(prepareBank).mock.calls.length;
		await fetchQuizEngine();
		expect(vi.mocked(prepareBank).mock.calls.length).toBe(before + 1);
		expect(await dealQuiz(OPTIONS, 1_000)).toBeDefined();
		expect(vi.mocked(prepareBank).mock.calls.length).toBe(before + 1);
	});

	// the quiz screen is usable before the own sets are read: the bank is indexed with them, once
	test('indexes the bank once the own sets are read, so dealing from a set saved a moment ago does not index it again', async () => {
		await library.load();
		let release = () => {};
		heldRead = new Promise((resolve) => (release = resolve));
		// saving a set reads the sets again: held, as a large set's read takes a while
		const own = (await addImportedSet(setWithNothingToFix('capitals'))).id;
		const before = vi.mocked(prepareBank).mock.calls.length;
		const fetching = fetchQuizEngine();
		await new Promise((resolve) => setTimeout(resolve, 50));
		release();
		await fetching;
		expect(vi.mocked(prepareBank).mock.calls.length).toBe(before + 1);
		expect((await dealQuiz({ ...OPTIONS, source: { type: 'set', id: own } }, 1_000))?.items).toHaveLength(1);
		expect(vi.mocked(prepareBank).mock.calls.length).toBe(before + 1);
	});

	// a retry on a reloaded results page deals before any page has read the own sets
	test('a quiz dealt while the own sets are being read waits for them, and deals from a set saved a moment ago', async () => {
		await library.load();
		let release = () => {};
		heldRead = new Promise((resolve) => (release = resolve));
		// a set no earlier test stored: the library cannot hold it from before
		const own = (await addImportedSet(setWithNothingToFix('rivers'))).set.questions[0]!.id;
		const dealing = dealQuiz({ ...OPTIONS, source: { type: 'questions', ids: [own] }, length: 'all' }, 1_000);
		await new Promise((resolve) => setTimeout(resolve, 50));
		release();
		expect((await dealing)?.items.map((item) => item.question.id)).toEqual([own]);
	});

	test('loads the quiz screen ahead, so Start opens it without waiting for its code', async () => {
		vi.mocked(preloadCode).mockClear();
		await fetchQuizEngine();
		expect(vi.mocked(preloadCode).mock.calls).toEqual([['/quiz/play']]);
		await startQuiz(OPTIONS);
		expect(vi.mocked(goto)).toHaveBeenLastCalledWith('/quiz/play');
	});
});

describe('a dealt quiz', () => {
	// its answers rate cards that come back within minutes: the next flashcard visit's likely first
	test('keeps its own sets’ questions, as the library holds them, for /cards’ first card, and not the built-in ones', async () => {
		// a quiz an earlier test dealt keeps its questions once idle: that happens before this test's storage
		await nextIdle();
		vi.stubGlobal('localStorage', memoryStorage());
		try {
			await dealQuiz({ ...OPTIONS, source: { type: 'set', id: builtinSets[0]!.id } }, 500);
			await nextIdle();
			// the page has the built-in questions from its code
			expect(localStorage.getItem(FIRST_CARDS_KEY)).toBeNull();
			const own = (await addImportedSet(setWithNothingToFix('capitals'))).set.questions[0]!.id;
			await library.load();
			const quiz = (await dealQuiz({ ...OPTIONS, length: 'all' }, 1_000))!;
			expect(quiz.items.map((item) => item.question.id)).toContain(own);
			await nextIdle();
			const kept = keptQuestions(library.stamp)!;
			expect([...kept.keys()]).toEqual([own]);
			expect(kept.get(own)).toEqual(library.index.questions[library.index.byId.get(own)!]);
			localStorage.clear();
			await dealQuiz({ ...OPTIONS, length: 'all', trial: true }, 2_000);
			await nextIdle();
			expect(localStorage.getItem(FIRST_CARDS_KEY)).toBeNull();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('a quiz dealt ahead', () => {
	/** The quiz kept ahead, as stored. */
	const keptAhead = () => JSON.parse(localStorage.getItem(NEXT_QUIZ_KEY) ?? 'null') as { seed: string; items: QuizRecord['items'] } | null;

	beforeEach(async () => {
		// what an earlier test dealt keeps its questions and deals ahead once idle: before this test's storage
		await nextIdle();
		await nextIdle();
		vi.stubGlobal('localStorage', memoryStorage());
		// the library read the database of an earlier test: it reads this one's
		setsChanged();
		await library.load();
	});
	afterEach(() => vi.unstubAllGlobals());

	test('is dealt by the quiz screen once the bank is indexed, and a Start with its choices opens it without indexing', async () => {
		await fetchQuizEngine(() => OPTIONS);
		const kept = keptAhead()!;
		expect(kept.items).toHaveLength(5);
		expect(await quizAhead(OPTIONS)).toBeDefined();
		expect(await quizAhead({ ...OPTIONS, length: 10 })).toBeUndefined();
		// the same sets as a new list: dealing from the questions would index them again
		library.sets = [...library.sets];
		const before = vi.mocked(prepareBank).mock.calls.length;
		expect(await startQuiz(OPTIONS)).toBeUndefined();
		const active = (await activeQuiz())!;
		expect(active.items).toEqual(kept.items);
		expect(active.seed).toBe(kept.seed);
		expect(active.options).toEqual(OPTIONS);
		expect(vi.mocked(prepareBank).mock.calls.length).toBe(before);
		expect(await quizAhead(OPTIONS)).toBeUndefined();
	});

	test('opened, keeps its questions for /cards and deals the next, once its screen has been up a moment', async () => {
		const own = (await addImportedSet(setWithNothingToFix('capitals'))).set;
		const options: DealOptions = { ...OPTIONS, source: { type: 'set', id: own.id }, length: 'all' };
		await fetchQuizEngine(() => options);
		const kept = keptAhead()!;
		expect(await startQuiz(options)).toBeUndefined();
		expect((await activeQuiz())?.seed).toBe(kept.seed);
		expect(keptAhead()).toBeNull();
		await expect.poll(() => keptAhead()?.seed, { timeout: 5_000, interval: 100 }).toBeDefined();
		expect(keptAhead()!.seed).not.toBe(kept.seed);
		// its questions are kept for /cards just after the next is dealt: a busy machine may take a moment more
		await expect.poll(() => keptQuestions(library.stamp), { timeout: 5_000, interval: 100 }).toBeDefined();
		expect([...keptQuestions(library.stamp)!.keys()]).toEqual(own.questions.map((q) => q.id));
	});

	test('is dealt once idle after a quiz dealt from the questions, and is not used once a set has changed', async () => {
		await dealQuiz(OPTIONS, 1_000);
		expect(keptAhead()).toBeNull();
		await nextIdle();
		await nextIdle();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(await quizAhead(OPTIONS)).toBeDefined();
		await addImportedSet(setWithNothingToFix('rivers'));
		expect(await quizAhead(OPTIONS)).toBeUndefined();
		const kept = keptAhead()!;
		const quiz = (await dealQuiz(OPTIONS, 2_000))!;
		expect(quiz.seed).not.toBe(kept.seed);
		expect(keptAhead()).toBeNull();
	});

	test('is not stored when what was kept is not a quiz the screen can show: one is dealt from the questions', async () => {
		await fetchQuizEngine(() => OPTIONS);
		const kept = keptAhead()!;
		localStorage.setItem(NEXT_QUIZ_KEY, JSON.stringify({ ...kept, items: [{ ...kept.items[0], mode: 'riddle' }] }));
		expect(await quizAhead(OPTIONS)).toBeDefined();
		const quiz = (await dealQuiz(OPTIONS, 3_000))!;
		expect(quiz.items).toHaveLength(5);
		expect(quiz.items.every((item) => ['choice', 'typed', 'tf'].includes(item.mode))).toBe(true);
		expect((await getQuiz(quiz.id))?.items).toEqual(quiz.items);
	});

	test('is never dealt for weak spots or a trial', async () => {
		await fetchQuizEngine(() => ({ ...OPTIONS, weakSpots: true }));
		await dealQuiz({ ...OPTIONS, trial: true }, 1_000);
		await nextIdle();
		await nextIdle();
		expect(keptAhead()).toBeNull();
	});
});
