import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category } from '../bank/categories';
import type { QuestionSet } from '../bank/schema';
import { bankQuestions, prepareBank } from './bank-index';
import { countQuestions } from './count';
import { fixtureSets } from './fixtures';
import { countAvailable, type QuizSource } from './select';

const ALL: Category[] = ['date', 'person', 'place'];

describe('countQuestions', () => {
	const sets = fixtureSets();
	const bank = prepareBank(bankQuestions(sets));

	it.each<[Category[], QuizSource]>([
		[ALL, { type: 'all' }],
		[['person'], { type: 'all' }],
		[['date', 'place'], { type: 'set', id: 'trip' }],
		[ALL, { type: 'article', file: 'a.txt' }],
		[['place'], { type: 'article', file: 'missing.txt' }],
		[ALL, { type: 'questions', ids: ['t-moscow', 'nowhere'] }],
		[[], { type: 'all' }]
	])('counts %j from %j as the indexed bank does', (categories, source) => {
		expect(countQuestions(sets, categories, source)).toBe(countAvailable(bank, categories, source));
	});

	it('counts a question whose id repeats once, in the set it first appears in', () => {
		const again: QuestionSet = { ...sets[1]!, id: 'again', questions: [sets[0]!.questions[0]!] };
		const withRepeat = [...sets, again];
		const repeated = prepareBank(bankQuestions(withRepeat));
		for (const source of [{ type: 'all' }, { type: 'set', id: 'again' }] as const)
			expect(countQuestions(withRepeat, ALL, source)).toBe(countAvailable(repeated, ALL, source));
		expect(countQuestions(withRepeat, ALL, { type: 'set', id: 'again' })).toBe(0);
	});

	it('agrees with the indexed bank on any choice', () => {
		const ids = sets.flatMap((s) => s.questions.map((q) => q.id));
		const source = fc.oneof(
			fc.constant<QuizSource>({ type: 'all' }),
			fc.constantFrom<QuizSource>({ type: 'set', id: 'visit' }, { type: 'set', id: 'trip' }, { type: 'article', file: 'b.txt' }),
			fc.subarray(ids).map<QuizSource>((chosen) => ({ type: 'questions', ids: chosen }))
		);
		fc.assert(
			fc.property(fc.subarray(ALL), source, (categories, from) =>
				countQuestions(sets, categories, from) === countAvailable(bank, categories, from)
			)
		);
	});
});
