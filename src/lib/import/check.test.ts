import { describe, expect, it } from 'vitest';
import { checkImportedSet } from './check';

const question = (extra: Record<string, unknown> = {}) => ({
	id: 'capital',
	category: 'place',
	prompt: 'ગુજરાતની રાજધાની કઈ છે?',
	answer: 'ગાંધીનગર',
	article: 'capital.txt',
	quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
	en: 'Gandhinagar is the capital.',
	...extra
});
const set = (questions: unknown[], articles?: unknown[]) => ({
	id: 'gk',
	title: 'GK',
	title_en: 'GK',
	lang: 'gu',
	...(articles && { articles }),
	questions
});
const messages = (data: unknown) => checkImportedSet('gk.json', data).problems.map((p) => `${p.questionId ?? '-'}: ${p.field}: ${p.message}`);

describe('checkImportedSet', () => {
	it('does not ask for article texts, listed or not, and keeps the articles as listed', () => {
		const listed = [{ file: 'capital.txt', headline: 'h', headline_en: 'h' }];
		expect(messages(set([question()]))).toEqual([]);
		expect(messages(set([question()], listed))).toEqual([]);
		expect(checkImportedSet('gk.json', set([question()])).sets[0]!.articles).toEqual([]);
		expect(checkImportedSet('gk.json', set([question()], listed)).sets[0]!.articles).toEqual(listed);
	});

	it('lets a place go without a kind, but still refuses a kind on a date', () => {
		expect(messages(set([question({ category: 'date', kind: 'city', answer: '2020', quote: 'in 2020' })]))).toEqual([
			'capital: kind: only place questions have a kind'
		]);
	});

	it('still checks the article names and entries themselves', () => {
		expect(messages(set([question({ article: 'capital' })]))).toEqual([
			'capital: article: there is no article file "capital"'
		]);
		expect(messages(set([question()], [{ file: 'a/b.txt', headline: 'h', headline_en: 'h' }]))).toEqual([
			'-: articles[0].file: must be a .txt file name'
		]);
		expect(messages(set([question()], 'none' as unknown as unknown[]))).toEqual([
			'-: articles: must be a list in [ ], not "none"',
			'capital: article: there is no article file "capital.txt"'
		]);
	});
});
