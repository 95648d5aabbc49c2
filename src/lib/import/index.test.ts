import { describe, expect, it } from 'vitest';
import { problemLine } from '../i18n/problem-line';
import { problemField } from '../i18n/problem-text';
import { enProblems } from '../i18n/problems-en';
import { guProblems } from '../i18n/problems-gu';
import {
	draftsToSet,
	importBytes,
	importText,
	MAX_BYTES,
	MAX_QUESTIONS,
	suggestMeta
} from './index';

const messages = (text: string, fileName?: string) => importText(text, fileName).problems.map(problemLine);

describe('importText', () => {
	it('builds a set from a file whose categories are all known or proposed', () => {
		const result = importText('question,answer,category\nગુજરાતની રાજધાની?,ગાંધીનગર,place\nકોણ?,નેહરુ,\n', 'GK quiz.csv');
		expect(result.format).toBe('csv');
		expect(result.problems).toEqual([]);
		expect(result.set?.id).toBe('gk-quiz');
		expect(result.set?.title).toBe('GK quiz');
		expect(result.set?.questions.map((q) => [q.category, q.article])).toEqual([
			['place', 'gk-quiz.txt'],
			['person', 'gk-quiz.txt']
		]);
	});

	it('gives drafts but no set while some categories are unknown, and says how many', () => {
		const result = importText('Q one,A1\nQ two,A2\nWho?,A3\n', 'cards.csv');
		expect(result.set).toBeUndefined();
		expect(result.drafts.map((d) => d.categorySource)).toEqual(['missing', 'missing', 'proposed']);
		expect(result.problems.map(problemLine)).toEqual([
			'cards.csv:1: -: category: 2 questions have no category that could be told from the file: choose date, person or place.'
		]);
		// once the teacher has chosen, the drafts make the set
		const chosen = result.drafts.map((d) => ({ ...d, category: d.category ?? 'date', categorySource: 'file' as const }));
		const { set, problems } = draftsToSet(chosen, result.meta!, 'cards.csv');
		expect(problems).toEqual([]);
		expect([set?.id, set?.title, set?.questions.map((q) => q.category)]).toEqual([
			'cards',
			'cards',
			['date', 'date', 'person']
		]);
	});

	it('suggests an id from the file name and a title from the file, else from the name', () => {
		expect(suggestMeta('GK Quiz.csv', { title: 'ગુજરાતી સમાચાર' })).toEqual({
			id: 'gk-quiz',
			title: 'ગુજરાતી સમાચાર',
			title_en: 'ગુજરાતી સમાચાર'
		});
		expect(suggestMeta(undefined)).toEqual({
			id: 'imported-questions',
			title: 'Imported questions',
			title_en: 'Imported questions'
		});
	});

	it('keeps the good questions of a file with a broken one, and counts the one left out', () => {
		const result = importText('question,answer,category\nQ1,A1,date\nQ2,,date\n', 'cards.csv');
		expect(result.set?.questions.map((q) => q.prompt)).toEqual(['Q1']);
		expect(result.left).toBe(1);
		expect(result.problems.map(problemLine)).toEqual(['cards.csv:3: -: answer: This must not be empty.']);
	});

	it('leaves out a question the set checks refuse, with the others keeping their ids', () => {
		// 2022 and ૨૦૨૨ are one answer: a distractor that is the answer is an error in the editor too
		const text = 'question,answer,distractors,category\nQ1?,1990,1991,date\nQ2?,2022,૨૦૨૨|2021,date\nQ3?,1960,1961,date\n';
		const whole = importText(text.replace('૨૦૨૨|', ''), 'years.csv');
		const result = importText(text, 'years.csv');
		expect(result.left).toBe(1);
		expect(result.set?.questions.map((q) => q.id)).toEqual([whole.set!.questions[0]!.id, whole.set!.questions[2]!.id]);
		expect(result.drafts.map((d) => d.prompt)).toEqual(['Q1?', 'Q3?']);
		expect(result.problems.map((p) => [p.line, p.code, p.severity])).toEqual([[3, 'distractor-is-answer', 'error']]);
	});

	it('imports nothing when the whole file is at fault', () => {
		const result = importText('question,answer\n', 'cards.csv');
		expect([result.set, result.drafts, result.left]).toEqual([undefined, [], undefined]);
	});

	it('imports the rest when problems only say what was left out', () => {
		const result = importText('$CATEGORY: dates\n\nWhen? {#1822}\n\nMatch. {=a -> b =c -> d}\n', 'm.gift');
		expect(result.set?.questions).toHaveLength(1);
		expect(result.problems.map((p) => [p.line, p.severity])).toEqual([[5, 'note']]);
	});

	it('refuses more than 5 MB of text, counted in UTF-8', () => {
		expect(messages('a'.repeat(MAX_BYTES + 1), 'big.csv')).toEqual([
			'big.csv: -: (file): The file is too large (5.0 MB): at most 5.0 MB can be imported at once.'
		]);
		// 1.8 million Gujarati letters are 5.4 MB in UTF-8
		expect(messages('ક'.repeat(1_800_000), 'big.txt')).toEqual([
			'big.txt: -: (file): The file is too large (5.1 MB): at most 5.0 MB can be imported at once.'
		]);
	});

	it('refuses more than 20,000 questions', () => {
		const rows = Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => `Q${i},A${i},date`);
		expect(messages(['question,answer,category', ...rows].join('\n'), 'many.csv')).toEqual([
			'many.csv: -: (file): The file has 20,001 questions: at most 20,000 can be imported at once.'
		]);
	});

	it('says when a readable file has no question Kasoti can use', () => {
		expect(messages('Write an essay. {}\n', 'e.gift')).toEqual([
			'e.gift: -: (file): The file has no questions Kasoti can use.',
			'e.gift:1: -: question: This is an essay question (an empty { }), which Kasoti does not ask; it was left out.'
		]);
	});

	it('names an unnamed upload "upload" in problems', () => {
		expect(messages('')).toEqual(['upload: -: (file): The file is empty.']);
	});

	it('strips a byte-order mark before reading', () => {
		expect(importText('\uFEFF{"id": 1}', 'x.json').format).toBe('json');
		expect(importText('\uFEFFquestion,answer\nQ1,A1', 'x.csv').drafts[0]!.prompt).toBe('Q1');
	});
});

describe('importBytes', () => {
	it('reads a UTF-16 spreadsheet export', () => {
		const text = '\uFEFFquestion\tanswer\tcategory\nરાજધાની?\tગાંધીનગર\tplace\n';
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			bytes[i * 2] = text.charCodeAt(i) & 0xff;
			bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
		}
		expect(importBytes(bytes, 'sheet.txt').set?.questions[0]!.answer).toBe('ગાંધીનગર');
	});
});


describe('a file Excel saved in Windows "ANSI"', () => {
	it('refuses questions whose Gujarati letters all became "?", naming each line', () => {
		const text = 'question,answer\n????? ??????? ??? ???,?????? ?????\n??20 ????? ?????,???? ??????\n';
		const result = importText(text, 'gk.csv');
		expect(result.drafts).toEqual([]);
		const advice =
			'The letters here became "?": the file was saved in an encoding without Gujarati (Excel’s "CSV (Comma delimited)"). ' +
			'In Excel choose Save As, "CSV UTF-8 (Comma delimited)", and import that file.';
		expect(result.problems.map(problemLine)).toEqual([`gk.csv:2: -: prompt: ${advice}`, `gk.csv:3: -: prompt: ${advice}`]);
	});

	it('keeps a question that only ends with "?", and leaves out one that lost its letters', () => {
		const result = importText('question,answer\nગુજરાતની રાજધાની કઈ છે?,ગાંધીનગર\nWho is ????? ??????,Modi\n', 'gk.csv');
		expect(result.drafts.map((d) => d.prompt)).toEqual(['ગુજરાતની રાજધાની કઈ છે?']);
		expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field, p.code])).toEqual([
			[3, 'prompt', 'lost-letters']
		]);
		expect(result.left).toBe(1);
	});

	it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
		const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
		const few = importBytes(bytes('question,answer,category\nWhich caf\xe9 is it?,Caf\xe9 Paris,place\n'), 'cafe.csv');
		expect(few.drafts.map((d) => [d.prompt, d.answer])).toEqual([['Which café is it?', 'Café Paris']]);
		expect(few.problems.map(problemLine)).toEqual([
			'cafe.csv: -: (file): Letters here are not in UTF-8: they were read as Windows-1252 (Western European), ' +
				'as Excel saves é, ’ and “ ”; check that they look right. Windows-1252 has no Gujarati letters, ' +
				'so Gujarati saved in it was lost. Save the file as "CSV UTF-8" or as UTF-8 text and import it again.'
		]);
		// enough such bytes once made the file look like a spreadsheet or PDF
		const rows = ['question,answer', 'd\x92Or?,Caf\xe9', '\x93President\x94 \x96 who?,Gandhi', 'Na\xefve \x96 \xe9t\xe9?,R\xe9sum\xe9'];
		const many = importBytes(bytes(rows.join('\n')), 'quotes.csv');
		expect(many.format).toBe('csv');
		expect(many.drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['d’Or?', 'Café'],
			['“President” – who?', 'Gandhi'],
			['Naïve – été?', 'Résumé']
		]);
		expect(many.problems[0]!.code).toBe('not-utf8');
	});

	it('reads a UTF-8 file with a few Windows-1252 bytes in it: the Gujarati stays, the bytes are read too', () => {
		const utf8 = new TextEncoder().encode('question,answer\nરાજધાની?,ગાંધીનગર\nWhich caf');
		const bytes = new Uint8Array([...utf8, 0xe9, 0x3f, 0x2c, 0x78, 0x0a]);
		const result = importBytes(bytes, 'mixed.csv');
		expect(result.drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['રાજધાની?', 'ગાંધીનગર'],
			['Which café?', 'x']
		]);
		expect(result.problems.map((p) => p.code)).toContain('not-utf8');
	});

	// regression: the note said the whole file was read as Windows-1252, its Gujarati lost, beside Gujarati read as written
	it('names the lines of a UTF-8 file that were not UTF-8, and only those, when its Gujarati was read as written', () => {
		const utf8 = (text: string) => [...new TextEncoder().encode(text)];
		const ansi = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
		const bytes = new Uint8Array([
			...utf8('\uFEFFprompt;answer;category\r\nનર્મદનો જન્મ ક્યાં થયો?;સુરત;place\r\n'),
			...ansi('Who sang \x93Vaishnav Jan\x94?;Gandhi\x92s choir;person\r\n'),
			...utf8('"ગુજરાતી\nકવિ કોણ?";નર્મદ;person\r'),
			...ansi('Na\xefve r\xe9sum\xe9?;Caf\xe9;person\n')
		]);
		const result = importBytes(bytes, 'kavi.csv');
		expect(result.drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['નર્મદનો જન્મ ક્યાં થયો?', 'સુરત'],
			['Who sang “Vaishnav Jan”?', 'Gandhi’s choir'],
			['ગુજરાતી\nકવિ કોણ?', 'નર્મદ'],
			['Naïve résumé?', 'Café']
		]);
		expect(result.problems.filter((p) => p.code === 'not-utf8').map((p) => [p.line, p.field, p.severity])).toEqual([
			[3, '(file)', 'note'],
			[6, '(file)', 'note']
		]);
		// a file with no UTF-8 letters at all, but its byte-order mark, has one note for the whole of it
		const ansiOnly = importBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...ansi('question,answer\nd\x92Or?,Caf\xe9\n')]), 'x.csv');
		expect(ansiOnly.problems.filter((p) => p.code === 'not-utf8').map((p) => p.line)).toEqual([undefined]);
	});

	it('still refuses a PDF, a spreadsheet (zip) and an image as not text', () => {
		let seed = 7;
		const noise = Array.from({ length: 3000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
		const head = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n';
		const pdf = Uint8Array.from(head, (c) => c.charCodeAt(0));
		const files: [string, Uint8Array][] = [
			['a.pdf', new Uint8Array([...pdf, ...noise.map((n) => (n === 0 ? 1 : n))])],
			['a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...noise])],
			['a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, ...noise])]
		];
		for (const [name, bytes] of files) {
			const result = importBytes(bytes, name);
			expect([name, result.format, result.problems.map((p) => p.code)]).toEqual([name, 'binary', ['not-text']]);
		}
	});
});

describe('an Aiken file with small choice letters', () => {
	it('reads "a)" as "A)", and counts a question gone wrong once, not once per line', () => {
		const good = (n: number) => [`પ્રશ્ન ${n}?`, 'A) હા', 'B) ના', 'ANSWER: A', ''];
		const lines = [
			...good(1),
			'ગુજરાતના મુખ્યમંત્રી કોણ છે?',
			'a) ભૂપેન્દ્ર પટેલ',
			'b) વિજય રૂપાણી',
			'c) આનંદીબેન પટેલ',
			'ANSWER: A',
			'',
			...good(3),
			'ભારતની રાજધાની કઈ છે?',
			'1) દિલ્હી',
			'2) મુંબઈ',
			'3) કોલકાતા',
			'ANSWER: A',
			'',
			...good(5),
			...good(6),
			...good(7)
		];
		const result = importText(lines.join('\n'), 'quiz.txt');
		expect(result.drafts.map((d) => d.answer)).toEqual(['હા', 'ભૂપેન્દ્ર પટેલ', 'હા', 'હા', 'હા', 'હા']);
		expect(result.drafts[1]!.distractors).toEqual(['વિજય રૂપાણી', 'આનંદીબેન પટેલ']);
		expect(result.problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([
			'quiz.txt:17: -: question: The question has no choices: write the question on one line, then "A) ..." lines, then "ANSWER: A".'
		]);
		expect(result.left).toBe(1);
	});

	it('reports two choices with the same letter on the second one’s line, and leaves the question out', () => {
		const result = importText('Q1?\nA) x\nB) y\nANSWER: A\n\nQ2?\nA) p\nA) q\nB) r\nANSWER: A\n', 'quiz.txt');
		expect(result.drafts.map((d) => d.prompt)).toEqual(['Q1?']);
		expect(result.problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([
			'quiz.txt:8: -: choices: Two choices are lettered A) (the first on line 7): give each choice its own letter, A), B), C).'
		]);
		expect(result.left).toBe(1);
	});
});

describe('a Kasoti JSON file with keys named like an object’s own', () => {
	it('names "__proto__" and "constructor" as written, in both languages', () => {
		const question = '{ "id": "c-1", "category": "person", "prompt": "કોણ?", "answer": "મોદી", "__proto__": "x", "constructor": "y" }';
		const text = `{\n"id": "gk-c", "title": "GK", "title_en": "GK", "lang": "gu",\n"questions": [\n${question}\n]\n}`;
		const problems = importText(text, 'gk.json').problems.filter((p) => p.code === 'unknown-field');
		const en = { problems: enProblems };
		const gu = { problems: guProblems };
		expect(problems.map((p) => [p.line, problemField(en, p), problemField(gu, p)])).toEqual([
			[4, '__proto__', '__proto__'],
			[4, 'constructor', 'constructor']
		]);
	});
});
