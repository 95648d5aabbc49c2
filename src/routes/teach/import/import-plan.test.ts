import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, importText, questionIdFor } from '$lib/import';
import {
	buildSet,
	countChoices,
	freeId,
	importRecord,
	problemDetail,
	reviewResult,
	titlesReady,
	withCategory
} from './import-plan';

const FIXTURES = new URL('../../../../tests/fixtures/import/', import.meta.url);
const load = (name: string) => importBytes(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name);
const none = { sets: new Set<string>(), questions: new Set<string>() };

describe('reviewResult', () => {
	it('drops the importer\'s "no category" count but keeps the other notes', () => {
		const result = importText('Q one,A1\nWho?,નેહરુ\n', 'cards.csv');
		expect(result.problems.map((p) => p.field)).toEqual(['category']);
		expect(reviewResult(result, 'cards.csv')).toEqual({ problems: [], blocked: false });
		expect(reviewResult(load('gujarati.gift'), 'gujarati.gift').problems.map((p) => [p.line, p.blocking])).toEqual([
			[27, false]
		]);
	});

	it('finds what the set would refuse before the teacher has chosen every category', () => {
		const long = 'x'.repeat(301);
		const result = importText(`Q one,A1\nQ two,${long}\n`, 'cards.csv');
		expect(result.set).toBeUndefined();
		const review = reviewResult(result, 'cards.csv');
		expect(review.blocked).toBe(true);
		expect(review.problems.map((p) => [p.line, p.field, p.message])).toEqual([
			[2, 'answer', 'is too long: at most 300 characters']
		]);
	});

	it('blocks a file with no questions', () => {
		expect(reviewResult(importText('', 'empty.txt'), 'empty.txt').blocked).toBe(true);
		expect(reviewResult(load('bad-duplicate-ids.json'), 'bad-duplicate-ids.json').blocked).toBe(true);
	});
});

describe('withCategory and countChoices', () => {
	it('keeps a place kind only on a place', () => {
		const draft = importText('ગુજરાતની રાજધાની કઈ છે?\tગાંધીનગર\nx\ty\n', 'q.tsv').drafts[0]!;
		expect([draft.category, draft.kind]).toEqual(['place', 'city']);
		expect(withCategory(draft, 'person').kind).toBeUndefined();
		expect(withCategory(draft, 'place').kind).toBe('city');
	});

	it('counts each category and the questions still without one', () => {
		expect(countChoices(['date', undefined, 'place', 'date'])).toEqual({ date: 2, person: 0, place: 1, none: 1 });
	});
});

describe('freeId', () => {
	it('adds -2, -3 ... to a taken id, and stays within 80 characters', () => {
		expect(freeId('gk', new Set(['other']))).toBe('gk');
		expect(freeId('gk', new Set(['gk', 'gk-2']))).toBe('gk-3');
		const long = `${'a'.repeat(78)}-b`;
		expect(freeId(long, new Set([long]))).toBe(`${'a'.repeat(78)}-2`);
	});
});

describe('buildSet', () => {
	const titles = { title: ' ગુજરાતી\u0000 પ્રશ્નો ', titleEn: 'Gujarati questions' };

	it("builds a set from the teacher's categories and cleaned titles", () => {
		const result = importText('Q one,A1\nQ two,A2\n', 'cards.csv');
		const { set, problems } = buildSet(result, { categories: ['date', 'person'], ...titles }, 'cards.csv', none);
		expect(problems).toEqual([]);
		expect([set?.id, set?.title, set?.title_en]).toEqual(['cards', 'ગુજરાતી પ્રશ્નો', 'Gujarati questions']);
		expect(set?.questions.map((q) => [q.category, q.article])).toEqual([
			['date', 'cards.txt'],
			['person', 'cards.txt']
		]);
	});

	it('refuses while a category is missing or a title is empty', () => {
		const result = importText('Q one,A1\nQ two,A2\n', 'cards.csv');
		const missing = buildSet(result, { categories: ['date', undefined], ...titles }, 'cards.csv', none);
		expect([missing.set, missing.problems.map((p) => [p.line, p.field])]).toEqual([undefined, [[2, 'category']]]);
		const untitled = buildSet(result, { categories: ['date', 'date'], title: ' ', titleEn: 'x' }, 'cards.csv', none);
		expect(untitled.set).toBeUndefined();
		expect(titlesReady({ title: ' ', titleEn: 'x' })).toBe(false);
	});

	it('takes a free set id, so a built-in set is never replaced, and ids follow it', () => {
		const result = importText('Q one,A1\n', 'kim-russia-trip.csv');
		const taken = { sets: new Set(['kim-russia-trip']), questions: new Set<string>() };
		const { set } = buildSet(result, { categories: ['date'], ...titles }, 'kim-russia-trip.csv', taken);
		expect(set?.id).toBe('kim-russia-trip-2');
		expect(set?.questions[0]!.id).toBe(questionIdFor('kim-russia-trip-2', 'Q one'));
		expect(set?.questions[0]!.article).toBe('kim-russia-trip-2.txt');
	});

	it("gives a question whose id another set has a new one, so the quiz does not drop it", () => {
		const result = load('kasoti.json');
		const taken = { sets: new Set(['bhuj-science-school']), questions: new Set(['bhuj-school-city']) };
		const { set } = buildSet(result, { categories: [], title: 'ભુજ', titleEn: 'Bhuj' }, 'kasoti.json', taken);
		expect(set?.id).toBe('bhuj-science-school-2');
		expect(set?.questions.map((q) => [q.id, q.article])).toEqual([
			['bhuj-school-opened-by', 'example.txt'],
			['bhuj-school-city-2', 'example.txt']
		]);
		expect([set?.title, set?.title_en]).toEqual(['ભુજ', 'Bhuj']);
	});

	it('makes a record for the sets store', () => {
		const { set } = buildSet(load('aiken.txt'), { categories: ['place', 'person', 'date'], ...titles }, 'aiken.txt', none);
		expect(importRecord(set!, 1000)).toEqual({
			id: 'aiken',
			set,
			sources: {},
			origin: 'import',
			createdAt: 1000,
			updatedAt: 1000
		});
	});
});

describe('problemDetail', () => {
	it('names the file for a whole-file problem, else the question and field', () => {
		const [empty] = load('bad-empty.txt').problems;
		expect(problemDetail(empty!, 'bad-empty.txt')).toBe('bad-empty.txt: is empty');
		const [duplicate] = load('bad-duplicate-ids.json').problems;
		expect(problemDetail(duplicate!, 'x')).toBe('capital: id: is already used by another question in this file');
	});
});
