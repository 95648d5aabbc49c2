import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemSummary } from '$lib/bank/problems';
import { importBytes, importText } from '$lib/import';
import { buildSet, countChoices, reviewResult, titlesReady, withCategory } from './import-plan';

const FIXTURES = new URL('../../../../tests/fixtures/import/', import.meta.url);
const load = (name: string) => importBytes(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name);

describe('reviewResult', () => {
	it('drops the importer\'s "no category" count but keeps the other notes', () => {
		const result = importText('Q one,A1\nWho?,નેહરુ\n', 'cards.csv');
		expect(result.problems.map((p) => p.code)).toEqual(['categories-to-choose']);
		expect(reviewResult(result)).toEqual({ problems: [], blocked: false, left: 0 });
		expect(reviewResult(load('gujarati.gift')).problems.map((p) => [p.line, p.severity])).toEqual([
			[27, 'note']
		]);
	});

	it('finds what the set would refuse before the teacher has chosen every category', () => {
		const long = 'x'.repeat(301);
		const result = importText(`Q one,A1\nQ two,${long}\n`, 'cards.csv');
		expect(result.set).toBeUndefined();
		const review = reviewResult(result);
		expect([review.blocked, review.left]).toEqual([false, 1]);
		expect(review.problems.map((p) => [p.line, p.field, p.code, p.params])).toEqual([[2, 'answer', 'too-long', { max: 300 }]]);
		expect(result.drafts.map((d) => d.prompt)).toEqual(['Q one']);
	});

	it('blocks a file with no questions; one with some broken ones counts them', () => {
		expect(reviewResult(importText('', 'empty.txt')).blocked).toBe(true);
		expect(reviewResult(importText('Q one,\n', 'cards.csv')).blocked).toBe(true);
		expect(reviewResult(load('bad-duplicate-ids.json'))).toMatchObject({ blocked: false, left: 1 });
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

describe('buildSet', () => {
	const titles = { title: ' ગુજરાતી\u0000 પ્રશ્નો ', titleEn: 'Gujarati questions' };

	it("builds a set from the teacher's categories and cleaned titles", () => {
		const result = importText('Q one,A1\nQ two,A2\n', 'cards.csv');
		const { set, problems } = buildSet(result, { categories: ['date', 'person'], ...titles }, 'cards.csv');
		expect(problems).toEqual([]);
		expect([set?.id, set?.title, set?.title_en]).toEqual(['cards', 'ગુજરાતી પ્રશ્નો', 'Gujarati questions']);
		expect(set?.questions.map((q) => [q.category, q.article])).toEqual([
			['date', 'cards.txt'],
			['person', 'cards.txt']
		]);
	});

	it('leaves out the questions with mistakes only when the teacher says so', () => {
		const result = importText('Q one,A1,date\nQ two,,date\nQ three,A3,date\n', 'cards.csv');
		const asked = { categories: ['date', 'date'] as const, ...titles };
		expect(buildSet(result, asked, 'cards.csv').set).toBeUndefined();
		const { set } = buildSet(result, { ...asked, leaveOut: true }, 'cards.csv');
		expect(set?.questions.map((q) => q.prompt)).toEqual(['Q one', 'Q three']);
	});

	it('refuses while a category is missing or a title is empty', () => {
		const result = importText('Q one,A1\nQ two,A2\n', 'cards.csv');
		const missing = buildSet(result, { categories: ['date', undefined], ...titles }, 'cards.csv');
		expect([missing.set, missing.problems.map((p) => [p.line, p.field])]).toEqual([undefined, [[2, 'category']]]);
		const untitled = buildSet(result, { categories: ['date', 'date'], title: ' ', titleEn: 'x' }, 'cards.csv');
		expect(untitled.problems.map(problemSummary)).toEqual(['-: title: title-length max=300']);
		expect(titlesReady({ title: ' ', titleEn: 'x' })).toBe(false);
	});

	it("keeps a Kasoti JSON file's own ids, with the teacher's titles: storing it frees any that are taken", () => {
		const { set } = buildSet(load('kasoti.json'), { categories: [], title: 'ભુજ', titleEn: 'Bhuj' }, 'kasoti.json');
		expect(set?.id).toBe('bhuj-science-school');
		expect(set?.questions.map((q) => [q.id, q.article])).toEqual([
			['bhuj-school-opened-by', 'example.txt'],
			['bhuj-school-city', 'example.txt']
		]);
		expect([set?.title, set?.title_en]).toEqual(['ભુજ', 'Bhuj']);
	});
});
