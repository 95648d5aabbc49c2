import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	formatProblem,
	parseJson,
	summarizeBank,
	summarizeProblems,
	validateBank,
	validateSet
} from './validate';

const ARTICLE =
	'શિક્ષણ મંત્રી મીરા દેસાઈએ ૧૨ માર્ચ ૨૦૨૫ના રોજ કચ્છના ભુજ શહેરમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન કર્યું.';
const OTHER_ARTICLE = 'રવિવારે સુરતમાં 2024ની હીરા પરિષદ પૂરી થઈ.';
const articles = new Map([
	['a.txt', ARTICLE],
	['b.txt', OTHER_ARTICLE]
]);

/** A question that passes every check; each test spoils one thing. */
function question(changes: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 'bhuj-city',
		category: 'place',
		kind: 'city',
		prompt: 'મીરા દેસાઈએ નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન કયા શહેરમાં કર્યું?',
		answer: 'ભુજ',
		accept: ['Bhuj'],
		article: 'a.txt',
		quote: ARTICLE,
		en: 'The school was opened in Bhuj.',
		distractors: ['ગાંધીધામ', 'અંજાર', 'માંડવી'],
		...changes
	};
}

function set(id: string, questions: unknown[], file = 'a.txt'): Record<string, unknown> {
	return {
		id,
		title: 'ભુજમાં નવી શાળા',
		title_en: 'A new school in Bhuj',
		lang: 'gu',
		articles: [{ file, headline: 'ભુજમાં શાળા', headline_en: 'A school in Bhuj' }],
		questions
	};
}

/** The printed problem lines for one set file `s.json`. */
function lines(data: unknown): string[] {
	return validateSet('s.json', data, articles).problems.map(formatProblem);
}

describe('validateSet', () => {
	it('accepts a good set and returns it with defaults filled in', () => {
		const report = validateSet('s.json', set('bhuj', [question({ accept: undefined })]), articles);
		expect(report.problems).toEqual([]);
		expect(report.sets.map((s) => s.id)).toEqual(['bhuj']);
		expect(report.sets[0]?.questions[0]?.accept).toEqual([]);
	});

	it('names a bad schema field by question id and field', () => {
		expect(lines(set('bhuj', [question({ category: 'Place' })]))).toEqual([
			's.json: bhuj-city: category: must be "date", "person" or "place", not "Place"'
		]);
	});

	it('reports a missing field and a wrong type in plain words', () => {
		expect(lines(set('bhuj', [question({ en: undefined, accept: 'Bhuj' })]))).toEqual([
			's.json: bhuj-city: accept: must be a list in [ ], not "Bhuj"',
			's.json: bhuj-city: en: is missing'
		]);
	});

	it('names a question without a usable id by its position', () => {
		expect(lines(set('bhuj', [question(), question({ id: undefined, answer: 'ભુજ' })]))).toEqual([
			's.json: -: questions[1].id: is missing'
		]);
	});

	it('puts - in place of the question id for problems with the set itself', () => {
		expect(lines({ ...set('bhuj', [question()]), title: '  ', lang: 'en' })).toEqual([
			's.json: -: title: must not be empty',
			's.json: -: lang: must be "gu", not "en"'
		]);
	});

	it('reports a file that is not an object at all', () => {
		expect(lines([])).toEqual(['s.json: -: (file): must be an object in { }, not a list']);
	});

	it('still checks the good questions of a set that breaks the schema', () => {
		const data = { ...set('bhuj', [question({ quote: 'ભુજમાં શાળા ખુલી.' })]), title_en: 7 };
		expect(lines(data)).toEqual([
			's.json: -: title_en: must be text in double quotes, not 7',
			's.json: bhuj-city: quote: is not copied word for word from a.txt'
		]);
	});

	it('names a missing article by its place in the list, even beside a bad one', () => {
		const data = set('bhuj', [question()]);
		const refs = [{ file: 'a.txt' }, ...(data.articles as object[])];
		refs.push({ file: 'c.txt', headline: 'ક', headline_en: 'C' });
		expect(lines({ ...data, articles: refs })).toEqual([
			's.json: -: articles[0].headline: is missing',
			's.json: -: articles[0].headline_en: is missing',
			's.json: -: articles[2].file: there is no article file "c.txt"'
		]);
	});

	it('catches a misspelt field that the schema would silently drop', () => {
		expect(lines(set('bhuj', [question({ distractor: ['અંજાર'] })]))).toEqual([
			's.json: bhuj-city: distractor: is not a known field (check the spelling)'
		]);
	});

	it('catches a quote that is not in the article', () => {
		expect(lines(set('bhuj', [question({ quote: 'મીરા દેસાઈએ ભુજમાં શાળા ખોલી.' })]))).toEqual([
			's.json: bhuj-city: quote: is not copied word for word from a.txt'
		]);
	});

	it('accepts a quote typed with decomposed letters (NFC on both sides)', () => {
		const accented = new Map([['a.txt', 'The café in Bhuj opened.']]);
		const q = question({ quote: 'The cafe\u0301 in Bhuj opened.', answer: 'Bhuj', accept: [] });
		expect(validateSet('s.json', set('bhuj', [q]), accented).problems).toEqual([]);
	});

	it('catches an answer that is not in the quote', () => {
		expect(lines(set('bhuj', [question({ answer: 'રાજકોટ', accept: [] })]))).toEqual([
			's.json: bhuj-city: answer: "રાજકોટ" does not occur in the quote'
		]);
		expect(lines(set('bhuj', [question({ answer: 'રાજકોટ', accept: ['Rajkot'] })]))).toEqual([
			's.json: bhuj-city: answer: neither "રાજકોટ" nor any accept form occurs in the quote'
		]);
	});

	it('accepts an answer found through an accept form only', () => {
		expect(lines(set('bhuj', [question({ answer: 'Bhuj', accept: ['ભુજ'] })]))).toEqual([]);
	});

	it('matches ASCII digits in the answer against Gujarati digits in the quote', () => {
		const q = question({
			id: 'bhuj-date',
			category: 'date',
			kind: undefined,
			prompt: 'ભુજમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન કયા દિવસે થયું?',
			answer: '12 માર્ચ 2025',
			accept: [],
			distractors: ['૧૨ માર્ચ ૨૦૨૪']
		});
		expect(lines(set('bhuj', [q]))).toEqual([]);
	});

	it('does not find a number inside a longer number', () => {
		const q = question({ category: 'date', kind: undefined, answer: '20', accept: [] });
		expect(lines(set('bhuj', [q]))).toEqual([
			's.json: bhuj-city: answer: "20" does not occur in the quote'
		]);
	});

	it('catches a prompt that gives away its answer, case ending and all', () => {
		const q = question({ prompt: 'ભુજમાં નવી વિજ્ઞાન શાળા કયા શહેરમાં ખુલી?' });
		expect(lines(set('bhuj', [q]))).toEqual([
			's.json: bhuj-city: prompt: gives away the answer: it contains "ભુજ"'
		]);
	});

	it('catches a distractor equal to the answer or an accept form', () => {
		const q = question({ distractors: ['ગાંધીધામ', ' ભુજ ', 'BHUJ', 'ગાંધીધામ'] });
		expect(lines(set('bhuj', [q]))).toEqual([
			's.json: bhuj-city: distractors[1]: is the answer "ભુજ"',
			's.json: bhuj-city: distractors[2]: is the accept form "Bhuj"',
			's.json: bhuj-city: distractors[3]: repeats distractors[0]'
		]);
	});

	it('asks place questions for a kind, and only place questions', () => {
		expect(lines(set('bhuj', [question({ kind: undefined })]))).toEqual([
			's.json: bhuj-city: kind: a place question needs a kind: "country", "city", "region" or "site"'
		]);
		expect(lines(set('bhuj', [question({ category: 'person' })]))).toEqual([
			's.json: bhuj-city: kind: only place questions have a kind'
		]);
	});

	it('catches an unknown article, on the set and on the question', () => {
		expect(lines(set('bhuj', [question({ article: 'c.txt' })], 'c.txt'))).toEqual([
			's.json: -: articles[0].file: there is no article file "c.txt"'
		]);
		expect(lines(set('bhuj', [question({ article: 'c.txt' })]))).toEqual([
			's.json: bhuj-city: article: there is no article file "c.txt"'
		]);
		expect(lines(set('bhuj', [question({ article: 'b.txt' })]))).toEqual([
			's.json: bhuj-city: article: "b.txt" is not listed in this set\'s articles',
			's.json: bhuj-city: quote: is not copied word for word from b.txt'
		]);
	});

	it('catches a question id used twice in one set', () => {
		const second = question({ prompt: 'કચ્છના કયા શહેરમાં નવી વિજ્ઞાન શાળા ખુલી?' });
		expect(lines(set('bhuj', [question(), second]))).toEqual([
			's.json: bhuj-city: id: is already used by another question in this file'
		]);
	});
});

describe('validateBank', () => {
	const surat = question({
		id: 'surat-summit-city',
		prompt: 'હીરા પરિષદ કયા શહેરમાં પૂરી થઈ?',
		answer: 'સુરત',
		accept: [],
		article: 'b.txt',
		quote: OTHER_ARTICLE,
		distractors: ['નવસારી']
	});

	it('returns every good set of a good bank', () => {
		const report = validateBank(
			[
				{ file: 'a.json', data: set('bhuj', [question()]) },
				{ file: 'b.json', data: set('surat', [surat], 'b.txt') }
			],
			articles
		);
		expect(report.problems).toEqual([]);
		expect(report.sets.map((s) => s.id)).toEqual(['bhuj', 'surat']);
	});

	it('catches a question id used in two sets, on the later one', () => {
		const report = validateBank(
			[
				{ file: 'a.json', data: set('bhuj', [question()]) },
				{ file: 'b.json', data: set('surat', [{ ...surat, id: 'bhuj-city' }], 'b.txt') }
			],
			articles
		);
		expect(report.problems.map(formatProblem)).toEqual([
			'b.json: bhuj-city: id: is already used by another question in a.json'
		]);
	});

	it('catches a set id used twice', () => {
		const report = validateBank(
			[
				{ file: 'a.json', data: set('bhuj', [question()]) },
				{ file: 'b.json', data: set('bhuj', [surat], 'b.txt') }
			],
			articles
		);
		expect(report.problems.map(formatProblem)).toEqual([
			'b.json: -: id: set id "bhuj" is already used by a.json'
		]);
	});

	it('catches the same prompt in two sets, whatever its punctuation and digits', () => {
		const twin = {
			...surat,
			prompt: ' મીરા દેસાઈએ નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન, કયા શહેરમાં કર્યું ? '
		};
		const report = validateBank(
			[
				{ file: 'a.json', data: set('bhuj', [question()]) },
				{ file: 'b.json', data: set('surat', [twin], 'b.txt') }
			],
			articles
		);
		expect(report.problems.map(formatProblem)).toEqual([
			'b.json: surat-summit-city: prompt: is the same as the prompt of bhuj-city in a.json'
		]);
	});

	it('lists problems in file order, set problems before question problems', () => {
		const report = validateBank(
			[
				{ file: 'a.json', data: { ...set('bhuj', [question({ kind: undefined })]), title: '' } },
				{ file: 'b.json', data: set('surat', [{ ...surat, id: 'bhuj-city' }], 'b.txt') }
			],
			articles
		);
		expect(report.problems.map(formatProblem)).toEqual([
			'a.json: -: title: must not be empty',
			'a.json: bhuj-city: kind: a place question needs a kind: "country", "city", "region" or "site"',
			'b.json: bhuj-city: id: is already used by another question in a.json'
		]);
	});
});

describe('parseJson', () => {
	it('returns the data of good JSON, even after a byte-order mark', () => {
		expect(parseJson('s.json', '\uFEFF{"id": "bhuj"}')).toEqual({ ok: true, data: { id: 'bhuj' } });
	});

	it('gives the line and column of a missing comma', () => {
		const result = parseJson('s.json', '{\n\t"id": "bhuj"\n\t"title": "ભુજ"\n}');
		expect(result.ok ? undefined : formatProblem(result.problem)).toBe(
			's.json: -: (file): is not valid JSON at line 3, column 2: look just before this point for a missing or extra comma, quote or bracket'
		);
		expect(result.ok ? undefined : [result.problem.line, result.problem.column]).toEqual([3, 2]);
	});

	it('finds the place of an error the JSON parser gives no position for', () => {
		const result = parseJson('s.json', '{\n\t"id": }');
		expect(result.ok ? undefined : [result.problem.line, result.problem.column]).toEqual([2, 8]);
	});

	it('says when a file stops before its brackets close', () => {
		const result = parseJson('s.json', '{\n\t"id": "bhuj"\n');
		expect(result.ok ? undefined : result.problem.message).toBe(
			'is not valid JSON at line 2, column 14: the file ends too soon: a closing } or ] or a quote is missing'
		);
	});

	it('says when a file is empty', () => {
		const result = parseJson('s.json', ' \n');
		expect(result.ok ? undefined : formatProblem(result.problem)).toBe(
			's.json: -: (file): is empty'
		);
	});
});

describe('summaries', () => {
	it('counts questions per set and category', () => {
		const { sets } = validateSet('s.json', set('bhuj', [question()]), articles);
		expect(summarizeBank(sets)).toBe('1 set, 1 question; bhuj 1 (date 0, person 0, place 1)');
	});

	it('counts problems and the files they are in', () => {
		const problem = { file: 'a.json', field: 'id', message: 'x' };
		expect(summarizeProblems([problem, problem, { ...problem, file: 'b.json' }])).toBe(
			'3 problems in 2 files'
		);
	});
});

describe('questions/README.md', () => {
	it('has an example set that passes the checker against its example article', () => {
		const readme = readFileSync(new URL('../../../questions/README.md', import.meta.url), 'utf8');
		const article = /```text\n(.*?)\n```/s.exec(readme)?.[1] ?? '';
		const example = /```json\n(.*?)\n```/s.exec(readme)?.[1] ?? '';
		const exampleArticles = new Map([['example.txt', article]]);
		const report = validateSet('example.json', JSON.parse(example), exampleArticles);
		expect(report.problems.map(formatProblem)).toEqual([]);
		expect(summarizeBank(report.sets)).toBe(
			'1 set, 3 questions; bhuj-science-school 3 (date 1, person 1, place 1)'
		);
	});
});
