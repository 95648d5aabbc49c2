import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DB_VERSION } from '$lib/db/migrations';
import type { QuizItem } from '$lib/quiz/types';
import { isDealtAhead, isFor, keepNextQuiz, mayHaveNextQuiz, MOST_KEPT_CHARS, NEXT_QUIZ_KEY, nextQuizFor, takeNextQuiz } from './next-quiz';
import type { DealOptions } from './start-quiz';
import { memoryStorage } from './storage-testing';

const CHOICES: DealOptions = { categories: ['person', 'date'], source: { type: 'set', id: 'gk' }, length: 10, mode: 'choice', weakSpots: false };
const SETS = '[["gk",5,true,"c1"]]';
const NOW = Date.UTC(2026, 11, 5, 10);

const item = (id: string, prompt = 'કોણ?'): QuizItem => ({
	mode: 'typed',
	question: { id, setId: 'gk', category: 'person', prompt, answer: 'કિમ', accept: [], quote: '', en: '', article: 'gk.txt' }
});
const DEALT = { seed: 'abc', items: [item('q1'), item('q2')] };
const KEPT = { ...DEALT, count: 7 };

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('the next quiz, dealt ahead', () => {
	test('is given back once for the same choices and sets, in any order of categories', () => {
		keepNextQuiz(CHOICES, SETS, KEPT, NOW);
		const same = { ...CHOICES, categories: ['date', 'person'] as DealOptions['categories'] };
		const ahead = nextQuizFor(same, SETS, NOW);
		expect(ahead?.count).toBe(7);
		expect(isFor(ahead, CHOICES)).toBe(true);
		expect(isFor(ahead, { ...CHOICES, length: 20 })).toBe(false);
		expect(isFor(undefined, CHOICES)).toBe(false);
		expect(takeNextQuiz(same, SETS, NOW)).toEqual(DEALT);
		expect(takeNextQuiz(same, SETS, NOW)).toBeUndefined();
		expect(localStorage.getItem(NEXT_QUIZ_KEY)).toBeNull();
	});

	test('is not given for other choices, and stays for its own', () => {
		keepNextQuiz(CHOICES, SETS, KEPT, NOW);
		const others: DealOptions[] = [
			{ ...CHOICES, categories: ['person'] },
			{ ...CHOICES, source: { type: 'all' } },
			{ ...CHOICES, source: { type: 'set', id: 'other' } },
			{ ...CHOICES, source: { type: 'article', file: 'gk' } },
			{ ...CHOICES, length: 20 },
			{ ...CHOICES, mode: 'typed' }
		];
		expect(mayHaveNextQuiz(CHOICES, NOW)).toBe(true);
		for (const choices of others) {
			expect(mayHaveNextQuiz(choices, NOW)).toBe(false);
			expect(nextQuizFor(choices, SETS, NOW)).toBeUndefined();
			expect(takeNextQuiz(choices, SETS, NOW)).toBeUndefined();
		}
		expect(takeNextQuiz(CHOICES, SETS, NOW)).toEqual(DEALT);
	});

	test('is dropped once the own sets, the year, the app or the database are not as they were', () => {
		const kept = () => (localStorage.clear(), keepNextQuiz(CHOICES, SETS, KEPT, NOW), JSON.parse(localStorage.getItem(NEXT_QUIZ_KEY)!));
		keepNextQuiz(CHOICES, SETS, KEPT, NOW);
		// whether the sets are as they were takes a read of the database: this does not ask
		expect(mayHaveNextQuiz(CHOICES, NOW)).toBe(true);
		expect(nextQuizFor(CHOICES, '[]', NOW)).toBeUndefined();
		expect(takeNextQuiz(CHOICES, '[]', NOW)).toBeUndefined();
		expect(localStorage.getItem(NEXT_QUIZ_KEY)).toBeNull();

		keepNextQuiz(CHOICES, SETS, KEPT, NOW);
		expect(mayHaveNextQuiz(CHOICES, Date.UTC(2027, 0, 2))).toBe(false);
		expect(takeNextQuiz(CHOICES, SETS, Date.UTC(2027, 0, 2))).toBeUndefined();
		expect(localStorage.getItem(NEXT_QUIZ_KEY)).toBeNull();

		const older = kept();
		localStorage.setItem(NEXT_QUIZ_KEY, JSON.stringify({ ...older, by: older.by.replace(` ${DB_VERSION}`, ` ${DB_VERSION - 1}`) }));
		expect(takeNextQuiz(CHOICES, SETS, NOW)).toBeUndefined();
		const before = kept();
		localStorage.setItem(NEXT_QUIZ_KEY, JSON.stringify({ ...before, by: `0.0.1-${before.by}` }));
		expect(nextQuizFor(CHOICES, SETS, NOW)).toBeUndefined();
		expect(takeNextQuiz(CHOICES, SETS, NOW)).toBeUndefined();
	});

	test('is none when what is stored is not JSON, lacks a field, holds no question or counts none', () => {
		const whole = (keepNextQuiz(CHOICES, SETS, KEPT, NOW), JSON.parse(localStorage.getItem(NEXT_QUIZ_KEY)!));
		for (const damaged of ['{"by":', 'null', JSON.stringify({ ...whole, seed: 5 }), JSON.stringify({ ...whole, items: [] }), JSON.stringify({ ...whole, count: 0 })]) {
			localStorage.setItem(NEXT_QUIZ_KEY, damaged);
			expect(mayHaveNextQuiz(CHOICES, NOW)).toBe(false);
			expect(nextQuizFor(CHOICES, SETS, NOW)).toBeUndefined();
			expect(takeNextQuiz(CHOICES, SETS, NOW)).toBeUndefined();
		}
	});

	test('is never dealt for weak spots, a trial or a retry, and a quiz too long to keep leaves the kept one', () => {
		for (const choices of [{ ...CHOICES, weakSpots: true }, { ...CHOICES, trial: true }, { ...CHOICES, source: { type: 'questions', ids: ['q1'] } }] as DealOptions[]) {
			expect(isDealtAhead(choices)).toBe(false);
			keepNextQuiz(choices, SETS, KEPT, NOW);
			expect(localStorage.getItem(NEXT_QUIZ_KEY)).toBeNull();
		}
		keepNextQuiz(CHOICES, SETS, KEPT, NOW);
		const long = { seed: 'long', count: 50, items: Array.from({ length: 50 }, (_, i) => item(`q${i}`, 'ક'.repeat(MOST_KEPT_CHARS / 50))) };
		keepNextQuiz(CHOICES, SETS, long, NOW);
		expect(takeNextQuiz(CHOICES, SETS, NOW)).toEqual(DEALT);
	});

	test('costs nothing where storage refuses', () => {
		vi.stubGlobal('localStorage', undefined);
		keepNextQuiz(CHOICES, SETS, KEPT, NOW);
		expect(takeNextQuiz(CHOICES, SETS, NOW)).toBeUndefined();
	});
});
