import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemSummary } from './problems';
import { summarizeBank, summarizeProblems } from './summary';
import { parseJson, validateBank, validateSet, type CheckOptions } from './validate';

const ARTICLE =
	'શિક્ષણ મંત્રી મીરા દેસાઈએ ૧૨ માર્ચ ૨૦૨૫ના રોજ કચ્છના ભુજ શહેરમાં નવી વિજ્ઞાન શાળાનું ઉદ્ઘાટન કર્યું.';
const OTHER_ARTICLE = 'રવિવારે સુરતમાં 2024ની હીરા પરિષદ પૂરી થઈ.';
const articles: CheckOptions = {
	texts: new Map([
		['a.txt', ARTICLE],
		['b.txt', OTHER_ARTICLE]
	])
};

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

/** The problems found in one set file `s.json`, a line each. */
function lines(data: unknown, options = articles): string[] {
	return validateSet('s.json', data, options).problems.map(problemSummary);
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
			'bhuj-city: category: bad-category value="Place"'
		]);
	});

	it('reports a missing field and a wrong type in plain words', () => {
		expect(lines(set('bhuj', [question({ en: undefined, accept: 'Bhuj' })]))).toEqual([
			'bhuj-city: accept: wrong-type expected=list found=text value="Bhuj"',
			'bhuj-city: en: missing'
		]);
	});

	it('names a question without a usable id by its position', () => {
		expect(lines(set('bhuj', [question(), question({ id: undefined, answer: 'ભુજ' })]))).toEqual([
			'-: questions[1].id: missing'
		]);
	});

	it('puts - in place of the question id for problems with the set itself', () => {
		expect(lines({ ...set('bhuj', [question()]), title: '  ', lang: 'en' })).toEqual([
			'-: title: empty',
			'-: lang: bad-lang value="en"'
		]);
	});

	it('reports a file that is not an object at all', () => {
		expect(lines([])).toEqual(['-: (file): not-an-object found=list']);
	});

	it('still checks the good questions of a set that breaks the schema', () => {
		const data = { ...set('bhuj', [question({ quote: 'ભુજમાં શાળા ખુલી.' })]), title_en: 7 };
		expect(lines(data)).toEqual([
			'-: title_en: wrong-type expected=text found=number value=7',
			'bhuj-city: quote: quote-not-in-article file=a.txt'
		]);
	});

	it('names a missing article by its place in the list, even beside a bad one', () => {
		const data = set('bhuj', [question()]);
		const refs = [{ file: 'a.txt' }, ...(data.articles as object[])];
		refs.push({ file: 'c.txt', headline: 'ક', headline_en: 'C' });
		expect(lines({ ...data, articles: refs })).toEqual([
			'-: articles[0].headline: missing',
			'-: articles[0].headline_en: missing',
			'-: articles[2].file: no-article-file file=c.txt'
		]);
	});

	it('catches a misspelt field that the schema would silently drop', () => {
		expect(lines(set('bhuj', [question({ distractor: ['અંજાર'] })]))).toEqual([
			'bhuj-city: distractor: unknown-field'
		]);
	});

	it('catches a quote that is not in the article', () => {
		expect(lines(set('bhuj', [question({ quote: 'મીરા દેસાઈએ ભુજમાં શાળા ખોલી.' })]))).toEqual([
			'bhuj-city: quote: quote-not-in-article file=a.txt'
		]);
	});

	it('accepts a quote typed with decomposed letters (NFC on both sides)', () => {
		const accented = { texts: new Map([['a.txt', 'The café in Bhuj opened.']]) };
		const q = question({ quote: 'The cafe\u0301 in Bhuj opened.', answer: 'Bhuj', accept: [] });
		expect(validateSet('s.json', set('bhuj', [q]), accented).problems).toEqual([]);
	});

	it('catches an answer that is not in the quote', () => {
		expect(lines(set('bhuj', [question({ answer: 'રાજકોટ', accept: [] })]))).toEqual([
			'bhuj-city: answer: answer-not-in-quote answer=રાજકોટ withAccept=false'
		]);
		expect(lines(set('bhuj', [question({ answer: 'રાજકોટ', accept: ['Rajkot'] })]))).toEqual([
			'bhuj-city: answer: answer-not-in-quote answer=રાજકોટ withAccept=true'
		]);
	});

	it('catches a statement for true/false that does not name the answer', () => {
		expect(lines(set('bhuj', [question({ statement: 'કચ્છમાં નવી શાળા ખુલી.' })]))).toEqual([
			'bhuj-city: statement: answer-not-in-statement answer=ભુજ'
		]);
		expect(lines(set('bhuj', [question({ statement: 'ભુજમાં નવી વિજ્ઞાન શાળા ખુલી.' })]))).toEqual([]);
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
			'bhuj-city: answer: answer-not-in-quote answer=20 withAccept=false'
		]);
	});

	it('catches a prompt that gives away its answer, case ending and all', () => {
		const q = question({ prompt: 'ભુજમાં નવી વિજ્ઞાન શાળા કયા શહેરમાં ખુલી?' });
		expect(lines(set('bhuj', [q]))).toEqual([
			'bhuj-city: prompt: gives-away form=ભુજ'
		]);
	});

	it('catches a distractor equal to the answer or an accept form', () => {
		const q = question({ distractors: ['ગાંધીધામ', ' ભુજ ', 'BHUJ', 'ગાંધીધામ'] });
		expect(lines(set('bhuj', [q]))).toEqual([
			'bhuj-city: distractors[1]: distractor-is-answer answer=ભુજ',
			'bhuj-city: distractors[2]: distractor-is-accept form=Bhuj',
			'bhuj-city: distractors[3]: distractor-repeats first=0'
		]);
	});

	it('asks place questions for a kind, and only place questions', () => {
		expect(lines(set('bhuj', [question({ kind: undefined })]))).toEqual([
			'bhuj-city: kind: place-needs-kind'
		]);
		expect(lines(set('bhuj', [question({ category: 'person' })]))).toEqual([
			'bhuj-city: kind: kind-not-place'
		]);
	});

	it('catches an unknown article, on the set and on the question', () => {
		expect(lines(set('bhuj', [question({ article: 'c.txt' })], 'c.txt'))).toEqual([
			'-: articles[0].file: no-article-file file=c.txt'
		]);
		expect(lines(set('bhuj', [question({ article: 'c.txt' })]))).toEqual([
			'bhuj-city: article: no-article-file file=c.txt'
		]);
		expect(lines(set('bhuj', [question({ article: 'b.txt' })]))).toEqual([
			'bhuj-city: article: article-not-listed file=b.txt',
			'bhuj-city: quote: quote-not-in-article file=b.txt'
		]);
	});

	it('catches a question id used twice in one set', () => {
		const second = question({ prompt: 'કચ્છના કયા શહેરમાં નવી વિજ્ઞાન શાળા ખુલી?' });
		expect(lines(set('bhuj', [question(), second]))).toEqual([
			'bhuj-city: id: duplicate-question-id'
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
		expect(report.problems.map(problemSummary)).toEqual([
			'bhuj-city: id: duplicate-question-id otherFile=a.json'
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
		expect(report.problems.map(problemSummary)).toEqual([
			'-: id: duplicate-set-id id=bhuj otherFile=a.json'
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
		expect(report.problems.map(problemSummary)).toEqual([
			'surat-summit-city: prompt: duplicate-prompt otherId=bhuj-city otherAnswer=ભુજ otherFile=a.json'
		]);
	});

	it('numbers the question a prompt repeats in the same set, as the editor numbers them', () => {
		const twin = question({ id: 'bhuj-twin', answer: 'કચ્છ' });
		const questions = [question(), question({ id: 'bhuj-2', prompt: 'બીજો પ્રશ્ન?' }), twin];
		const report = validateBank([{ file: 'a.json', data: set('bhuj', questions) }], articles);
		expect(report.problems.map(problemSummary)).toEqual([
			'bhuj-twin: prompt: duplicate-prompt otherId=bhuj-city otherAnswer=ભુજ otherNumber=1'
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
		expect(report.problems.map(problemSummary)).toEqual([
			'-: title: empty',
			'bhuj-city: kind: place-needs-kind',
			'bhuj-city: id: duplicate-question-id otherFile=a.json'
		]);
		expect(report.problems.map((p) => p.file)).toEqual(['a.json', 'a.json', 'b.json']);
	});

	it('gives a finding the severity its caller asks for, or leaves it out', () => {
		const data = set('bhuj', [question({ kind: undefined, prompt: 'ભુજમાં શાળા કયા શહેરમાં ખુલી?' })]);
		expect(lines(data, { ...articles, severity: { 'gives-away': 'note', 'place-needs-kind': 'off' } })).toEqual([
			'bhuj-city: prompt: gives-away form=ભુજ (note)'
		]);
	});

	it('takes an article named without its text as present when trusted, and checks no quote against it', () => {
		const elsewhere = set('bhuj', [question({ article: 'c.txt', quote: 'કોઈ બીજું વાક્ય, ભુજ.' })], 'c.txt');
		expect(lines(elsewhere, { ...articles, missingText: 'trusted' })).toEqual([]);
		// a question's own unlisted article is trusted too, but one the set could list (its text is here) is not
		const unlisted = set('bhuj', [question({ article: 'c.txt', quote: 'ભુજ.' }), question({ id: 'b', prompt: 'બીજો?', article: 'b.txt' })]);
		expect(lines(unlisted, { ...articles, missingText: 'trusted' })).toEqual([
			'b: article: article-not-listed file=b.txt',
			'b: quote: quote-not-in-article file=b.txt'
		]);
	});

	it('counts a listed article whose entry is wrong as listed: the mistake is reported once, on the entry', () => {
		const data = set('bhuj', [question()]);
		const refs = [{ file: 'a.txt', headline: '', headline_en: 'A school' }];
		expect(lines({ ...data, articles: refs })).toEqual(['-: articles[0].headline: empty']);
	});
});

describe('parseJson', () => {
	it('returns the data of good JSON, even after a byte-order mark', () => {
		expect(parseJson('s.json', '\uFEFF{"id": "bhuj"}')).toEqual({ ok: true, data: { id: 'bhuj' } });
	});

	it('gives the line and column of a missing comma', () => {
		const result = parseJson('s.json', '{\n\t"id": "bhuj"\n\t"title": "ભુજ"\n}');
		expect(result.ok ? undefined : problemSummary(result.problem)).toBe(
			'-: (file): json-syntax line=3 column=2 atEnd=false'
		);
		expect(result.ok ? undefined : result.problem.line).toBe(3);
	});

	it('finds the place of an error the JSON parser gives no position for', () => {
		const result = parseJson('s.json', '{\n\t"id": }');
		expect(result.ok ? undefined : result.problem.params).toEqual({ line: 2, column: 8, atEnd: false });
	});

	it('says when a file stops before its brackets close', () => {
		const result = parseJson('s.json', '{\n\t"id": "bhuj"\n');
		expect(result.ok ? undefined : result.problem.params).toEqual({ line: 2, column: 14, atEnd: true });
	});

	it('says when a file is empty', () => {
		const result = parseJson('s.json', ' \n');
		expect(result.ok ? undefined : problemSummary(result.problem)).toBe('-: (file): file-empty');
	});
});

describe('summaries', () => {
	it('counts questions per set and category', () => {
		const { sets } = validateSet('s.json', set('bhuj', [question()]), articles);
		expect(summarizeBank(sets)).toBe('1 set, 1 question; bhuj 1 (date 0, person 0, place 1)');
	});

	it('counts problems and the files they are in', () => {
		const problem = { file: 'a.json' };
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
		const exampleArticles = { texts: new Map([['example.txt', article]]) };
		const report = validateSet('example.json', JSON.parse(example), exampleArticles);
		expect(report.problems.map(problemSummary)).toEqual([]);
		expect(summarizeBank(report.sets)).toBe(
			'1 set, 3 questions; bhuj-science-school 3 (date 1, person 1, place 1)'
		);
	});
});
