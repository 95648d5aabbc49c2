import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { importText } from '../import';
import { TEACHERS_SET } from './export-sample';
import { csvCell, toCsv } from './csv-export';
import { exportFile } from './export';

const BUILT_IN = ['kim-russia-trip', 'putin-north-korea'].map(
	(id) => JSON.parse(readFileSync(new URL(`../../../questions/sets/${id}.json`, import.meta.url), 'utf8')) as QuestionSet
);

/** What a CSV round trip keeps of each question. */
const kept = (set: QuestionSet) =>
	set.questions.map((q) => ({
		id: q.id,
		prompt: q.prompt,
		answer: q.answer,
		category: q.category,
		kind: q.kind,
		accept: q.accept,
		distractors: q.distractors,
		en: q.en,
		explanation: q.explanation,
		quote: q.quote,
		tags: q.tags
	}));

describe('toCsv', () => {
	it('writes a byte-order mark and a header row of the names the reader knows, CRLF between rows', () => {
		const text = toCsv(TEACHERS_SET);
		expect(text.startsWith('\uFEFFid,question,answer,category,kind,accept,distractors,en,explanation,quote,tags\r\n')).toBe(true);
		expect(text.split('\r\n')[1]).toBe(
			'gk-class-10-capital,"ગુજરાતની રાજધાની, ૧૯૭૦થી, કઈ છે?",ગાંધીનગર,place,city,Gandhinagar,અમદાવાદ | સુરત,Gandhinagar is the capital of Gujarat.,,ગુજરાતની રાજધાની ગાંધીનગર છે.,ગુજરાત રાજ્ય_સરકાર'
		);
		expect(exportFile(TEACHERS_SET, 'csv')).toMatchObject({ name: 'સામાન્ય જ્ઞાન, ધોરણ ૧૦.csv', type: 'text/csv' });
	});

	it('leaves the English cell empty for a question imported without English, not the Gujarati fact', () => {
		const file = 'question,answer,category\nભારતના રાષ્ટ્રપતિ કોણ છે?,દ્રૌપદી મુર્મુ,person\n';
		const imported = importText(file, 'week-1.csv');
		const row = toCsv(imported.set!).split('\r\n')[1]!.split(',');
		expect(row[7]).toBe('');
		expect(row[9]).toBe('ભારતના રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ');
	});

	it('quotes per RFC 4180, and keeps a cell from running as a formula', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('કહે "હા"')).toBe('"કહે ""હા"""');
		expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect([csvCell('-273'), csvCell('+91'), csvCell('1,947')]).toEqual(['-273', '+91', '"1,947"']);
	});

	it('reads back with the same title (the file’s name), question ids and every field a column holds', () => {
		const file = exportFile(TEACHERS_SET, 'csv');
		const back = importText(file.text, file.name);
		expect(back.problems).toEqual([]);
		expect(back.set).toMatchObject({ id: 'samany-jnan-dhoran-10', title: 'સામાન્ય જ્ઞાન, ધોરણ ૧૦' });
		const expected = kept(TEACHERS_SET);
		expected[0]!.tags = ['ગુજરાત', 'રાજ્ય_સરકાર'];
		expect(kept(back.set!)).toEqual(expected);
	});

	it('reads back as CSV, not GIFT, a set whose text mentions GIFT’s braces', () => {
		const explained = { ...TEACHERS_SET.questions[0]!, explanation: 'Moodleમાં સાચું/ખોટું માટે {T} લખાય.' };
		const set = { ...TEACHERS_SET, questions: [explained] };
		const file = exportFile(set, 'csv');
		const back = importText(file.text, file.name);
		expect(back.format).toBe('csv');
		expect(back.set?.questions.map((q) => [q.prompt, q.answer, q.explanation])).toEqual([
			[set.questions[0]!.prompt, set.questions[0]!.answer, 'Moodleમાં સાચું/ખોટું માટે {T} લખાય.']
		]);
	});

	it('reads back an option or accepted form that holds a ;, alone or among others', () => {
		const question = { ...TEACHERS_SET.questions[0]!, accept: ['Gandhinagar; GJ'], distractors: ['અમદાવાદ; સુરત', 'વડોદરા'] };
		const file = exportFile({ ...TEACHERS_SET, questions: [question] }, 'csv');
		expect(file.text.split('\r\n')[1]).toContain(',Gandhinagar; GJ |,અમદાવાદ; સુરત | વડોદરા,');
		const back = importText(file.text, file.name).set!.questions[0]!;
		expect([back.accept, back.distractors]).toEqual([['Gandhinagar; GJ'], ['અમદાવાદ; સુરત', 'વડોદરા']]);
	});

	it('reads back an option or accepted form that holds a |, alone, among others or with a ;', () => {
		const lists = [
			[['x | y'], ['અ | બ', 'ક']],
			[['x | y; z'], ['અ; બ | ક']],
			[['x', 'y | z; w'], ['અ\\ | બ']]
		];
		for (const [accept, distractors] of lists) {
			const question = { ...TEACHERS_SET.questions[0]!, accept: accept!, distractors: distractors! };
			const file = exportFile({ ...TEACHERS_SET, questions: [question] }, 'csv');
			const back = importText(file.text, file.name).set!.questions[0]!;
			expect([back.accept, back.distractors]).toEqual([accept, distractors]);
		}
	});

	it('reads back text that looks like HTML as the text it is', () => {
		const question = {
			...TEACHERS_SET.questions[0]!,
			prompt: 'HTMLમાં <b> ટૅગ શું બતાવે છે?',
			explanation: 'a &amp; b',
			quote: '<b> ટૅગ ગાંધીનગર જેવા શબ્દને ઘાટો બતાવે છે.'
		};
		const file = exportFile({ ...TEACHERS_SET, questions: [question] }, 'csv');
		const back = importText(file.text, file.name).set!.questions[0]!;
		expect([back.prompt, back.explanation, back.quote]).toEqual([question.prompt, question.explanation, question.quote]);
	});

	it('reads the built-in sets back as they were', () => {
		for (const set of BUILT_IN) {
			const file = exportFile(set, 'csv');
			const back = importText(file.text, file.name);
			expect(back.set?.title).toBe(set.title);
			expect(kept(back.set!)).toEqual(kept(set));
		}
	});
});
