import { describe, expect, it } from 'vitest';
import { problemLine } from '../i18n/problem-line';
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
			'many.csv: -: (file): The file has 20001 questions: at most 20000 can be imported at once.'
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

