import { describe, expect, it } from 'vitest';
import { ownArticleFile, questionIdFor } from '../bank/ids';
import { problemSummary } from '../bank/problems';
import { quotesNoArticle, quoteWorthShowing } from '../bank/fact-sentence';
import { draftsToSet, factSentence, hasNoSource } from './to-set';
import type { Draft } from './types';

const draft = (prompt: string, answer: string, extra: Partial<Draft> = {}): Draft => ({
	prompt,
	answer,
	accept: [],
	distractors: [],
	category: 'place',
	categorySource: 'file',
	line: 1,
	...extra
});
const meta = { id: 'gk-quiz', title: 'સામાન્ય જ્ઞાન', title_en: 'General knowledge' };

describe('factSentence', () => {
	it('fills the blank of a missing-word question, else puts the answer after the prompt', () => {
		expect(factSentence('ગુજરાતની રાજધાની _____ છે.', 'ગાંધીનગર')).toBe('ગુજરાતની રાજધાની ગાંધીનગર છે.');
		expect(factSentence('ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર')).toBe('ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર');
	});

	// what a quote is called on screen: "the fact" when quotesNoArticle, else "from the article"
	it('tells an article’s sentence from the fact a question without an article states', () => {
		const fromArticle = { prompt: 'રશિયા ક્યારે પહોંચ્યા?', answer: 'મંગળવારે', quote: 'કિમ મંગળવારે રશિયા પહોંચ્યા હતા.' };
		expect(quotesNoArticle(fromArticle)).toBe(false);
		const imported = { prompt: 'રાષ્ટ્રપતિ કોણ છે?', answer: 'દ્રૌપદી મુર્મુ', quote: 'રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ' };
		expect(quotesNoArticle(imported)).toBe(true);
		const blank = { prompt: 'ચંદ્રયાન-૩ _____ ઊતર્યું.', answer: '૨૩ ઓગસ્ટ ૨૦૨૩', quote: 'ચંદ્રયાન-૩ ૨૩ ઓગસ્ટ ૨૦૨૩ ઊતર્યું.' };
		expect(quotesNoArticle(blank)).toBe(true);
	});

	// regression: a true/false statement's feedback showed "the fact: ગિરનું જંગલ કચ્છમાં આવેલું છે. — ખોટું", its prompt again
	it('shows no made fact for a true/false statement, which only repeats the prompt and the verdict', () => {
		const prompt = 'ગિરનું જંગલ કચ્છમાં આવેલું છે.';
		const statement = { prompt, answer: 'ખોટું', accept: [], distractors: ['સાચું'], quote: `${prompt} — ખોટું` };
		expect(quoteWorthShowing(statement)).toBe(false);
		// a statement from an article keeps its sentence; any other question its fact
		expect(quoteWorthShowing({ ...statement, quote: 'ગિરનું જંગલ જૂનાગઢ જિલ્લામાં છે.' })).toBe(true);
		const who = { prompt: 'રાષ્ટ્રપતિ કોણ છે?', answer: 'દ્રૌપદી મુર્મુ', accept: [] };
		expect(quoteWorthShowing({ ...who, quote: 'રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ' })).toBe(true);
	});

	// regression: Anki's {{c1::ગાંધીનગર::city}} gave the fact "ગાંધીનગર (city) ગુજરાતની રાજધાની છે."
	it('leaves a cloze hint after the blank out of the fact; a fact stored with it still quotes no article', () => {
		expect(factSentence('_____ (city) ગુજરાતની રાજધાની છે.', 'ગાંધીનગર')).toBe('ગાંધીનગર ગુજરાતની રાજધાની છે.');
		// brackets elsewhere in the prompt are its own words
		expect(factSentence('ગુજરાતની (ભારત) રાજધાની _____ છે.', 'ગાંધીનગર')).toBe('ગુજરાતની (ભારત) રાજધાની ગાંધીનગર છે.');
		const question = { prompt: '_____ (city) ગુજરાતની રાજધાની છે.', answer: 'ગાંધીનગર' };
		expect(quotesNoArticle({ ...question, quote: 'ગાંધીનગર ગુજરાતની રાજધાની છે.' })).toBe(true);
		expect(quotesNoArticle({ ...question, quote: 'ગાંધીનગર (city) ગુજરાતની રાજધાની છે.' })).toBe(true);
		expect(quotesNoArticle({ ...question, quote: 'ગાંધીનગર ૧૯૭૦થી ગુજરાતની રાજધાની છે.' })).toBe(false);
	});
});

describe('draftsToSet', () => {
	it('builds a valid set: pseudo article, quote and en made from the question, stable ids', () => {
		const { set, problems } = draftsToSet(
			[draft('ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર', { kind: 'city', distractors: ['સુરત'], en: 'Gandhinagar.' })],
			meta,
			'gk.csv'
		);
		expect(problems).toEqual([]);
		expect(set).toEqual({
			id: 'gk-quiz',
			title: 'સામાન્ય જ્ઞાન',
			title_en: 'General knowledge',
			lang: 'gu',
			articles: [],
			questions: [
				{
					id: questionIdFor('gk-quiz', 'ગુજરાતની રાજધાની કઈ છે?'),
					category: 'place',
					kind: 'city',
					prompt: 'ગુજરાતની રાજધાની કઈ છે?',
					answer: 'ગાંધીનગર',
					accept: [],
					article: 'gk-quiz.txt',
					quote: 'ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર',
					en: 'Gandhinagar.',
					distractors: ['સુરત']
				}
			]
		});
		expect(hasNoSource(set!, set!.questions[0]!)).toBe(true);
		expect(ownArticleFile('gk-quiz')).toBe('gk-quiz.txt');
	});

	it("keeps the file's own ids when valid and unique, and numbers a repeated prompt", () => {
		const { set } = draftsToSet(
			[
				draft('Q one?', 'a', { id: 'own-id' }),
				draft('Q one?', 'b', { id: 'own-id' }),
				draft('Q one?', 'c', { id: 'Not Valid' })
			],
			meta,
			'gk.gift'
		);
		const generated = questionIdFor('gk-quiz', 'Q one?');
		expect(set?.questions.map((q) => q.id)).toEqual(['own-id', generated, `${generated}-2`]);
	});

	it('gives the same ids whatever the order of the questions', () => {
		const a = draft('પહેલો?', 'x');
		const b = draft('બીજો?', 'y');
		const ids = (drafts: Draft[]) => draftsToSet(drafts, meta, 'f').set!.questions.map((q) => q.id).sort();
		expect(ids([a, b])).toEqual(ids([b, a]));
	});

	it('refuses drafts with no category, one problem per draft on its line', () => {
		const { set, problems } = draftsToSet(
			[draft('Q1?', 'a', { category: undefined, categorySource: 'missing', line: 4 })],
			meta,
			'q.csv'
		);
		expect(set).toBeUndefined();
		expect(problems.map((p) => [p.file, p.line, problemSummary(p)])).toEqual([['q.csv', 4, '-: category: category-to-choose']]);
	});

	it('blocks on what the schema refuses, on the line of the question', () => {
		const { set, problems } = draftsToSet([draft('Q1?', 'x'.repeat(301), { line: 7 })], meta, 'q.csv');
		expect(set).toBeUndefined();
		expect(problems.map((p) => [p.line, problemSummary(p)])).toEqual([
			[7, `${questionIdFor('gk-quiz', 'Q1?')}: answer: too-long max=300`]
		]);
	});

	it("passes on the bank checker's other findings as notes, with the set", () => {
		const { set, problems } = draftsToSet(
			[draft('ગાંધીનગર ક્યાં છે?', 'ગાંધીનગર', { line: 3 }), draft('ગાંધીનગર ક્યાં છે?', 'ગુજરાત', { line: 5 })],
			meta,
			'q.csv'
		);
		expect(set?.questions).toHaveLength(2);
		const first = set!.questions[0]!.id;
		expect(problems.map((p) => [p.line, problemSummary(p)])).toEqual([
			[3, `${first}: prompt: gives-away form=ગાંધીનગર (note)`],
			[5, `${set!.questions[1]!.id}: prompt: duplicate-prompt otherId=${first} otherAnswer=ગાંધીનગર otherLine=3 (note)`]
		]);
	});
});
