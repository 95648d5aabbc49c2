import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../text/normalize';
import { bankQuestions, prepareBank } from './bank-index';
import { classifyDate } from './date-kinds';
import { pickDistractors } from './distractors';
import { fixtureBank, fixtureQuestion, fixtureSets, question } from './fixtures';
import { createRng } from './random';
import { checkTyped } from './typed';

const bank = fixtureBank();
const distractorsOf = (id: string, seed: string | number, maxYear = 2025) =>
	pickDistractors(bank, fixtureQuestion(bank, id), createRng(seed), { maxYear });

describe('pickDistractors for dates', () => {
	it.each([
		['d-year', 'year'],
		['t-year', 'year'],
		['d-range', 'year-range'],
		['d-weekday', 'weekday'],
		['t-weekday', 'weekday'],
		['d-month', 'month'],
		['d-day-month', 'day-month'],
		['d-days', 'duration'],
		['d-years', 'duration'],
		['t-months', 'duration']
	])('gives %s three distractors of its own kind (%s)', (id, kind) => {
		for (let seed = 0; seed < 20; seed++) {
			const found = distractorsOf(id, seed);
			expect(found).toHaveLength(3);
			for (const d of found) expect(classifyDate(d)).toBe(kind);
		}
	});

	it('keeps years near the answer, in its digit script, and not after maxYear', () => {
		for (let seed = 0; seed < 30; seed++) {
			for (const d of distractorsOf('d-year', seed, 2024)) {
				expect(d).toMatch(/^[૦-૯]{4}$/);
				const year = Number(d.replace(/[૦-૯]/g, (c) => String(c.charCodeAt(0) - 0x0ae6)));
				expect(year).toBeGreaterThanOrEqual(2012);
				expect(year).toBeLessThanOrEqual(2024);
			}
			for (const d of distractorsOf('t-year', seed)) expect(d).toMatch(/^20(0[1-9]|1\d|2[01])$/);
		}
	});

	it('keeps number words for a duration written in words', () => {
		const words = ['ત્રણ', 'ચાર', 'પાંચ', 'સાત', 'આઠ', 'નવ'];
		for (const d of distractorsOf('d-days', 'w')) expect(words).toContain(d.split(' ')[0]);
	});

	it('fills an answer of no known shape from other such answers, then other dates', () => {
		const found = distractorsOf('d-other', 1);
		expect(found).toHaveLength(3);
		expect(found).not.toContain('વહેલી સવાર');
	});
});

describe('pickDistractors for people and places', () => {
	it('puts hand-picked distractors first', () => {
		expect(distractorsOf('p-putin', 'h').sort()).toEqual(['દિમિત્રી મેદવેદેવ', 'શી જિનપિંગ', 'સર્ગેઈ લવરોવ']);
	});

	it('takes other people from the bank, never an alias of the answer', () => {
		const people = ['પુતિન', 'વ્લાદિમીર પુતિન', 'જ્હોન કિર્બી', 'ઓલેગ કોઝેમ્યાકો', 'શોઇગુ', 'શી જિનપિંગ', 'સર્ગેઈ લવરોવ', 'દિમિત્રી મેદવેદેવ'];
		for (let seed = 0; seed < 40; seed++) {
			const found = distractorsOf('p-kim', seed);
			expect(found).toHaveLength(3);
			for (const d of found) expect(people).toContain(d);
		}
	});

	// regression: વ્લાદિમીર પુતિન and પુતિન are two answers in the bank but one person
	it('never offers two names of the same person', () => {
		for (let seed = 0; seed < 60; seed++) {
			const found = distractorsOf('p-kirby', seed);
			const putins = found.filter((d) => d.includes('પુતિન'));
			expect(putins.length).toBeLessThanOrEqual(1);
		}
	});

	it('takes places of the same kind first: cities for a city, countries for a country', () => {
		for (let seed = 0; seed < 20; seed++) {
			const forCity = distractorsOf('c-pyongyang', seed);
			expect(forCity).toHaveLength(3);
			expect(forCity.slice(0, 2).sort()).toEqual(['મોસ્કો', 'વ્લાદિવોસ્તોક']);
			const forCountry = distractorsOf('n-north-korea', seed);
			expect(forCountry.slice(0, 2).sort()).toEqual(['યુક્રેન', 'રશિયા']);
		}
	});

	it('falls back to any place when its kind runs short', () => {
		const bigger = prepareBank([
			...bankQuestions(fixtureSets()),
			question({ id: 'x-site', category: 'place', kind: 'site', answer: 'એરપોર્ટ', quote: 'એરપોર્ટ પર સ્વાગત.' })
		]);
		const found = pickDistractors(bigger, bigger.questions.at(-1)!, createRng(4));
		expect(found).toHaveLength(3);
		expect(found).toContain('રેલવે સ્ટેશન');
	});
});

describe('pickDistractors never offers a right answer', () => {
	it('holds for every fixture question over many seeds, with distinct options', () => {
		for (const q of bank.questions) {
			for (let seed = 0; seed < 25; seed++) {
				const found = pickDistractors(bank, q, createRng(`${q.id}-${seed}`), { maxYear: 2025 });
				expect(found.length).toBeGreaterThanOrEqual(2);
				for (const d of found) expect(checkTyped(q, d)).toBe('wrong');
				const forms = [q.answer, ...found].map(normalizeForMatch);
				expect(new Set(forms).size).toBe(forms.length);
			}
		}
	});

	it('skips a hand-picked distractor that is a spelling of the answer', () => {
		const bad = question({
			id: 'x',
			category: 'person',
			answer: 'પુતિન',
			distractors: ['પુટિન', 'Putin', 'પુતિન', 'કિમ'],
			quote: 'પુતિન આવ્યા.'
		});
		const small = prepareBank([bad, question({ id: 'y', category: 'person', answer: 'મૂન', quote: 'મૂન આવ્યા.' })]);
		expect(pickDistractors(small, bad, createRng(1)).sort()).toEqual(['કિમ', 'મૂન']);
	});
});

describe('pickDistractors when the bank is small', () => {
	it('borrows another answer to keep two options', () => {
		const only = question({ id: 'solo', category: 'date', answer: 'વહેલી સવાર', quote: 'વહેલી સવારે.' });
		const small = prepareBank([only, question({ id: 'p', category: 'person', answer: 'કિમ', quote: 'કિમ.' })]);
		expect(pickDistractors(small, only, createRng(1))).toEqual(['કિમ']);
	});

	it('gives none when the bank has no other answer', () => {
		const only = question({ id: 'solo', category: 'person', answer: 'કિમ', quote: 'કિમ.' });
		expect(pickDistractors(prepareBank([only]), only, createRng(1))).toEqual([]);
	});

	it('is the same for the same seed', () => {
		expect(distractorsOf('p-kim', 'same')).toEqual(distractorsOf('p-kim', 'same'));
		expect(distractorsOf('d-year', 'same')).toEqual(distractorsOf('d-year', 'same'));
	});
});
