import { describe, expect, it } from 'vitest';
import { problemSummary, type Problem } from '../bank/problems';
import { problemLine } from '../i18n/problem-line';
import { importText } from './index';
import { parseKasotiJson, questionIndexer, questionLines, readKasotiData } from './json';

const question = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	category: 'place',
	kind: 'city',
	prompt: `${id}: ગુજરાતની રાજધાની કઈ છે?`,
	answer: 'ગાંધીનગર',
	article: 'capital.txt',
	quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
	en: 'The capital of Gujarat is Gandhinagar.',
	...extra
});
const setText = (questions: unknown[], extra: Record<string, unknown> = {}) =>
	JSON.stringify({ id: 'gk', title: 'સામાન્ય જ્ઞાન', title_en: 'GK', lang: 'gu', questions, ...extra }, null, '\t');
const problemsOf = (text: string) =>
	parseKasotiJson(text, 'gk.json').problems.map((p) => `${p.line ?? '-'}: ${problemSummary(p)}`);

describe('questionLines', () => {
	it('finds the line each question object starts on, not fooled by braces in strings', () => {
		const text = '{\n"questions": [\n{"id": "a", "prompt": "{ [ \\" }"},\n\n  {\n"id": "b"}\n], "x": [{}]\n}';
		expect(questionLines(text)).toEqual([3, 5]);
	});
});

describe('questionIndexer', () => {
	const indexOf = questionIndexer([{ id: 'a' }, { id: 7 }, 'not a question', { id: 'b' }, { id: 'a' }]);

	it('finds a problem’s question by its id: a repeated id on its later use, anything else on its first', () => {
		expect([indexOf({ questionId: 'a', field: 'prompt' }), indexOf({ questionId: 'a', field: 'id' })]).toEqual([0, 4]);
		expect([indexOf({ questionId: 'b', field: 'answer' }), indexOf({ questionId: 'b', field: 'id' })]).toEqual([3, 3]);
	});

	it('finds a question without a readable id by its position, and the set’s problems nowhere', () => {
		expect(indexOf({ field: 'questions[1].id' })).toBe(1);
		expect([indexOf({ field: 'title' }), indexOf({ questionId: '7', field: 'prompt' })]).toEqual([-1, -1]);
	});

	// the bug this pins (issue 18): a search of the list per problem made a 20,000-problem file quadratic
	it('reads each question once, however many problems it places', () => {
		let reads = 0;
		const list = Array.from({ length: 1000 }, (_, i) => ({ id: `q${i}` }));
		const counted = new Proxy(list, {
			get(target, key, receiver) {
				if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver);
			}
		});
		const find = questionIndexer(counted);
		const found = list.map((q) => find({ questionId: q.id, field: 'prompt' }));
		expect([found[0], found[999], reads]).toEqual([0, 999, 1000]);
	});
});

describe('parseKasotiJson', () => {
	it('reads a valid set without its article texts, with drafts on their lines', () => {
		const { set, drafts, problems } = parseKasotiJson(setText([question('a'), question('b', { prompt: 'બીજો પ્રશ્ન?' })]), 'gk.json');
		expect(problems).toEqual([]);
		expect(set?.questions.map((q) => q.id)).toEqual(['a', 'b']);
		expect(set?.articles).toEqual([]);
		expect(drafts.map((d) => [d.id, d.line, d.categorySource, d.quote])).toEqual([
			['a', 7, 'file', 'ગુજરાતની રાજધાની ગાંધીનગર છે.'],
			['b', 17, 'file', 'ગુજરાતની રાજધાની ગાંધીનગર છે.']
		]);
	});

	it('reports invalid JSON with its line and column', () => {
		expect(problemsOf('{\n\t"id": "gk",\n\t"title": "x"\n\t"lang": "gu"\n}')).toEqual([
			'4: -: (file): json-syntax line=4 column=2 atEnd=false'
		]);
	});

	it('maps schema problems to question ids and fields, on the question\'s line', () => {
		const text = setText([question('a', { answer: 7, distractors: 'x' }), { prompt: 'no id' }], { title: 5 });
		expect(problemsOf(text)).toEqual([
			'-: -: title: wrong-type expected=text found=number value=5',
			'7: a: answer: wrong-type expected=text found=number value=7',
			'7: a: distractors: wrong-type expected=list found=text value="x"',
			'18: -: questions[1].id: missing',
			'18: -: questions[1].category: missing',
			'18: -: questions[1].answer: missing'
		]);
	});

	it('names the line of the question a repeated prompt repeats, as every problem of a file is placed', () => {
		const text = setText([question('a'), question('b'), question('c', { prompt: 'a: ગુજરાતની રાજધાની કઈ છે?' })]);
		expect(problemsOf(text)).toEqual(['27: c: prompt: duplicate-prompt otherId=a otherAnswer=ગાંધીનગર otherLine=7 (note)']);
	});

	it('reports a repeated id on the line of its second use', () => {
		const text = setText([question('a'), question('a', { prompt: 'બીજો?' })]);
		expect(problemsOf(text)).toEqual(['17: a: id: duplicate-question-id otherLine=7']);
	});

	it('names the line of a question that repeats an id and has a number for its answer, and says nothing more of it', () => {
		const text = [
			'{',
			'\t"id": "gk-b",',
			'\t"title": "સામાન્ય જ્ઞાન",',
			'\t"title_en": "GK",',
			'\t"lang": "gu",',
			'\t"questions": [',
			'\t\t{ "id": "b-1", "category": "person", "prompt": "ગુજરાતના મુખ્યમંત્રી કોણ છે?", "answer": "ભૂપેન્દ્ર પટેલ" },',
			'\t\t{ "id": "b-2", "category": "place", "kind": "city", "prompt": "ગુજરાતની રાજધાની કઈ છે?", "answer": "ગાંધીનગર" },',
			'\t\t{ "id": "b-1", "category": "date", "prompt": "લોકસભાની ચૂંટણી કયા વર્ષે થઈ?", "answer": 2024 }',
			'\t]',
			'}'
		].join('\n');
		const result = importText(text, 'gk.json');
		expect(result.problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([
			'gk.json:9: b-1: answer: This must be text in double quotes, not 2024.',
			'gk.json:9: b-1: id: This question has the same id as the question on line 7: give each question its own id.'
		]);
		expect([result.set?.questions.map((q) => q.id), result.left]).toEqual([['b-1', 'b-2'], 1]);
	});

	it('keeps the bank rules that need no article text: the answer must be in the quote', () => {
		expect(problemsOf(setText([question('a', { answer: 'અમદાવાદ' })]))).toEqual([
			'7: a: answer: answer-not-in-quote answer=અમદાવાદ withAccept=false'
		]);
	});

	it('reports misspelt fields', () => {
		expect(problemsOf(setText([question('a', { explaination: 'x' })]))).toEqual([
			'7: a: explaination: unknown-field'
		]);
	});

	it('cleans every string: control and zero-width characters go, text becomes NFC', () => {
		const { set } = parseKasotiJson(setText([question('a', { answer: 'ગાંધી\u200Bનગર\u0007' })]), 'gk.json');
		expect(set?.questions[0]!.answer).toBe('ગાંધીનગર');
	});

	it('leaves the quote out of the drafts of a set whose questions have no source text', () => {
		const q = question('a', { article: 'gk.txt', quote: 'પ્રશ્ન — ગાંધીનગર', en: 'પ્રશ્ન — ગાંધીનગર' });
		const { drafts, problems } = parseKasotiJson(setText([q], { id: 'gk' }), 'gk.json');
		expect(problems).toEqual([]);
		expect([drafts[0]!.quote, drafts[0]!.en]).toEqual([undefined, undefined]);
	});
});

describe('readKasotiData', () => {
	it('reads a parsed set as parseKasotiJson reads its text, lines aside', () => {
		const texts = [
			setText([question('a'), question('b', { answer: 'ગાંધી\u200Bનગર' })]),
			setText([question('a'), question('a', { prompt: 'બીજો?' }), question('c', { answer: 'અમદાવાદ' })]),
			setText([{ id: 'own', category: 'person', prompt: 'વડા પ્રધાન કોણ છે?', answer: 'મોદી' }]),
			setText([question('a')], { title: 7 })
		];
		const withoutLines = <T extends { line?: number }>(items: readonly T[]) => items.map(({ line: _, ...rest }) => rest);
		// a repeated id names the line of its first use only when there are lines
		const unlined = (problems: readonly Problem[]) =>
			withoutLines(problems).map((p) => (p.code === 'duplicate-question-id' ? { ...p, params: {} } : p));
		for (const text of texts) {
			const fromText = parseKasotiJson(text, 'gk.json');
			const fromData = readKasotiData(JSON.parse(text), 'gk.json');
			expect(fromData.set).toEqual(fromText.set);
			expect(unlined(fromData.problems)).toEqual(unlined(fromText.problems));
			expect(withoutLines(fromData.drafts)).toEqual(withoutLines(fromText.drafts));
			expect(fromData.left).toBe(fromText.left);
		}
	});
});
