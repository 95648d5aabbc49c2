import { describe, expect, it } from 'vitest';
import { namesOf } from '../bank/ids';
import type { Question, QuestionSet } from '../bank/schema';
import { replaceCounts, replacingSet } from './replace-set';

const q = (id: string, prompt: string, answer: string, extra: Partial<Question> = {}): Question => ({
	id,
	category: 'date',
	prompt,
	answer,
	accept: [],
	article: 'gk.txt',
	quote: `${prompt} — ${answer}`,
	en: `${prompt} — ${answer}`,
	...extra
});
const set = (questions: Question[], title = 'જીકે'): QuestionSet => ({
	id: 'gk',
	title,
	title_en: 'GK',
	lang: 'gu',
	articles: [],
	questions
});

const old = set([q('gk-1', 'ગુજરાતની સ્થાપના ક્યારે થઈ?', '1960'), q('gk-2', 'દાંડી કૂચ?', '1930'), q('gk-3', 'આઝાદી?', '1947')]);

describe('replacing a set with a new version of its file', () => {
	it('keeps the ids of unchanged questions, even when other fields change', () => {
		const incoming = set(
			[
				q('gk-1', 'ગુજરાતની સ્થાપના ક્યારે થઈ?', '૧૯૬૦', { explanation: 'નવું' }),
				q('gk-2', 'દાંડી કૂચ ક્યારે?', '1930'),
				q('gk-9', 'નવો પ્રશ્ન?', '2001')
			],
			'નવું નામ'
		);
		const replaced = replacingSet(old, incoming, namesOf([]));
		expect(replaced.questions.map((x) => x.id)).toEqual(['gk-1', 'gk-2-2', 'gk-9']);
		expect(replaced.questions[0]!.explanation).toBe('નવું');
		expect([replaced.id, replaced.title]).toEqual(['gk', 'નવું નામ']);
		expect(replaceCounts(old.questions, incoming.questions)).toEqual({ unchanged: 1, changed: 1, added: 1, removed: 1 });
	});

	it('finds an unchanged question by its fact when the file gives other ids (a file without ids)', () => {
		const incoming = set([q('other-a', 'દાંડી કૂચ?', '1930'), q('other-b', 'ગુજરાતની સ્થાપના ક્યારે થઈ?', '1960')]);
		expect(replacingSet(old, incoming, namesOf([])).questions.map((x) => x.id)).toEqual(['gk-2', 'gk-1']);
		expect(replaceCounts(old.questions, incoming.questions)).toEqual({ unchanged: 2, changed: 0, added: 0, removed: 1 });
	});

	// a fixed prompt was counted twice: "New or changed: 1. Removed: 1." for one question
	it('counts a question whose prompt was fixed as changed only, never also as removed', () => {
		const incoming = set([old.questions[0]!, q('gk-2', 'દાંડી કૂચ કયા વર્ષે થઈ?', '1930'), old.questions[2]!]);
		expect(replaceCounts(old.questions, incoming.questions)).toEqual({ unchanged: 2, changed: 1, added: 0, removed: 0 });
		const fewer = set([q('gk-1', 'ગુજરાતની સ્થાપના ક્યારે થઈ?', '1961')]);
		expect(replaceCounts(old.questions, fewer.questions)).toEqual({ unchanged: 0, changed: 1, added: 0, removed: 2 });
	});

	it('counts a new fact under an id whose old fact another question kept as added, not changed', () => {
		// gk-1's fact moved to gk-7; gk-1 now asks something else
		const incoming = set([q('gk-7', 'ગુજરાતની સ્થાપના ક્યારે થઈ?', '1960'), q('gk-1', 'નવો પ્રશ્ન?', '2001')]);
		expect(replaceCounts(old.questions, incoming.questions)).toEqual({ unchanged: 1, changed: 0, added: 1, removed: 2 });
		expect(replacingSet(old, incoming, namesOf([])).questions.map((x) => x.id)).toEqual(['gk-1', 'gk-1-2']);
	});

	it('never takes an id or article name another set holds', () => {
		const other = { ...set([q('gk-9', 'x', 'y', { article: 'notes.txt' })]), id: 'other' };
		const incoming = set([q('gk-9', 'નવો પ્રશ્ન?', '2001', { article: 'notes.txt' })]);
		incoming.articles = [{ file: 'notes.txt', headline: 'h', headline_en: 'h' }];
		const replaced = replacingSet(old, incoming, namesOf([other]));
		expect(replaced.questions.map((x) => [x.id, x.article])).toEqual([['gk-9-2', 'notes-2.txt']]);
		expect(replaced.articles.map((a) => a.file)).toEqual(['notes-2.txt']);
	});
});
