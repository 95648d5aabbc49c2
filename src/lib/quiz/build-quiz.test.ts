import { describe, expect, it } from 'vitest';
import { prepareBank } from './bank-index';
import { buildQuiz, gradeChoice, gradeTrueFalse, type QuizOptions } from './build-quiz';
import { fixtureBank, question } from './fixtures';
import { createRng } from './random';

const bank = fixtureBank();
const base: QuizOptions = {
	categories: ['date', 'person', 'place'],
	source: { type: 'all' },
	length: 10,
	mode: 'choice',
	maxYear: 2025
};

describe('buildQuiz choice items', () => {
	it('offers the answer and three distractors, with the right index', () => {
		for (const item of buildQuiz(bank, { ...base, length: 'all' }, createRng('c'))) {
			if (item.mode !== 'choice') throw new Error('expected a choice item');
			expect(item.options).toHaveLength(4);
			expect(item.options[item.correct]).toBe(item.question.answer);
			expect(item.options.filter((o) => o === item.question.answer)).toHaveLength(1);
			expect(gradeChoice(item, item.correct)).toBe(true);
			expect(gradeChoice(item, (item.correct + 1) % 4)).toBe(false);
		}
	});

	it('puts the answer in each position about equally often', () => {
		const positions = [0, 0, 0, 0];
		for (let seed = 0; seed < 400; seed++)
			for (const item of buildQuiz(bank, base, createRng(`pos-${seed}`)))
				if (item.mode === 'choice') positions[item.correct]! += 1;
		// 4000 items: 1000 per position expected, about 27 standard deviation
		expect(positions.reduce((a, b) => a + b)).toBe(4000);
		for (const n of positions) {
			expect(n).toBeGreaterThan(920);
			expect(n).toBeLessThan(1080);
		}
	});

	it('is the same for the same seed', () => {
		const a = buildQuiz(bank, { ...base, mode: 'mixed' }, createRng('same'));
		const b = buildQuiz(bank, { ...base, mode: 'mixed' }, createRng('same'));
		expect(b).toEqual(a);
		const c = buildQuiz(bank, { ...base, mode: 'mixed' }, createRng('other'));
		expect(c.map((i) => i.question.id)).not.toEqual(a.map((i) => i.question.id));
	});

	it('asks typed instead when the bank has no second answer', () => {
		const lonely = prepareBank([question({ id: 'solo', category: 'person', answer: 'કિમ', quote: 'કિમ આવ્યા.' })]);
		const [item] = buildQuiz(lonely, { ...base, length: 5 }, createRng(1));
		expect(item?.mode).toBe('typed');
	});

	it('offers two options when the bank has just two answers', () => {
		const pair = prepareBank([
			question({ id: 'a', category: 'person', answer: 'કિમ', quote: 'કિમ આવ્યા.' }),
			question({ id: 'b', category: 'person', answer: 'મૂન', quote: 'મૂન આવ્યા.' })
		]);
		for (const item of buildQuiz(pair, { ...base, length: 5 }, createRng(1))) {
			expect(item.mode).toBe('choice');
			if (item.mode === 'choice') expect(item.options).toHaveLength(2);
		}
	});
});

describe('buildQuiz true-or-false items', () => {
	const items = Array.from({ length: 60 }, (_, seed) => buildQuiz(bank, { ...base, mode: 'tf' }, createRng(`tf-${seed}`))).flat();

	it('makes true and false statements about equally often', () => {
		const truths = items.filter((i) => i.mode === 'tf' && i.truth).length;
		expect(items).toHaveLength(600);
		expect(truths).toBeGreaterThan(255);
		expect(truths).toBeLessThan(345);
	});

	it('states the quote for a true item and a changed quote for a false one', () => {
		for (const item of items) {
			if (item.mode !== 'tf') throw new Error('expected a true-or-false item');
			expect(gradeTrueFalse(item, item.truth)).toBe(true);
			if (item.truth) {
				expect(item.claim).toBe(item.question.answer);
				expect(item.statement).toBe(item.question.quote);
			} else {
				expect(item.claim).not.toBe(item.question.answer);
				expect(item.statement).not.toBe(item.question.quote);
				expect(item.statement).toContain(item.claim);
			}
		}
	});
});

describe('buildQuiz modes', () => {
	it('asks only typed items in typed mode', () => {
		expect(buildQuiz(bank, { ...base, mode: 'typed' }, createRng(1)).map((i) => i.mode)).toEqual(Array(10).fill('typed'));
	});

	it('mixes all three modes in mixed mode', () => {
		const modes = new Set(buildQuiz(bank, { ...base, mode: 'mixed', length: 'all' }, createRng(5)).map((i) => i.mode));
		expect([...modes].sort()).toEqual(['choice', 'tf', 'typed']);
	});

	it('keeps year distractors at or before maxYear', () => {
		const quiz = buildQuiz(bank, { ...base, categories: ['date'], length: 'all', maxYear: 2022 }, createRng(9));
		const year = quiz.find((i) => i.question.id === 'd-year');
		if (year?.mode !== 'choice') throw new Error('expected the year as a choice item');
		expect(year.options.every((o) => o <= '૨૦૨૨')).toBe(true);
	});
});
