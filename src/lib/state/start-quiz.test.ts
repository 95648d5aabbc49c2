import { beforeEach, describe, expect, test, vi } from 'vitest';
import { goto, preloadCode } from '$app/navigation';
import { useFreshDatabase } from '$lib/db/testing';
import { recordAnswer } from '$lib/db/attempts';
import { activeQuiz, getQuiz } from '$lib/db/quizzes';
import type { QuizRecord } from '$lib/db/schema';
import { enShell } from '$lib/i18n/shell-en';
import type { Messages } from '$lib/i18n';
import { nextIdle } from '$lib/components/idle';
import { keptQuestions, stampOf } from './first-cards';
import { library } from './library.svelte';
import { memoryStorage } from './storage-testing';
import { currentScheduler } from './scheduler';
import { prepareBank } from '$lib/quiz/bank-index';
import { dealQuiz, fetchQuizEngine, startDealt, startFailureText, startQuiz, type DealOptions, type ReplaceChoice, type Unfinished } from './start-quiz';

vi.mock('$app/navigation', () => ({ goto: vi.fn(async () => {}), preloadCode: vi.fn(async () => {}) }));
// counts how often the bank is indexed
vi.mock('$lib/quiz/bank-index', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/quiz/bank-index')>();
	return { ...actual, prepareBank: vi.fn(actual.prepareBank) };
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
	test('keeps its questions, as the library holds them, for /cards’ first card', async () => {
		vi.stubGlobal('localStorage', memoryStorage());
		try {
			await library.load();
			const quiz = (await dealQuiz(OPTIONS, 1_000))!;
			await nextIdle();
			const kept = keptQuestions()!;
			expect(kept.stamp).toBe(stampOf(library.stamp));
			for (const item of quiz.items) {
				const held = library.index.questions[library.index.byId.get(item.question.id)!];
				expect(kept.questions.get(item.question.id)).toEqual(held);
			}
			localStorage.clear();
			await dealQuiz({ ...OPTIONS, trial: true }, 2_000);
			await nextIdle();
			expect(keptQuestions()).toBeUndefined();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
