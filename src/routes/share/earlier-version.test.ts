import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import type { TeacherSetRecord } from '$lib/db/schema';
import { earlierVersion, replacesByDefault } from './earlier-version';

const question = (id: string, prompt: string) => ({
	id,
	category: 'place' as const,
	kind: 'city' as const,
	prompt,
	answer: 'ગાંધીનગર',
	accept: [],
	article: 'news.txt',
	quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
	en: 'Gandhinagar.'
});
const old: QuestionSet = {
	id: 'news',
	title: 'સમાચાર',
	title_en: 'News',
	lang: 'gu',
	articles: [],
	questions: [question('n1', 'ગુજરાતની રાજધાની કઈ છે?'), question('n2', 'રાજ્યની રાજધાની કઈ છે?')]
};
const record = (origin: TeacherSetRecord['origin']): TeacherSetRecord => ({
	id: 'news',
	set: old,
	sources: {},
	origin,
	createdAt: 1,
	updatedAt: 1
});
const corrected: QuestionSet = { ...old, questions: [old.questions[0]!, question('n2', 'ગુજરાતનું પાટનગર કયું છે?')] };

describe('earlierVersion', () => {
	it('tells what replacing the set on the phone by the link’s would keep and start afresh', () => {
		expect(earlierVersion(record('link'), corrected)).toEqual({
			id: 'news',
			title: 'સમાચાર',
			title_en: 'News',
			count: 2,
			counts: { unchanged: 1, changed: 1, added: 0, removed: 1 },
			mine: false
		});
	});

	it('replaces by default a set that came from someone, and keeps by default one made on this phone', () => {
		const byDefault = (origin: TeacherSetRecord['origin']) => replacesByDefault(earlierVersion(record(origin), corrected));
		expect([byDefault('link'), byDefault('import'), byDefault('new'), byDefault('copy')]).toEqual([true, true, false, false]);
	});
});
