/**
 * The built-in bank as students meet it: every question dealt in every mode with several seeds,
 * and every item read by lintItem. A failure names the question, the mode and what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../bank/builtin';
import { CATEGORIES } from '../bank/categories';
import { bankQuestions, prepareBank } from './bank-index';
import { buildQuiz, type QuizItem, type QuizMode } from './build-quiz';
import { pickDistractors } from './distractors';
import { lintItem, lintOrder } from './lint';
import { createRng } from './random';

const bank = prepareBank(bankQuestions(builtinSets));
const MODES: QuizMode[] = ['choice', 'typed', 'tf', 'mixed'];
const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

function deal(mode: QuizMode, seed: string): QuizItem[] {
	const options = { categories: ['date', 'person', 'place'] as const, source: { type: 'all' as const }, length: 'all' as const };
	return buildQuiz(bank, { ...options, categories: [...options.categories], mode, maxYear: 2026 }, createRng(seed));
}

describe('every question of the built-in bank, dealt', () => {
	it.each(MODES)('in %s mode gives nothing a teacher would strike out', (mode) => {
		const problems = SEEDS.flatMap((seed) => deal(mode, seed).flatMap((item) => lintItem(bank, item)));
		expect([...new Set(problems)]).toEqual([]);
	});

	it.each(MODES)('in %s mode deals every question when every one is asked for', (mode) => {
		for (const seed of SEEDS) expect(deal(mode, seed)).toHaveLength(bank.questions.length);
	});

	it.each(MODES)('in %s mode keeps twenty questions to twenty, none named by an earlier one, weak spots too', (mode) => {
		const history = new Map(bank.questions.slice(0, 30).map((q, i) => [q.id, { seen: 1, wrong: i % 2, lastRight: i % 2 === 0 }]));
		for (const seed of SEEDS) {
			const options = { categories: [...CATEGORIES], source: { type: 'all' as const }, length: 20, mode, maxYear: 2026 };
			const weak = { ...options, weakSpots: true, history };
			for (const items of [buildQuiz(bank, options, createRng(seed)), buildQuiz(bank, weak, createRng(seed))]) {
				expect(items).toHaveLength(20);
				expect(lintOrder(items)).toEqual([]);
			}
		}
	});

	it('offers four options to every choice question', () => {
		for (const seed of SEEDS) {
			const short = deal('choice', seed).filter((item) => item.mode === 'choice' && item.options.length !== 4);
			expect(short.map((item) => item.question.id)).toEqual([]);
		}
	});

	it('keeps every hand-picked option', () => {
		for (const question of bank.questions) {
			const handPicked = question.distractors ?? [];
			const kept = pickDistractors(bank, question, createRng(question.id), { count: handPicked.length, handPickedOnly: true });
			expect({ id: question.id, kept: kept.sort() }).toEqual({ id: question.id, kept: [...handPicked].sort() });
		}
	});

	it('asks most questions as true/false in that mode, true and false alike', () => {
		const items = SEEDS.flatMap((seed) => deal('tf', seed));
		const tf = items.filter((item) => item.mode === 'tf');
		expect(tf.length / items.length).toBeGreaterThan(0.8);
		const falseShare = tf.filter((item) => !item.truth).length / tf.length;
		expect(falseShare).toBeGreaterThan(0.4);
		expect(falseShare).toBeLessThan(0.6);
	});
});
