import { describe, expect, it } from 'vitest';
import { collectResults, type CollectTarget } from './collect';
import { encodeResultLink } from './result-code';
import type { Assignment, ClassResult, HandedIn } from './types';

const set = {
	id: 'w',
	title: 'W',
	title_en: 'W',
	lang: 'gu' as const,
	articles: [],
	questions: [{ id: 'w-q1', category: 'date' as const, prompt: 'ક્યારે?', answer: '૨૦૨૨', accept: [], article: 'a.txt', quote: '૨૦૨૨', en: '' }]
};
const assignment: Assignment = { id: 'a-1', title: 'T', mode: 'typed', length: 'all', seed: 's', set, createdAt: 0 };
const result = (quizId: string, student: string, assignmentId = 'a-1'): HandedIn => ({
	assignmentId,
	student,
	quizId,
	startedAt: 10,
	finishedAt: 20,
	answers: [{ questionId: 'w-q1', mode: 'typed', given: '2022', correct: true, ms: 3000 }]
});

/** A store in memory that keeps each result id once, as the database does. */
function memory(): CollectTarget & { kept: Map<string, ClassResult> } {
	const kept = new Map<string, ClassResult>();
	return {
		kept,
		assignment: async (id) => (id === assignment.id ? assignment : undefined),
		store: async (results) => {
			const added = results.filter((r) => !kept.has(r.id));
			for (const r of added) kept.set(r.id, r);
			return { added, already: results.length - added.length };
		}
	};
}

describe('collecting results', () => {
	it('counts the same result once, whether pasted twice or sent again later', async () => {
		const target = memory();
		const asha = await encodeResultLink(result('q-a', 'આશા'), 'https://k.example');
		const ravi = await encodeResultLink(result('q-r', 'Ravi'), 'https://k.example');
		const first = await collectResults([`${asha}\n${asha}`, ravi], target, 99);
		expect(first.found).toBe(2);
		expect(first.added.map((r) => r.student)).toEqual(['આશા', 'Ravi']);
		const again = await collectResults([asha], target, 100);
		expect(again.added).toEqual([]);
		expect(again.already).toBe(1);
		expect(target.kept.size).toBe(2);
		expect(target.kept.get('a-1/q-a')!.receivedAt).toBe(99);
	});

	it('names cut links and results for assignments not made here, storing the rest', async () => {
		const target = memory();
		const good = await encodeResultLink(result('q-a', 'આશા'), '');
		const cut = (await encodeResultLink(result('q-b', 'Ben'), '')).slice(0, -4);
		const foreign = await encodeResultLink(result('q-c', 'Chirag', 'a-9'), '');
		const outcome = await collectResults([good, cut, foreign, 'hello'], target, 1);
		expect(outcome).toMatchObject({ found: 3, broken: 1, unknown: 1, wrongQuestions: 0, already: 0 });
		expect(outcome.added.length).toBe(1);
	});
});
