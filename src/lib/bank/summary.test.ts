import { describe, expect, test } from 'vitest';
import { summarizeSet } from './summary';
import type { Question, QuestionSet } from './schema';

const question = (id: string, category: Question['category']): Question => ({
	id,
	category,
	prompt: `પ્રશ્ન ${id}?`,
	answer: 'જવાબ',
	accept: [],
	article: 'a.txt',
	quote: 'જવાબ.',
	en: 'Gloss.'
});

describe('summarizeSet', () => {
	test('counts questions per category, zero for a category with none', () => {
		const set: QuestionSet = {
			id: 'demo',
			title: 'નમૂનો',
			title_en: 'Demo',
			lang: 'gu',
			articles: [],
			questions: [question('a', 'date'), question('b', 'date'), question('c', 'place')]
		};
		const summary = summarizeSet(set);
		expect(summary.total).toBe(3);
		expect(summary.counts).toEqual({ date: 2, person: 0, place: 1 });
	});
});
