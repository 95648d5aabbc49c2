import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { alreadyHeld, freeFileName, freeId, withFreeIds } from './free-id';

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

describe('freeFileName', () => {
	it('keeps a free name and numbers a taken one before its .txt', () => {
		expect(freeFileName('a.txt', new Set(['b.txt']))).toBe('a.txt');
		expect(freeFileName('a.txt', new Set(['a.txt', 'a-2.txt']))).toBe('a-3.txt');
	});
});

describe('withFreeIds', () => {
	it('leaves a set whose ids are all free as it is', () => {
		const incoming = set('russia', [question('r1', 'russia.txt')]);
		expect(withFreeIds({ set: incoming, sources: {} }, [set('india', [question('i1', 'india.txt')])])).toEqual({
			set: incoming,
			sources: {}
		});
	});

	it('renames a set id taken by a built-in or own set, and the questions whose ids are taken', () => {
		const library = [set('russia', [question('r1', 'a.txt')]), set('russia-2', [question('r2', 'a.txt')])];
		const incoming = set('russia', [question('r1', 'a.txt'), question('r3', 'a.txt'), question('r1-2', 'a.txt')], [
			{ file: 'a.txt', headline: 'લેખ', headline_en: 'Article' }
		]);
		const { set: stored, sources } = withFreeIds({ set: incoming, sources: { 'a.txt': 'લેખ' } }, library);
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
		const library = [set('quiz', [question('quiz-q1', 'quiz.txt')]), set('x', [question('quiz-2-q2', 'x.txt')])];
		const { set: stored, sources } = withFreeIds(
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
});

describe('alreadyHeld', () => {
	it('is true only for the very same set under the same id', () => {
		const held = set('russia', [question('r1', 'a.txt')]);
		expect(alreadyHeld(structuredClone(held), [held])).toBe(true);
		expect(alreadyHeld({ ...held, title: 'બીજું' }, [held])).toBe(false);
		expect(alreadyHeld({ ...held, id: 'russia-2' }, [held])).toBe(false);
	});
});
