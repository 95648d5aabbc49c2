import { describe, expect, it } from 'vitest';
import { detectFormat, looksBinary, stripBom } from './detect';

describe('detectFormat', () => {
	it('recognises each format from its content, whatever the file is called', () => {
		expect(detectFormat('{\n\t"id": "gk"\n}', 'quiz.txt')).toBe('json');
		expect(detectFormat('[]', 'quiz.txt')).toBe('json');
		expect(detectFormat('// Moodle\n::Q1:: Who? {=x ~y}', 'quiz.txt')).toBe('gift');
		expect(detectFormat('$CATEGORY: $course$/top/dates\n\nWhen? {#1822}', 'quiz.txt')).toBe('gift');
		expect(detectFormat('Who? {=x =y}\n\nSun rises in the east. {T}', 'quiz.txt')).toBe('gift');
		expect(detectFormat('{=x} is the answer.', 'quiz.txt')).toBe('gift');
		expect(detectFormat('Q?\nA. x\nB. y\nANSWER: B', 'quiz.csv')).toBe('aiken');
		expect(detectFormat('#separator:Tab\n#html:false\nQ\tA', 'quiz.txt')).toBe('csv');
		expect(detectFormat('question,answer\nQ1,A1', 'quiz.txt')).toBe('csv');
		expect(detectFormat('પ્રશ્ન;જવાબ\nએક, બે?;ત્રણ', 'quiz.txt')).toBe('csv');
		expect(detectFormat('Q1\tA1\nQ2\tA2', 'quiz.txt')).toBe('csv');
	});

	it("recognises Anki's files by their top lines: headers, the legacy tags: line, or # comments over rows that split", () => {
		expect(detectFormat('#deck:GK\nQ1,A1', 'deck.txt')).toBe('csv');
		expect(detectFormat('tags:gk\nQ1\tA1\tx', 'deck.txt')).toBe('csv');
		expect(detectFormat('# exported from Anki\n# class 10\nQ1\tA1\nQ2\tA2', 'deck.txt')).toBe('csv');
		// one row is enough for a file that opens like Anki's
		expect(detectFormat('# one card\nQ1;A1', 'deck.txt')).toBe('csv');
		expect(detectFormat('# Notes\nnothing here splits\nat all', 'notes.txt')).toBe('unknown');
	});

	it("recognises Quizlet's export with a definition over two lines, however few rows it has", () => {
		expect(detectFormat('Q1\tA1, and\nmore of A1\nQ2\tA2\nQ3\tA3', 'quizlet.txt')).toBe('csv');
		expect(detectFormat('Q1\tA1\nmore\nand more\nQ2\tA2', 'quizlet.txt')).toBe('csv');
	});

	it('reads a table as a table though a cell holds what looks like GIFT: a header row, or a .csv that splits', () => {
		// Kasoti's own CSV export of an explanation that tells how Moodle writes true/false
		const own = 'id,question,answer,category,explanation\nq1,ગુજરાતની રાજધાની?,ગાંધીનગર,place,Moodleમાં સાચું માટે {T} લખાય.\n';
		expect(detectFormat(own, 'રાજધાની.csv')).toBe('csv');
		expect(detectFormat(own, 'export.txt')).toBe('csv');
		expect(detectFormat('"question";"answer"\nQ {=x};A', 'quiz.txt')).toBe('csv');
		expect(detectFormat('Q1,{T} is true\nQ2,A2', 'cards.csv')).toBe('csv');
		// without either, the braces still say GIFT
		expect(detectFormat('Q1,{T} is true\nQ2,A2', 'cards.txt')).toBe('gift');
	});

	it('reads broken JSON as JSON, so its syntax error is what gets reported', () => {
		expect(detectFormat('{ "id": "gk", ', 'quiz.txt')).toBe('json');
	});

	it('recognises empty and binary files', () => {
		expect(detectFormat('', 'a.csv')).toBe('empty');
		expect(detectFormat('\uFEFF \n\t\n', 'a.csv')).toBe('empty');
		expect(detectFormat('PK\u0003\u0004\u0000\u0000rest', 'a.csv')).toBe('binary');
		expect(detectFormat('\uFFFD\uFFFDx\uFFFD\uFFFD\uFFFD', 'a.txt')).toBe('binary');
	});

	it('leaves prose unknown, and lets the file name decide only when the content cannot', () => {
		expect(detectFormat('Dear teachers,\nhere are my notes, as promised, for Monday.\nThanks', 'notes.txt')).toBe('unknown');
		expect(detectFormat('One line, with a comma', 'notes.txt')).toBe('unknown');
		expect(detectFormat('One line, with a comma', 'cards.csv')).toBe('csv');
		expect(detectFormat('Who is it?', 'quiz.gift')).toBe('gift');
	});
});

describe('looksBinary', () => {
	it('allows a stray replacement character in a long text', () => {
		expect(looksBinary(`${'ગુજરાત '.repeat(100)}\uFFFD`)).toBe(false);
	});
});

describe('stripBom', () => {
	it('drops a leading byte-order mark only', () => {
		expect(stripBom('\uFEFFa\uFEFFb')).toBe('a\uFEFFb');
	});
});
