import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { guessDelimiter, parseCsv } from './csv';

const read = (text: string) => parseCsv(text, 'quiz.csv');
const rows = (text: string) => read(text).drafts.map((d) => [d.line, d.prompt, d.answer]);
const problemsOf = (text: string) =>
	read(text).problems.map((p) => `${p.line}: ${problemSummary(p)}`);

describe('guessDelimiter', () => {
	it('finds the separator that splits every row alike, tab and semicolon before comma', () => {
		expect(guessDelimiter('a,b\nc,d')).toBe(',');
		expect(guessDelimiter('a;b, with a comma\nc;d')).toBe(';');
		expect(guessDelimiter('a\tb, c\nd\te, f')).toBe('\t');
		expect(guessDelimiter('a|b\nc|d')).toBe('|');
		expect(guessDelimiter('just a sentence\nand another one')).toBeUndefined();
		// the ';' of an HTML entity is not a separator
		expect(guessDelimiter('a&nbsp;b,c\nd,e&amp;f')).toBe(',');
	});

	it('takes a tab even when lines without one (the rest of a two-line field) are many', () => {
		expect(guessDelimiter('Q1\tA1\nmore\nQ2\tA2\nQ3\tA3')).toBe('\t');
		expect(guessDelimiter('Q1\tA1\nmore\nmore\nQ2\tA2')).toBe('\t');
		// a single split row among others is chance
		expect(guessDelimiter('Q1\tA1\nmore')).toBeUndefined();
	});

	it('asks most rows to split alike for a comma, since prose has commas and lines without them', () => {
		expect(guessDelimiter('Dear teachers,\nWe talked about the quiz, and the trip.\nPlease come.\nThanks, see you')).toBeUndefined();
		expect(guessDelimiter('Q1,A1\nQ2,A2\nQ3,A3\nQ4,A4\nmore')).toBe(',');
	});

	it('skips # lines when asked, as in a file that opens with Anki\'s headers', () => {
		expect(guessDelimiter('# a comment, with commas, many, of them\nQ1\tA1\nQ2\tA2', true)).toBe('\t');
	});
});

describe('parseCsv: columns', () => {
	it('reads question and answer from the first two columns when there is no header row', () => {
		expect(rows('ગુજરાતની રાજધાની?,ગાંધીનગર\nપ્રથમ વડાપ્રધાન?,નેહરુ\n')).toEqual([
			[1, 'ગુજરાતની રાજધાની?', 'ગાંધીનગર'],
			[2, 'પ્રથમ વડાપ્રધાન?', 'નેહરુ']
		]);
	});

	it('reads a header row in English or Gujarati, in any column order', () => {
		expect(rows('answer,question\nગાંધીનગર,રાજધાની?')).toEqual([[2, 'રાજધાની?', 'ગાંધીનગર']]);
		expect(rows('જવાબ;પ્રશ્ન\nગાંધીનગર;રાજધાની?')).toEqual([[2, 'રાજધાની?', 'ગાંધીનગર']]);
	});

	it('reads the optional columns: category, kind, accept, distractors, en, explanation, quote', () => {
		const text =
			'Question,Answer,Category,Kind,Accept,Wrong 1,Wrong 2,English,Explanation\n' +
			'રાજધાની?,ગાંધીનગર,સ્થળ,city,Gandhinagar; ગાંધીનગર શહેર,અમદાવાદ,સુરત | વડોદરા,The capital is Gandhinagar.,૧૯૭૦થી\n';
		const [d] = read(text).drafts;
		expect(d).toEqual({
			prompt: 'રાજધાની?',
			answer: 'ગાંધીનગર',
			accept: ['Gandhinagar', 'ગાંધીનગર શહેર'],
			distractors: ['અમદાવાદ', 'સુરત', 'વડોદરા'],
			category: 'place',
			categorySource: 'file',
			kind: 'city',
			line: 2,
			en: 'The capital is Gandhinagar.',
			explanation: '૧૯૭૦થી'
		});
	});

	it('needs a question and an answer column when there is a header row', () => {
		expect(problemsOf('question,category\nQ1,date')).toEqual([
			'1: -: columns: csv-no-columns'
		]);
	});

	it('notes header names it does not know and extra columns with no header', () => {
		expect(problemsOf('question,answer,difficulty\nQ1,A1,easy')).toEqual([
			'1: -: columns: csv-unknown-columns names=["difficulty"] (note)'
		]);
		expect(problemsOf('Q1,A1,x,y\nQ2,A2')).toEqual([
			'1: -: columns: csv-extra-columns last=4 (note)'
		]);
	});
});

describe('parseCsv: quoting and line numbers', () => {
	it('keeps separators and newlines inside quoted fields, and doubled quotes', () => {
		const text = 'question,answer\n"એક, બે\nઅને ત્રણ?","કહે ""હા"""\nપછી?,ચાર\n';
		expect(rows(text)).toEqual([
			[2, 'એક, બે\nઅને ત્રણ?', 'કહે "હા"'],
			[4, 'પછી?', 'ચાર']
		]);
	});

	it('reports problems on the real line of the file, after quoted newlines and blank lines', () => {
		const text = 'question,answer\n"a\nb\nc",1\n\n"d",\n';
		expect(problemsOf(text)).toEqual(['6: -: answer: empty']);
	});

	it('reports an unclosed quote', () => {
		expect(problemsOf('question,answer\nQ1,A1\n"Q2,A2\nQ3,A3\n')).toEqual([
			'3: -: row: csv-unclosed-quote',
			'3: -: answer: empty'
		]);
	});

	it('reads semicolon-separated files from European spreadsheets', () => {
		expect(rows('પ્રશ્ન;જવાબ\n"એક; બે, ત્રણ?";ચાર\n')).toEqual([[2, 'એક; બે, ત્રણ?', 'ચાર']]);
	});

	it('hints at quoting when a multi-line definition breaks a row', () => {
		expect(problemsOf('ગુજરાતની રાજધાની\tગાંધીનગર,\n૧૯૭૦થી\nપ્રથમ વડાપ્રધાન\tનેહરુ')).toEqual([
			'2: -: answer: csv-continued-line'
		]);
	});

	it('reads the commas of an answer in Quizlet’s unquoted comma export as part of it, naming each such row', () => {
		const quizlet =
			'ચંદ્રયાન-૩ ઉતરાણ,૨૩ ઓગસ્ટ ૨૦૨૩\nભારતના રાષ્ટ્રપતિ,દ્રૌપદી મુર્મુ\nG20 ૨૦૨૩ યજમાન,ભારત મંડપમ, નવી દિલ્હી\nવર્લ્ડ કપ ફાઇનલ,અમદાવાદ\n';
		expect(rows(quizlet)[2]).toEqual([3, 'G20 ૨૦૨૩ યજમાન', 'ભારત મંડપમ, નવી દિલ્હી']);
		expect(problemsOf(quizlet)).toEqual(['3: -: answer: csv-comma-in-answer answer=ભારત મંડપમ, નવી દિલ્હી (note)']);
		// pasted, with no file name to say it is CSV, it is read the same
		expect(guessDelimiter(quizlet)).toBe(',');
		// a third column in most rows is a column, not commas of an answer
		expect(problemsOf('Q1,A1,x\nQ2,A2,y\nQ3,A3\n')).toEqual(['1: -: columns: csv-extra-columns last=3 (note)']);
		// most rows split, but unlike each other: commas of answers, however many
		const commas = 'Statue of Unity,182 m tall, at Kevadia\nGir,Asiatic lions\nDandi,Salt March, 1930, Navsari district\n';
		expect(guessDelimiter(commas)).toBe(',');
		expect(rows(commas).map((row) => row[2])).toEqual([
			'182 m tall, at Kevadia',
			'Asiatic lions',
			'Salt March, 1930, Navsari district'
		]);
		expect(problemsOf(commas)).toEqual([
			'1: -: answer: csv-comma-in-answer answer=182 m tall, at Kevadia (note)',
			'3: -: answer: csv-comma-in-answer answer=Salt March, 1930, Navsari district (note)'
		]);
	});

	it('keeps a character reference’s `;` in its field in a file separated by `;`, unless it says it is not HTML', () => {
		const anki =
			'#separator:Semicolon\n#html:true\nWho founded Amul?;Tribhuvandas Patel &amp; Verghese Kurien\n"Capital; state";Gandhinagar\n';
		expect(rows(anki)).toEqual([
			[3, 'Who founded Amul?', 'Tribhuvandas Patel & Verghese Kurien'],
			[4, 'Capital; state', 'Gandhinagar']
		]);
		expect(rows('#separator:Semicolon\n#html:false\nQ &amp; A;x;y\nQ2;A2;z\n')[0]).toEqual([3, 'Q &amp', 'A']);
	});

	it("reads Quizlet's tab-separated export", () => {
		expect(rows('ગુજરાતની રાજધાની\tગાંધીનગર\nપ્રથમ વડાપ્રધાન\tનેહરુ')).toEqual([
			[1, 'ગુજરાતની રાજધાની', 'ગાંધીનગર'],
			[2, 'પ્રથમ વડાપ્રધાન', 'નેહરુ']
		]);
	});
});

describe("parseCsv: Anki's file headers", () => {
	it('honours #separator (by name or as the character), #columns and #deck, counting header lines', () => {
		const text = '#separator:Pipe\n#deck:ગુજરાતી સમાચાર\n#columns:Back|Front\nગાંધીનગર|રાજધાની?\n';
		const output = read(text);
		expect(output.title).toBe('ગુજરાતી સમાચાર');
		expect(output.drafts.map((d) => [d.line, d.prompt, d.answer])).toEqual([[4, 'રાજધાની?', 'ગાંધીનગર']]);
		expect(rows('#separator:;\nQ1;A1')).toEqual([[2, 'Q1', 'A1']]);
		expect(rows('#separator:Tab\nQ1, still\tA1')).toEqual([[2, 'Q1, still', 'A1']]);
	});

	it('takes #columns names it does not know as question and answer, in order', () => {
		expect(rows('#separator:Tab\n#columns:Text\tExtra\nQ1\tA1')).toEqual([[3, 'Q1', 'A1']]);
	});

	it('strips HTML when #html:true, and keeps text as written otherwise', () => {
		expect(rows('#html:true\nQ1<br>more,<b>A&amp;B</b>')).toEqual([[2, 'Q1\nmore', 'A&B']]);
		expect(rows('#html:false\na < b?,<b>')).toEqual([[2, 'a < b?', '<b>']]);
	});

	it('takes a category from #tags or a tags column', () => {
		const byHeader = read('#tags:news dates\nQ1,A1').drafts[0]!;
		expect([byHeader.category, byHeader.categorySource]).toEqual(['date', 'file']);
		const byColumn = read('#separator:Tab\n#tags column:3\nQ1\tA1\tnews વ્યક્તિ').drafts[0]!;
		expect(byColumn.category).toBe('person');
	});

	it('notes a #separator it does not know, and reads the rows with the one that splits them', () => {
		expect(problemsOf('#separator:Dash\nQ1,A1')[0]).toBe('1: -: separator: anki-separator value=Dash (note)');
		expect(rows('#separator:Dash\nQ1,A1')).toEqual([[2, 'Q1', 'A1']]);
	});
});

describe('parseCsv: checks', () => {
	it('blocks on a category or kind it does not know', () => {
		expect(problemsOf('question,answer,category,kind\nQ1,A1,history,\nQ2,A2,place,town')).toEqual([
			'2: -: category: csv-category-name value=history',
			'3: -: kind: csv-kind-name value=town'
		]);
	});

	it('skips blank rows and blocks on a row with no question', () => {
		expect(problemsOf('question,answer\n\n,A1\n,\n')).toEqual(['3: -: prompt: empty']);
	});
});
