/**
 * Building a quiz must not cost more as the bank grows: a 20-question quiz from a 100,000-question
 * bank, goal a median under 5 ms. Run with `npx vitest bench --run src/lib/quiz`.
 */
import { bench, describe } from 'vitest';
import type { Category } from '../bank/schema';
import { prepareBank } from './bank-index';
import { buildQuiz } from './build-quiz';
import { createRng } from './random';
import { syntheticBank } from './synthetic-bank';

const questions = syntheticBank(100_000);
// prepared once, outside the measured functions: the app prepares when the bank loads
const bank = prepareBank(questions);
const categories: Category[] = ['date', 'person', 'place'];
// a student who has answered 5,000 questions, a third of them wrongly last time
const history = new Map(
	questions
		.slice(0, 5000)
		.map((q, i) => [q.id, { seen: 2, wrong: i % 3 === 0 ? 1 : 0, lastRight: i % 3 !== 0 }])
);
let seed = 0;

describe('buildQuiz, 100,000-question bank, 20 questions', () => {
	bench('choice, whole bank', () => {
		const options = { categories, source: { type: 'all' }, length: 20, mode: 'choice' } as const;
		buildQuiz(bank, { ...options, maxYear: 2025 }, createRng(seed++));
	});

	bench('mixed, one set', () => {
		const options = { categories, source: { type: 'set', id: 'set-7' }, length: 20, mode: 'mixed' } as const;
		buildQuiz(bank, options, createRng(seed++));
	});

	bench('choice, weak spots with 5,000 answered', () => {
		const options = { categories, source: { type: 'all' }, length: 20, mode: 'choice' } as const;
		buildQuiz(bank, { ...options, weakSpots: true, history }, createRng(seed++));
	});
});

describe('prepareBank, 100,000 questions', () => {
	bench('prepareBank', () => {
		prepareBank(questions);
	}, { iterations: 5, time: 0 });
});
