import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { IndexedQuestion } from '$lib/quiz/question-index';
import { indexQuestions } from '$lib/quiz/question-index';
import { builtinSets } from '$lib/bank/builtin';
import type { QuestionSet } from '$lib/bank/schema';
import { FIRST_CARDS_KEY, keepAlso, keepQuestions, keptQuestions } from './first-cards';
import { setsStamp } from '$lib/db/sets-stamp';
import { DB_VERSION } from '$lib/db/migrations';
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

/** The own sets' stamp (db/sets-stamp.ts) of sets `[id, time of change]`, each ready. */
const stampOf = (...sets: [string, number][]) => setsStamp(sets.map(([id, updatedAt]) => ({ id, updatedAt, verdict: { ready: true, checks: 1 } })));
const S = stampOf(['gk', 1]);
const keptIds = (stamp = S) => [...(keptQuestions(stamp) ?? new Map()).keys()];

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('the questions kept for the first cards', () => {
	test('come back while the sets are as they were; a card whose question no set holds is kept as none', () => {
		keepQuestions(S, ['q2', 'gone', 'q1'], index);
		expect([...keptQuestions(S)!]).toEqual([
			['q2', question('q2')],
			['gone', null],
			['q1', question('q1')]
		]);
	});

	test('hold while their own set is unchanged: another set added, changed or deleted leaves them', () => {
		const both = stampOf(['gk', 1], ['other', 5]);
		keepQuestions(both, ['q1', 'gone'], index);
		// the other set changed, then went: gk's question holds, but not "no set holds it" (a new set may)
		expect(keptIds(stampOf(['gk', 1], ['other', 6]))).toEqual(['q1']);
		expect(keptIds(stampOf(['gk', 1]))).toEqual(['q1']);
		expect(keptIds(stampOf(['gk', 1], ['other', 5], ['new', 9]))).toEqual(['q1']);
		// gk changed, was judged anew, or went: its question is not used
		expect(keptQuestions(stampOf(['gk', 2], ['other', 5]))).toBeUndefined();
		expect(keptQuestions(setsStamp([{ id: 'gk', updatedAt: 1, verdict: { ready: true, checks: 2 } }]))).toBeUndefined();
		expect(keptQuestions(stampOf(['other', 5]))).toBeUndefined();
	});

	test('are none when nothing was kept, what was kept is not JSON, or it was kept by another version of the app', () => {
		expect(keptQuestions(S)).toBeUndefined();
		localStorage.setItem(FIRST_CARDS_KEY, '{"version":');
		expect(keptQuestions(S)).toBeUndefined();
		localStorage.setItem(FIRST_CARDS_KEY, '[]');
		expect(keptQuestions(S)).toBeUndefined();
		keepQuestions(S, ['q1'], index);
		const kept = JSON.parse(localStorage.getItem(FIRST_CARDS_KEY)!);
		localStorage.setItem(FIRST_CARDS_KEY, JSON.stringify({ ...kept, version: `${kept.version}-before` }));
		expect(keptQuestions(S)).toBeUndefined();
	});

	test('are none when kept over an older database: a migration may have rewritten the questions since', () => {
		keepQuestions(S, ['q1'], index);
		const kept = JSON.parse(localStorage.getItem(FIRST_CARDS_KEY)!);
		expect(keptIds()).toEqual(['q1']);
		// the same app version, as a build with a new migration but no raised version would be
		const older = kept.version.replace(` ${DB_VERSION}`, ` ${DB_VERSION - 1}`);
		expect(older).not.toBe(kept.version);
		localStorage.setItem(FIRST_CARDS_KEY, JSON.stringify({ ...kept, version: older }));
		expect(keptQuestions(S)).toBeUndefined();
	});

	test('leave out an entry that is damaged, rather than show it', () => {
		keepQuestions(S, ['q1'], index);
		const kept = JSON.parse(localStorage.getItem(FIRST_CARDS_KEY)!);
		const damaged = [
			['q3', { ...question('q3'), prompt: 7 }],
			['q4', { ...question('q5') }],
			['q6', { ...question('q6'), category: 'weather' }],
			['q7', { ...question('q7'), accept: 'x' }],
			['q8']
		];
		localStorage.setItem(FIRST_CARDS_KEY, JSON.stringify({ ...kept, questions: [...kept.questions, ...damaged] }));
		expect(keptIds()).toEqual(['q1']);
	});

	test('rated or dealt questions join those that still hold, once each', () => {
		keepQuestions(S, ['q1', 'q2', 'gone'], index);
		keepAlso(S, [question('q1', 'અમદાવાદ')]);
		expect([...keptQuestions(S)!].map(([id, q]) => [id, q?.answer])).toEqual([
			['q2', 'ગાંધીનગર'],
			['gone', undefined],
			['q1', 'અમદાવાદ']
		]);
		// a set added since: gk's questions stay, "no set holds it" goes
		const added = stampOf(['gk', 1], ['new', 9]);
		keepAlso(added, [{ ...question('n1'), setId: 'new' }]);
		expect(keptIds(added)).toEqual(['q2', 'q1', 'n1']);
		// gk changed: its questions go
		const changed = stampOf(['gk', 2], ['new', 9]);
		keepAlso(changed, [{ ...question('n2'), setId: 'new' }]);
		expect(keptIds(changed)).toEqual(['n1', 'n2']);
	});

	test('leave out built-in questions, which the page has from its code, and write nothing for them alone', () => {
		const builtin = indexQuestions([builtinSets[0]!]);
		keepQuestions(S, [builtin.questions[0]!.id, 'q1', 'gone'], indexQuestions([builtinSets[0]!, gk]));
		expect(keptIds()).toEqual(['q1', 'gone']);
		localStorage.clear();
		keepAlso(S, builtin.questions.slice(0, 2));
		expect(localStorage.getItem(FIRST_CARDS_KEY)).toBeNull();
		keepAlso(S, [builtin.questions[0]!, question('q2')]);
		expect(keptIds()).toEqual(['q2']);
	});

	test('keeps at most 400, dropping the oldest', () => {
		for (let i = 0; i < 410; i++) keepAlso(S, [question(`q${i}`)]);
		const ids = keptIds();
		expect([ids.length, ids[0], ids.at(-1)]).toEqual([400, 'q10', 'q409']);
	});
});
