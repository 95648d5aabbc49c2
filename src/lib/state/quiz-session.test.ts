import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fillDiskOnNextPut, useFreshDatabase } from '$lib/db/testing';
import { attemptsOfQuiz } from '$lib/db/attempts';
import { getCard } from '$lib/db/cards';
import { getDb } from '$lib/db/open';
import { activeQuiz, getQuiz, startQuiz } from '$lib/db/quizzes';
import { type Attempt, type QuizRecord } from '$lib/db/schema';
import { question } from '$lib/quiz/fixtures';
import type { QuizItem } from '$lib/quiz/types';
import { Rating } from '$lib/srs';
import { noteFeedback } from './quiz-resume';
import { QuizSession, quizToPlay } from './quiz-session.svelte';
import { memoryStorage } from './storage-testing';

const START = new Date('2026-11-24T09:00:00Z').getTime();

const items: QuizItem[] = [
	{
		mode: 'choice',
		question: question({ id: 'q-putin', category: 'person', answer: 'પુતિન', quote: 'પુતિન પહોંચ્યા.' }),
		options: ['મોદી', 'પુતિન', 'કિમ'],
		correct: 1
	},
	{ mode: 'typed', question: question({ id: 'q-city', category: 'place', answer: 'પ્યોંગયાંગ', quote: 'પ્યોંગયાંગમાં બેઠક થઈ.' }) },
	{
		mode: 'tf',
		question: question({ id: 'q-year', category: 'date', answer: '૨૦૨૨', quote: 'રશિયાએ ૨૦૨૨માં હુમલો કર્યો.' }),
		statement: 'રશિયાએ ૨૦૨૨માં હુમલો કર્યો.',
		claim: '૨૦૨૨',
		truth: true,
		fromQuote: true
	}
];

const quiz: QuizRecord = {
	id: 'quiz-1',
	seed: 'seed',
	options: { categories: ['date', 'person', 'place'], source: { type: 'all' }, length: 'all', mode: 'mixed' },
	items,
	startedAt: START,
	status: 'active'
};

/** A clock the test moves by hand; the session reads it when a question shows and when it is answered. */
let clock = START;
const now = () => clock;

async function countStored() {
	const db = await getDb();
	return { attempts: await db.count('attempts'), cards: await db.count('cards'), reviews: await db.count('reviews') };
}

useFreshDatabase();
beforeEach(async () => {
	clock = START;
	// where the session notes that the student left a feedback
	vi.stubGlobal('localStorage', memoryStorage());
	await startQuiz(quiz);
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('answering', () => {
	test('an answer is stored (answer, card and rating) before its feedback shows', async () => {
		const session = new QuizSession(quiz, [], now);
		clock += 4_000;
		const answering = session.answerChoice(1);
		expect(session.outcome).toBeUndefined();
		await answering;

		expect(session.outcome).toEqual({ correct: true, almost: false, given: 'પુતિન' });
		const [attempt] = await attemptsOfQuiz('quiz-1');
		expect(attempt).toMatchObject({ questionId: 'q-putin', given: 'પુતિન', correct: true, mode: 'choice', ms: 4_000 });
		expect((await getCard('q-putin'))?.reps).toBe(1);
		expect(await countStored()).toEqual({ attempts: 1, cards: 1, reviews: 1 });
	});

	test('the card is rated from the answer: right is Good, right but slow is Hard, wrong is Again', async () => {
		const session = new QuizSession(quiz, [], now);
		clock += 3_000;
		await session.answerChoice(1);
		session.next();
		clock += 20_000;
		await session.answerTyped('પ્યોંગયાંગ');
		session.next();
		clock += 2_000;
		await session.answerTrueFalse(false);

		const db = await getDb();
		const ratings = Object.fromEntries((await db.getAll('reviews')).map((r) => [r.questionId, r.rating]));
		expect(ratings).toEqual({ 'q-putin': Rating.Good, 'q-city': Rating.Hard, 'q-year': Rating.Again });
	});

	test('a right true/false answer is stored but rates no card: a guess is right half the time', async () => {
		const session = new QuizSession({ ...quiz, items: [items[2]!] }, [], now);
		await session.answerTrueFalse(true);
		expect(session.outcome?.correct).toBe(true);
		expect(await countStored()).toEqual({ attempts: 1, cards: 0, reviews: 0 });
	});

	test('a teacher’s trial run keeps its answers, marked, and touches no card', async () => {
		const trial = { ...quiz, options: { ...quiz.options, trial: true } };
		const session = new QuizSession(trial, [], now);
		await session.answerChoice(0);
		expect(await countStored()).toEqual({ attempts: 1, cards: 0, reviews: 0 });
		expect((await attemptsOfQuiz('quiz-1')).map((a) => [a.correct, a.trial])).toEqual([[false, true]]);
	});

	test('a quiz taken up again after a reload goes on at the first unanswered question', async () => {
		const first = new QuizSession(quiz, [], now);
		await first.answerChoice(0);
		first.next();
		clock += 1_000;
		await first.answerTyped('પ્યોંગયાંગ');
		first.next();

		const resumed = new QuizSession(quiz, await attemptsOfQuiz('quiz-1'), now);
		expect(resumed.index).toBe(2);
		expect(resumed.item?.question.id).toBe('q-year');
		expect(resumed.outcome).toBeUndefined();
		expect(resumed.finished).toBe(false);
		expect(resumed.answers.map((a) => a.correct)).toEqual([false, true]);
	});

	test('regression: reloaded on the feedback of an answer, the quiz shows that feedback again', async () => {
		const first = new QuizSession(quiz, [], now);
		await first.answerChoice(0);
		first.next();
		clock += 1_000;
		await first.answerTyped('પ્યોંગયાંગ');

		const resumed = new QuizSession(quiz, await attemptsOfQuiz('quiz-1'), now);
		expect(resumed.index).toBe(1);
		expect(resumed.outcome).toEqual({ correct: true, almost: false, given: 'પ્યોંગયાંગ' });
		resumed.next();
		expect(resumed.item?.question.id).toBe('q-year');
		// moved on now: a second reload goes on at the next question
		expect(new QuizSession(quiz, await attemptsOfQuiz('quiz-1'), now).outcome).toBeUndefined();
	});

	test('regression: reloaded on the feedback of the last answer, the quiz shows it before the results', async () => {
		const first = new QuizSession(quiz, [], now);
		for (const answer of [() => first.answerChoice(0), () => first.answerTyped('પ્યોંગયાંગ'), () => first.answerTrueFalse(true)]) {
			first.next();
			clock += 1_000;
			await answer();
		}
		expect(await activeQuiz()).toBeUndefined();

		// the finished quiz is the one to open again, on its last feedback
		const stored = (await quizToPlay())!;
		expect(stored.id).toBe('quiz-1');
		const resumed = new QuizSession(stored, await attemptsOfQuiz('quiz-1'), now);
		expect(resumed.finished).toBe(true);
		expect(resumed.item?.question.id).toBe('q-year');
		expect(resumed.outcome).toEqual({ correct: true, almost: false, given: 'true' });
		resumed.next();
		expect(resumed.item).toBeUndefined();
		expect(await quizToPlay()).toBeUndefined();
	});

	test('regression: a resume after two answers to one question goes on at the question not yet answered', async () => {
		const answer = (questionId: string, at: number): Attempt => ({ questionId, quizId: 'quiz-1', given: 'x', correct: true, mode: 'choice', ms: 1, at });
		// two tabs once both answered the first question: counting answers skipped the second
		noteFeedback('quiz-1', 'q-putin', true);
		const resumed = new QuizSession(quiz, [answer('q-putin', 1), answer('q-putin', 2)], now);
		expect(resumed.index).toBe(1);
		expect(resumed.item?.question.id).toBe('q-city');
		expect(resumed.finished).toBe(false);
	});

	test('regression: a question answered meanwhile in another tab is not answered, rated or counted twice', async () => {
		const here = new QuizSession(quiz, [], now);
		const there = new QuizSession(quiz, [], now);
		await there.answerChoice(1);
		await here.answerChoice(0);

		expect(here.outcome).toBeUndefined();
		expect(here.storageProblem).toBeUndefined();
		// it takes the other tab's answer and moves on to the next question
		expect(here.item?.question.id).toBe('q-city');
		expect(await countStored()).toEqual({ attempts: 1, cards: 1, reviews: 1 });
	});

	test('the last answer marks the quiz done', async () => {
		const session = new QuizSession(quiz, [], now);
		await session.answerChoice(1);
		session.next();
		await session.answerTyped('પ્યોંગયાંગ');
		expect((await getQuiz('quiz-1'))?.status).toBe('active');
		session.next();
		clock += 60_000;
		await session.answerTrueFalse(true);

		expect(session.finished).toBe(true);
		expect(await getQuiz('quiz-1')).toMatchObject({ status: 'done', finishedAt: START + 60_000 });
		expect(await activeQuiz()).toBeUndefined();
	});
});

describe('when the answer cannot be stored', () => {
	test('a full disk leaves the question unanswered, says so, and the answer can be given again', async () => {
		const session = new QuizSession(quiz, [], now);
		fillDiskOnNextPut();
		await session.answerChoice(1);

		expect(session.storageProblem).toBe('full');
		expect(session.outcome).toBeUndefined();
		expect(session.answers).toEqual([]);
		expect(session.index).toBe(0);
		// The transaction was rolled back: no answer without its card, or card without its answer.
		expect(await countStored()).toEqual({ attempts: 0, cards: 0, reviews: 0 });

		await session.answerChoice(1);
		expect(session.storageProblem).toBeUndefined();
		expect(session.outcome?.correct).toBe(true);
		expect(await countStored()).toEqual({ attempts: 1, cards: 1, reviews: 1 });
	});

	test('any other failure is reported as failed, not as a full disk', async () => {
		const session = new QuizSession(quiz, [], now);
		// The browser closed the connection (say, site data was cleared): every write now throws.
		(await getDb()).close();
		await session.answerChoice(1);

		expect(session.storageProblem).toBe('failed');
		expect(session.outcome).toBeUndefined();
		expect(session.answers).toEqual([]);
		expect(session.index).toBe(0);
	});
});
