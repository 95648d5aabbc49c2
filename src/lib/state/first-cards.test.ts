import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { IndexedQuestion } from '$lib/quiz/question-index';
import { indexQuestions } from '$lib/quiz/question-index';
import { builtinSets } from '$lib/bank/builtin';
import type { QuestionSet } from '$lib/bank/schema';
import { FIRST_CARDS_KEY, keepAlso, keepQuestions, keptQuestions } from './first-cards';
import { memoryStorage } from './storage-testing';

const question = (id: string, answer = 'ગાંધીનગર'): IndexedQuestion => ({
	id,
	setId: 'gk',
	category: 'place',
	prompt: 'ગુજરાતની રાજધાની કઈ છે?',
	answer,
	accept: [],
	article: 'gk.txt',
	quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
	en: 'Gandhinagar is the capital of Gujarat.'
});

const { setId: _, ...plain } = question('q1');
const gk: QuestionSet = { id: 'gk', title: 'ક', title_en: 'K', lang: 'gu', articles: [], questions: [plain, { ...plain, id: 'q2' }] };
const index = indexQuestions([gk]);

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('the questions kept for the first cards', () => {
	test('come back with the stamp they were kept with; a card whose question no set holds is kept as none', () => {
		keepQuestions('v1 []', ['q2', 'gone', 'q1'], index);
		const kept = keptQuestions()!;
		expect(kept.stamp).toBe('v1 []');
		expect([...kept.questions]).toEqual([
			['q2', question('q2')],
			['gone', null],
			['q1', question('q1')]
		]);
	});

	test('are none when nothing was kept or what was kept is not JSON', () => {
		expect(keptQuestions()).toBeUndefined();
		localStorage.setItem(FIRST_CARDS_KEY, '{"stamp":');
		expect(keptQuestions()).toBeUndefined();
		localStorage.setItem(FIRST_CARDS_KEY, '[]');
		expect(keptQuestions()).toBeUndefined();
	});

	test('leave out an entry that is damaged, rather than show it', () => {
		const damaged = [
			['q3', { ...question('q3'), prompt: 7 }],
			['q4', { ...question('q5') }],
			['q6', { ...question('q6'), category: 'weather' }],
			['q7', { ...question('q7'), accept: 'x' }],
			['q8']
		];
		localStorage.setItem(FIRST_CARDS_KEY, JSON.stringify({ stamp: 's', questions: [['q1', question('q1')], ...damaged] }));
		expect([...keptQuestions()!.questions.keys()]).toEqual(['q1']);
	});

	test('rated or dealt questions join those kept with the same stamp, once each, and start afresh under another', () => {
		keepQuestions('s', ['q1', 'q2'], index);
		keepAlso('s', [question('q1', 'અમદાવાદ')]);
		expect([...keptQuestions()!.questions].map(([id, q]) => [id, q?.answer])).toEqual([
			['q2', 'ગાંધીનગર'],
			['q1', 'અમદાવાદ']
		]);
		keepAlso('t', [question('q9')]);
		const kept = keptQuestions()!;
		expect([kept.stamp, [...kept.questions.keys()]]).toEqual(['t', ['q9']]);
	});

	test('leave out built-in questions, which the page has from its code, and write nothing for them alone', () => {
		const builtin = indexQuestions([builtinSets[0]!]);
		keepQuestions('s', [builtin.questions[0]!.id, 'q1', 'gone'], indexQuestions([builtinSets[0]!, gk]));
		expect([...keptQuestions()!.questions.keys()]).toEqual(['q1', 'gone']);
		localStorage.clear();
		keepAlso('s', builtin.questions.slice(0, 2));
		expect(localStorage.getItem(FIRST_CARDS_KEY)).toBeNull();
		keepAlso('s', [builtin.questions[0]!, question('q2')]);
		expect([...keptQuestions()!.questions.keys()]).toEqual(['q2']);
	});

	test('keeps at most 400, dropping the oldest', () => {
		for (let i = 0; i < 410; i++) keepAlso('s', [question(`q${i}`)]);
		const ids = [...keptQuestions()!.questions.keys()];
		expect([ids.length, ids[0], ids.at(-1)]).toEqual([400, 'q10', 'q409']);
	});
});
