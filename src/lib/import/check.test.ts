import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { validateSet } from '../bank/validate';
import { DRAFTS_IMPORT, JSON_IMPORT } from './check';

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
const check = (data: unknown, options = JSON_IMPORT) => validateSet('gk.json', data, options);
const messages = (data: unknown, options = JSON_IMPORT) => check(data, options).problems.map(problemSummary);

describe('the checks of an imported set', () => {
	it('does not ask for article texts, listed or not, and keeps the articles as listed', () => {
		const listed = [{ file: 'capital.txt', headline: 'h', headline_en: 'h' }];
		expect(messages(set([question()]))).toEqual([]);
		expect(messages(set([question()], listed))).toEqual([]);
		expect(check(set([question()])).sets[0]!.articles).toEqual([]);
		expect(check(set([question()], listed)).sets[0]!.articles).toEqual(listed);
	});

	it('lets a place go without a kind, but still refuses a kind on a date', () => {
		expect(messages(set([question({ category: 'date', kind: 'city', answer: '2020', quote: 'in 2020' })]))).toEqual([
			'capital: kind: kind-not-place'
		]);
	});

	it('still checks the article names and entries themselves', () => {
		expect(messages(set([question({ article: 'capital' })]))).toEqual([
			'capital: article: no-article-file file=capital'
		]);
		expect(messages(set([question()], [{ file: 'a/b.txt', headline: 'h', headline_en: 'h' }]))).toEqual([
			'-: articles[0].file: bad-article-file value="a/b.txt"'
		]);
		// the list's own mistake, once: its questions' articles are taken as named
		expect(messages(set([question()], 'none' as unknown as unknown[]))).toEqual([
			'-: articles: wrong-type expected=list found=text value="none"'
		]);
	});

	it('blocks on everything in Kasoti JSON, and only notes what the checks after the schema find in other formats', () => {
		const givesAway = set([question({ prompt: 'ગાંધીનગર ગુજરાતની રાજધાની છે?' }), question({ id: 'x', answer: '' })]);
		expect(messages(givesAway)).toEqual(['capital: prompt: gives-away form=ગાંધીનગર', 'x: answer: empty']);
		expect(messages(givesAway, DRAFTS_IMPORT)).toEqual(['capital: prompt: gives-away form=ગાંધીનગર (note)', 'x: answer: empty']);
	});
});
