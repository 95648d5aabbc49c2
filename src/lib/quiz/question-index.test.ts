import { describe, expect, it } from 'vitest';
import { bankQuestions, prepareBank } from './bank-index';
import { fixtureSets } from './fixtures';
import { indexQuestions } from './question-index';

describe('indexQuestions', () => {
	it('holds the questions and ids the prepared bank holds, in its order', () => {
		const sets = fixtureSets();
		const again = { ...sets[1]!, id: 'again', questions: [sets[0]!.questions[2]!, sets[1]!.questions[0]!] };
		const all = [...sets, again];
		const index = indexQuestions(all);
		const bank = prepareBank(bankQuestions(all));
		expect(index.questions).toEqual(bank.questions);
		expect([...index.byId]).toEqual([...bank.byId]);
		// a repeated id stays with the set it was first seen in
		expect(index.questions[index.byId.get(sets[0]!.questions[2]!.id)!]!.setId).toBe(sets[0]!.id);
	});
});
