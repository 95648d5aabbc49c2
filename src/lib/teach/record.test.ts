import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { blankQuestion, defaultArticle, linesToList, newSetRecord, normalizeRecord, sourceBoxes } from './record';

const SOURCE = 'ગુજરાતની રાજધાની ગાંધીનગર છે. તે સાબરમતીના કિનારે છે.';

function question(extra: Partial<Question> = {}): Question {
	return {
		...blankQuestion('s-q1', 's.txt', 'place'),
		kind: 'city',
		prompt: 'ગુજરાતની રાજધાની કઈ છે? ',
		answer: ' ગાંધીનગર',
		en: 'Gandhinagar is the capital of Gujarat.',
		...extra
	};
}

describe('newSetRecord', () => {
	it('starts a set with one blank question pointing to the set’s own article', () => {
		const record = newSetRecord('s', 5);
		expect(record.set.questions).toHaveLength(1);
		expect(record.set.questions[0]).toMatchObject({ id: 's-q1', article: 's.txt', prompt: '' });
		expect(record.lastQuestion).toBe(1);
		expect(record.origin).toBe('new');
		expect(record.createdAt).toBe(5);
	});
});

describe('normalizeRecord', () => {
	it('makes the quote of a question with no source text from the question, trimmed', () => {
		const record = { ...newSetRecord('s', 0), sources: {} };
		record.set.questions = [question()];
		const { set } = normalizeRecord(record);
		expect(set.articles).toEqual([]);
		expect(set.questions[0]!.quote).toBe('ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર');
		expect(set.questions[0]!.answer).toBe('ગાંધીનગર');
	});

	it('keeps the fact as the English line of a question given none, in step with the question as it changes', () => {
		const record = { ...newSetRecord('s', 0), sources: {} };
		record.set.questions = [question({ en: '' })];
		const first = normalizeRecord(record).set.questions[0]!;
		expect(first.en).toBe('ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર');
		record.set.questions = [{ ...first, prompt: 'ગુજરાતનું પાટનગર કયું છે?' }];
		expect(normalizeRecord(record).set.questions[0]!.en).toBe('ગુજરાતનું પાટનગર કયું છે? — ગાંધીનગર');
	});

	it('lists the set’s own article, headed by its titles, once it has source text', () => {
		const record = { ...newSetRecord('s', 0), sources: { 's.txt': SOURCE } };
		record.set.title = ' રાજધાની ';
		record.set.title_en = 'Capitals';
		record.set.questions = [question({ quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.' })];
		const { set } = normalizeRecord(record);
		expect(set.articles).toEqual([{ file: 's.txt', headline: 'રાજધાની', headline_en: 'Capitals' }]);
		// a quote from a source text is the teacher's, not made
		expect(set.questions[0]!.quote).toBe('ગુજરાતની રાજધાની ગાંધીનગર છે.');
	});

	it('drops empty source texts, empty optional fields, and the kind of a question that is not a place', () => {
		const record = { ...newSetRecord('s', 0), sources: { 's.txt': '  \n' } };
		record.set.articles = [{ file: 's.txt', headline: 'x', headline_en: 'x' }];
		record.set.questions = [question({ category: 'person', distractors: [' ', ''], explanation: ' ', accept: ['', ' a '] })];
		const { set, sources } = normalizeRecord(record);
		expect(sources).toEqual({});
		expect(set.articles).toEqual([]);
		const [q] = set.questions;
		expect(q).not.toHaveProperty('kind');
		expect(q).not.toHaveProperty('distractors');
		expect(q).not.toHaveProperty('explanation');
		expect(q!.accept).toEqual(['a']);
	});

	it('leaves other listed articles alone, with or without text', () => {
		const record = { ...newSetRecord('s', 0), sources: {} };
		record.set.articles = [{ file: 's-1.txt', headline: 'લેખ', headline_en: 'Article' }];
		record.set.questions = [question({ article: 's-1.txt', quote: 'એક વાક્ય.' })];
		const { set } = normalizeRecord(record);
		expect(set.articles).toEqual([{ file: 's-1.txt', headline: 'લેખ', headline_en: 'Article' }]);
		expect(set.questions[0]!.quote).toBe('એક વાક્ય.');
	});
});

describe('defaultArticle and sourceBoxes', () => {
	it('a new question points to the first article with text, else to the set’s own', () => {
		const articles = [
			{ file: 's-1.txt', headline: 'એક', headline_en: 'One' },
			{ file: 's-2.txt', headline: 'બે', headline_en: 'Two' }
		];
		expect(defaultArticle({ id: 's', articles }, { 's-2.txt': 'લખાણ' })).toBe('s-2.txt');
		expect(defaultArticle({ id: 's', articles }, {})).toBe('s.txt');
	});

	it('offers one box for the set’s own text, or one per listed article', () => {
		expect(sourceBoxes({ id: 's', articles: [] })).toEqual([{ file: 's.txt' }]);
		expect(sourceBoxes({ id: 's', articles: [{ file: 's.txt', headline: 'x', headline_en: 'x' }] })).toEqual([
			{ file: 's.txt' }
		]);
		expect(sourceBoxes({ id: 's', articles: [{ file: 's-1.txt', headline: 'લેખ', headline_en: 'A' }] })).toEqual([
			{ file: 's-1.txt', headline: 'લેખ' }
		]);
	});
});

describe('linesToList', () => {
	it('takes one item per line, trimmed, without empty lines', () => {
		expect(linesToList('Putin\r\n\n  પુટિન  \n')).toEqual(['Putin', 'પુટિન']);
	});
});
