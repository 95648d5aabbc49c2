import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { validateSet } from '../bank/validate';
import { checkRecord, isUsable } from '../teach/check';
import { exportJson } from '../teach/export';
import { IMPORT_CHECKS } from './check';
import { importText } from './index';

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
const check = (data: unknown) => validateSet('gk.json', data, IMPORT_CHECKS);
const messages = (data: unknown) => check(data).problems.map(problemSummary);

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

	it('notes what a quiz copes with and refuses the rest, as the editor does', () => {
		const givesAway = set([question({ prompt: 'ગાંધીનગર ગુજરાતની રાજધાની છે?' }), question({ id: 'x', answer: '' })]);
		expect(messages(givesAway)).toEqual(['capital: prompt: gives-away form=ગાંધીનગર (note)', 'x: answer: empty']);
		const twice = set([question({ distractors: ['અમદાવાદ', 'અમદાવાદ'] })]);
		expect(messages(twice)).toEqual(['capital: distractors[1]: distractor-repeats first=0']);
	});
});

describe('one rule set: what imports is ready for students, and its own export imports again', () => {
	// rows a teacher might write, each a different finding of the checks
	const rows = [
		'Q1?,1990,1991,date,',
		'Q2?,2022,૨૦૨૨|2021,date,',
		'Q3?,અમદાવાદ,સુરત|સુરત,place,city',
		'ગાંધીનગર ગુજરાતની રાજધાની?,ગાંધીનગર,સુરત,place,',
		'Q5?,1947,,date,city',
		'Q6?,નેહરુ,ગાંધી,person,'
	];
	for (const [i, row] of rows.entries()) {
		it(`row ${i + 1}: the importer and the editor agree`, () => {
			const result = importText(`question,answer,distractors,category,kind\n${row}\n${rows[0]!.replace('Q1', 'Q0')}\n`, 'rows.csv');
			const imported = result.set!;
			expect(isUsable({ set: imported, sources: {} })).toBe(true);
			expect(checkRecord({ set: imported, sources: {} }).errors).toBe(0);
			const again = importText(exportJson(imported), 'rows.json');
			expect(again.left).toBeUndefined();
			expect(again.set?.questions).toEqual(imported.questions);
			// a row the editor would call "needs fixing" is left out, never imported as it stands
			const taken = imported.questions.some((q) => q.prompt === row.split(',')[0]);
			expect(taken).toBe(result.left === undefined);
		});
	}
});

describe('Kasoti JSON without quote and article', () => {
	const json = (questions: unknown[]) => JSON.stringify(set(questions));
	const bare = { id: 'capital', category: 'place', kind: 'city', prompt: 'ગુજરાતની રાજધાની કઈ છે?', answer: 'ગાંધીનગર' };

	it('imports a general-knowledge question as the set\'s own fact, with a note', () => {
		const result = importText(json([bare, question({ id: 'other', prompt: 'બીજો પ્રશ્ન?' })]), 'gk.json');
		expect(result.problems.map(problemSummary)).toEqual(['-: quote: json-no-source count=1 (note)']);
		const q = result.set!.questions[0]!;
		expect([q.article, q.quote, q.en]).toEqual(['gk.txt', 'ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર', 'ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર']);
		expect(result.drafts[0]!.quote).toBeUndefined();
		expect(result.set!.questions[1]!.article).toBe('capital.txt');
	});

	it('keeps an English line it was given, and still refuses a quote without its article', () => {
		const result = importText(json([{ ...bare, en: 'Gandhinagar.' }]), 'gk.json');
		expect(result.set!.questions[0]!.en).toBe('Gandhinagar.');
		const half = importText(json([{ ...bare, quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.' }]), 'gk.json');
		expect(half.set).toBeUndefined();
		expect(half.problems.map(problemSummary)).toEqual(['capital: article: missing', 'capital: en: missing']);
	});
});
