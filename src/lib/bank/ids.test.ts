import { describe, expect, it } from 'vitest';
import {
	freeFileName,
	freeId,
	isValidId,
	namesOf,
	nextQuestionId,
	questionIdFor,
	questionNumber,
	setIdFromName,
	slug,
	stampedSetId,
	withFreeNames
} from './ids';
import type { QuestionSet } from './schema';

const question = (id: string, article: string) => ({
	id,
	category: 'person' as const,
	prompt: `${id}: રશિયાના રાષ્ટ્રપતિ કોણ છે?`,
	answer: 'પુતિન',
	accept: [],
	article,
	quote: 'રશિયાના રાષ્ટ્રપતિ પુતિન છે.',
	en: 'Putin is the president of Russia.'
});
const set = (id: string, questions: QuestionSet['questions'], articles: QuestionSet['articles'] = []): QuestionSet => ({
	id,
	title: 'રશિયા',
	title_en: 'Russia',
	lang: 'gu',
	articles,
	questions
});

describe('isValidId', () => {
	it('follows the schema: lower case, digits, single hyphens, at most 80 characters', () => {
		expect(['q-1', 'Q1', 'q--1', 'q_1', 'a'.repeat(81)].map(isValidId)).toEqual([true, false, false, false, false]);
	});
});

describe('slug and setIdFromName', () => {
	it('keeps lower-case letters and digits, joined by single hyphens, with Gujarati in Latin letters', () => {
		expect(slug('Kim Russia  Trip!', 'set')).toBe('kim-russia-trip');
		expect(slug('કસોટી', 'set')).toBe('kasoti');
		expect(slug('—', 'set')).toBe('set');
	});

	it('names a set after a file without its folder and extension, Gujarati in Latin letters', () => {
		expect(setIdFromName('GK Quiz (2024).csv')).toBe('gk-quiz-2024');
		expect(setIdFromName('C:\\Users\\me\\Moodle export.gift')).toBe('moodle-export');
		expect(setIdFromName('000_1EE9a9.txt')).toBe('000-1ee9a9');
		expect(setIdFromName('પ્રશ્નો.txt')).toBe('prasno');
		expect(setIdFromName('???.txt')).toBe('imported');
		expect(setIdFromName('???.txt', 'draft')).toBe('draft');
	});
});

describe('freeId', () => {
	it('keeps a free id and numbers a taken one from 2', () => {
		expect(freeId('gk', new Set(['other']))).toBe('gk');
		expect(freeId('gk', new Set(['gk']))).toBe('gk-2');
		expect(freeId('gk', new Set(['gk', 'gk-2', 'gk-3']))).toBe('gk-4');
	});

	it('stays within 80 characters and never ends the base on a hyphen', () => {
		const long = `${'a'.repeat(77)}-bc`;
		expect(freeId(long, new Set([long]))).toBe(`${'a'.repeat(77)}-2`);
		expect(freeId(long, new Set([long])).length).toBe(79);
	});
});

describe('stampedSetId', () => {
	it('adds the time in base 36 to the base, then a number while the id is taken', () => {
		const now = 1_700_000_000_000;
		expect(stampedSetId('set', now, new Set())).toBe('set-loyw3v28');
		expect(stampedSetId('set', now, new Set(['set-loyw3v28']))).toBe('set-loyw3v28-2');
		expect(stampedSetId('set', now, new Set(['set-loyw3v28', 'set-loyw3v28-2']))).toBe('set-loyw3v28-3');
	});

	it('keeps a long base short enough for question ids to fit the schema', () => {
		const id = stampedSetId('a-very-long-built-in-set-id-that-goes-on-and-on-and-on-and-on', 0, new Set());
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});
});

describe('freeFileName', () => {
	it('keeps a free name and numbers a taken one before its .txt', () => {
		expect(freeFileName('a.txt', new Set(['b.txt']))).toBe('a.txt');
		expect(freeFileName('a.txt', new Set(['a.txt', 'a-2.txt']))).toBe('a-3.txt');
	});
});

describe('question ids', () => {
	it('reads the number of <set-id>-q<n> only', () => {
		expect(questionNumber('set-a', 'set-a-q12')).toBe(12);
		expect(questionNumber('set-a', 'set-b-q12')).toBeUndefined();
		expect(questionNumber('set-a', 'set-a-q01')).toBeUndefined();
		expect(questionNumber('set-a', 'set-a-qx')).toBeUndefined();
	});

	it('counts on from the highest number in the set, never giving a number twice, skipping other sets’ ids', () => {
		expect(nextQuestionId('s', 0, ['s-q1', 's-q2'])).toEqual({ id: 's-q3', number: 3 });
		// q3 was deleted: the set has q1 and q2, but 3 was given
		expect(nextQuestionId('s', 3, ['s-q1', 's-q2'])).toEqual({ id: 's-q4', number: 4 });
		expect(nextQuestionId('s', 0, [], new Set(['s-q1', 's-q2']))).toEqual({ id: 's-q3', number: 3 });
	});

	it('makes a question id from the set and the prompt only, not from spacing or punctuation, within 80', () => {
		const id = questionIdFor('gk-quiz', 'ગુજરાતની રાજધાની કઈ છે?');
		expect(id).toMatch(/^gk-quiz-[0-9a-z]{7}$/);
		expect(questionIdFor('gk-quiz', 'ગુજરાતની  રાજધાની કઈ છે')).toBe(id);
		expect(questionIdFor('other', 'ગુજરાતની રાજધાની કઈ છે?')).not.toBe(id);
		expect(questionIdFor('gk-quiz', 'રાજ્ય કયું?')).not.toBe(id);
		expect(questionIdFor('x'.repeat(80), 'q').length).toBeLessThanOrEqual(80);
	});
});

describe('withFreeNames', () => {
	const taken = (...sets: QuestionSet[]) => namesOf(sets);

	it('leaves a set whose names are all free as it is', () => {
		const incoming = set('russia', [question('r1', 'russia.txt')]);
		expect(withFreeNames({ set: incoming, sources: {} }, taken(set('india', [question('i1', 'india.txt')])))).toEqual({
			set: incoming,
			sources: {}
		});
	});

	it('renames a set id taken by a built-in or own set, and the questions whose ids are taken', () => {
		const library = taken(set('russia', [question('r1', 'a.txt')]), set('russia-2', [question('r2', 'a.txt')]));
		const incoming = set('russia', [question('r1', 'a.txt'), question('r3', 'a.txt'), question('r1-2', 'a.txt')], [
			{ file: 'a.txt', headline: 'લેખ', headline_en: 'Article' }
		]);
		const { set: stored, sources } = withFreeNames({ set: incoming, sources: { 'a.txt': 'લેખ' } }, library);
		expect(stored.id).toBe('russia-3');
		// r1-2 is this set's own id, so the renamed r1 skips it
		expect(stored.questions.map((q) => q.id)).toEqual(['r1-3', 'r3', 'r1-2']);
		// a.txt is listed by a set already here: the quiz would offer it twice
		expect(stored.articles.map((a) => a.file)).toEqual(['a-2.txt']);
		expect(stored.questions.map((q) => q.article)).toEqual(['a-2.txt', 'a-2.txt', 'a-2.txt']);
		expect(sources).toEqual({ 'a-2.txt': 'લેખ' });
	});

	it("moves the set's own article and its question ids along with a new set id, as the editor names them", () => {
		const own = { file: 'quiz.txt', headline: 'રશિયા', headline_en: 'Russia' };
		const incoming = set('quiz', [question('quiz-q1', 'quiz.txt'), question('quiz-q2', 'other.txt')], [own]);
		const library = taken(set('quiz', [question('quiz-q1', 'quiz.txt')]), set('x', [question('quiz-2-q2', 'x.txt')]));
		const { set: stored, sources } = withFreeNames(
			{ set: incoming, sources: { 'quiz.txt': 'રશિયાના રાષ્ટ્રપતિ પુતિન છે.', 'other.txt': 'બીજો લેખ' } },
			library
		);
		expect(stored.id).toBe('quiz-2');
		expect(stored.articles.map((a) => a.file)).toEqual(['quiz-2.txt']);
		// quiz-2-q2 is taken by another set, so that one is numbered on
		expect(stored.questions.map((q) => [q.id, q.article])).toEqual([
			['quiz-2-q1', 'quiz-2.txt'],
			['quiz-2-q2-2', 'other.txt']
		]);
		expect(sources).toEqual({ 'quiz-2.txt': 'રશિયાના રાષ્ટ્રપતિ પુતિન છે.', 'other.txt': 'બીજો લેખ' });
	});

	it('moves an imported set’s unlisted own article with its id (the quote is made from the question)', () => {
		const incoming = set('gk', [question('gk-1a', 'gk.txt')]);
		const { set: stored } = withFreeNames({ set: incoming, sources: {} }, taken(set('gk', [question('x', 'y.txt')])));
		expect(stored.id).toBe('gk-2');
		expect(stored.questions.map((q) => [q.id, q.article])).toEqual([['gk-2-1a', 'gk-2.txt']]);
	});
});
