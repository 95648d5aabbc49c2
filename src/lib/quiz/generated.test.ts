/**
 * The built-in bank as students meet it: every question dealt in every mode with several seeds,
 * and every item read by lintItem. A failure names the question, the mode and what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../bank/builtin';
import { bankQuestions, prepareBank } from './bank-index';
import { buildQuiz, type QuizItem, type QuizMode } from './build-quiz';
import { pickDistractors } from './distractors';
import { lintItem } from './lint';
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
