/**
 * What pages load before they show anything. An assignment's page and a shared set's page show
 * what the link carries, then deal a quiz from it on Start; the teacher's import and editor pages
 * write sets. The quiz engine and the built-in bank (18 KB gzip of the bank alone) load only when
 * they are used.
 */
import { describe, expect, it } from 'vitest';
import { broughtWith as brought } from '$lib/code-testing';

describe('code loaded with a page', () => {
	it('starting a quiz brings neither the library nor the built-in bank until a quiz is dealt from them', async () => {
		expect(await brought('state/start-quiz.ts', ['state/library.svelte.ts', 'bank/builtin.ts', 'quiz/build-quiz.ts'])).toEqual([]);
	});

	it('the set-writing code brings the built-in bank only when a set is written (for the names in use)', async () => {
		expect(await brought('db/sets.ts', ['bank/builtin.ts'])).toEqual([]);
	});

	it('an assignment is shown without the quiz engine, which dealing it brings', async () => {
		const engine = ['quiz/build-quiz.ts', 'quiz/bank-index.ts', 'quiz/date-kinds.ts'];
		expect(await brought('class/assignment.ts', engine)).toEqual([]);
		expect(await brought('class/deal-assignment.ts', engine)).toEqual(expect.arrayContaining([expect.stringMatching(/build-quiz\.ts$/)]));
	});
});
