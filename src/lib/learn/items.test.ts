import { describe, expect, test } from 'vitest';
import { prepareBank } from '$lib/quiz';
import { fixtureBank, question } from '$lib/quiz/fixtures';
import { canChoose, learnItem } from './items';

const bank = fixtureBank();
const ask = { roundId: 'r1', asked: 0, maxYear: 2026 };

describe('a Learn question', () => {
	test('as a choice: four options from the quiz engine, the answer among them', () => {
		const item = learnItem(bank, 'p-putin', 'choice', ask);
		expect(item?.mode).toBe('choice');
		if (item?.mode !== 'choice') return;
		expect(item.options).toHaveLength(4);
		expect(item.options[item.correct]).toBe('પુતિન');
		// its hand-picked options come first
		expect([...item.options].sort()).toEqual(['દિમિત્રી મેદવેદેવ', 'પુતિન', 'શી જિનપિંગ', 'સર્ગેઈ લવરોવ'].sort());
	});

	test('the same ask deals the same options; asked again, they are dealt anew from the same set', () => {
		const once = learnItem(bank, 'p-putin', 'choice', ask);
		expect(learnItem(bank, 'p-putin', 'choice', ask)).toEqual(once);
		const orders = new Set(
			[0, 1, 2, 3, 4, 5].map((asked) => {
				const item = learnItem(bank, 'p-putin', 'choice', { ...ask, asked });
				return item?.mode === 'choice' ? item.options.join('|') : '';
			})
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	test('typed: the question alone', () => {
		expect(learnItem(bank, 'c-pyongyang', 'typed', ask)).toEqual({ mode: 'typed', question: expect.objectContaining({ id: 'c-pyongyang' }) });
	});

	test('a question not in the bank gives nothing', () => {
		expect(learnItem(bank, 'gone', 'choice', ask)).toBeUndefined();
	});

	test('a bank with a single answer cannot make a choice: the fact is asked typed', () => {
		const lonely = prepareBank([question({ id: 'only', category: 'person', answer: 'કિમ', quote: 'કિમ આવ્યા.' })]);
		expect(canChoose(lonely, 'only', 2026)).toBe(false);
		expect(learnItem(lonely, 'only', 'choice', ask)?.mode).toBe('typed');
		expect(canChoose(bank, 'p-putin', 2026)).toBe(true);
	});
});
