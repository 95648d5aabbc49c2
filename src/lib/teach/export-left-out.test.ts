import { describe, expect, it } from 'vitest';
import type { Question, QuestionSet } from '../bank/schema';
import { leftOut } from './export-left-out';

const question = (id: string, extra: Partial<Question> = {}): Question => ({
	id,
	category: 'place',
	kind: 'city',
	prompt: `${id}: ગુજરાતની રાજધાની કઈ છે?`,
	answer: 'ગાંધીનગર',
	accept: [],
	article: 'gk.txt',
	quote: 'ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર',
	en: 'ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર',
	...extra
});

const set: QuestionSet = {
	id: 'gk',
	title: 'સામાન્ય જ્ઞાન',
	title_en: 'GK',
	lang: 'gu',
	articles: [{ file: 'news.txt', headline: 'સમાચાર', headline_en: 'News' }],
	questions: [
		question('a', { distractors: ['સુરત'], accept: ['Gandhinagar'], en: 'Gandhinagar is the capital.', explanation: '૧૯૭૦થી.' }),
		question('b', { article: 'news.txt', quote: 'રાજધાની ગાંધીનગર છે.', statement: 'ગુજરાતની રાજધાની ગાંધીનગર છે.' }),
		question('c', {
			category: 'date',
			kind: undefined,
			answer: '૧૯૬૦',
			numeric: { min: 1959, max: 1961 },
			feedback: [{ option: '૧૯૪૭', text: 'એ આઝાદીનું વર્ષ.' }]
		})
	]
};

describe('leftOut', () => {
	it('names nothing for Kasoti JSON, which keeps everything', () => {
		expect(leftOut(set, 'json')).toEqual([]);
	});

	it('counts, per format, the questions that lose a part the file has no place for', () => {
		expect(leftOut(set, 'gift')).toEqual([{ part: 'quote', count: 1 }]);
		expect(leftOut(set, 'csv')).toEqual([
			{ part: 'statement', count: 1 },
			{ part: 'numeric', count: 1 },
			{ part: 'feedback', count: 1 }
		]);
		expect(leftOut(set, 'anki').map((l) => l.part)).toEqual([
			'distractors',
			'accept',
			'en',
			'explanation',
			'quote',
			'statement',
			'numeric',
			'feedback'
		]);
	});

	it('does not count a made sentence or an English line that only repeats it: an import makes them again', () => {
		const own = { ...set, questions: [question('a')] };
		expect(leftOut(own, 'anki')).toEqual([]);
	});
});
