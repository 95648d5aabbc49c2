import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import { makeAssignment } from './assignment';
import { dealAssignment } from './deal-assignment';
import { dealtQuestionIds } from './dealt-questions';

const file = readFileSync(new URL('../../../questions/sets/kim-russia-trip.json', import.meta.url), 'utf8');
const set = JSON.parse(file) as QuestionSet;
const NOW = Date.UTC(2026, 11, 3, 9, 30);

describe('the questions an assignment deals', () => {
	it('are the ones every student is dealt, in their order, for any length, mode and seed', () => {
		for (const [length, mode, seed] of [
			[5, 'choice', 'k7m2p9qrst'],
			[3, 'mixed', 'abcdefgh'],
			['all', 'tf', 'zzzzzz'],
			[1, 'typed', 'q']
		] as const) {
			const assignment = makeAssignment(set, { title: 'T', mode, length }, seed, NOW);
			const quiz = dealAssignment(assignment, 'આશા', 'aaaa', NOW + 1000)!;
			const ids = dealtQuestionIds(assignment);
			expect(ids).toEqual(quiz.items.map((item) => item.question.id));
			expect(ids.length).toBe(length === 'all' ? set.questions.length : length);
		}
	});
});
