import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../text/normalize';
import { bankQuestions, prepareBank } from './bank-index';
import { classifyDate } from './date-kinds';
import { overlapsRange, pickDistractors } from './distractors';
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

	it('offers only places of the answer\'s kind while there are any: cities for a city, countries for a country', () => {
		for (let seed = 0; seed < 20; seed++) {
			expect(distractorsOf('c-pyongyang', seed).sort()).toEqual(['મોસ્કો', 'વ્લાદિવોસ્તોક']);
			expect(distractorsOf('n-north-korea', seed).sort()).toEqual(['યુક્રેન', 'રશિયા']);
		}
	});

	it('takes a place of another kind only when its own kind has none', () => {
		const station = fixtureQuestion(bank, 't-station');
		for (let seed = 0; seed < 10; seed++) {
			const found = pickDistractors(bank, station, createRng(seed));
			expect(found).toHaveLength(3);
			for (const d of found) expect(bank.questions.find((q) => q.answer === d)?.kind).not.toBe('site');
		}
		const bigger = prepareBank([
			...bankQuestions(fixtureSets()),
			question({ id: 'x-site', category: 'place', kind: 'site', answer: 'એરપોર્ટ', quote: 'એરપોર્ટ પર સ્વાગત.' })
		]);
		expect(pickDistractors(bigger, bigger.questions.at(-1)!, createRng(4))).toEqual(['રેલવે સ્ટેશન']);
	});

	it('offers names of the answer\'s shape first: full names for a full name, surnames for a surname', () => {
		const shaped = prepareBank([
			...bankQuestions(fixtureSets()),
			question({ id: 'x-lavrov', category: 'person', answer: 'લવરોવ', quote: 'લવરોવે કહ્યું.' }),
			question({ id: 'x-moon', category: 'person', answer: 'મૂન', quote: 'મૂન આવ્યા.' })
		]);
		for (let seed = 0; seed < 20; seed++) {
			const found = pickDistractors(shaped, fixtureQuestion(shaped, 't-shoigu'), createRng(seed));
			expect(found.sort()).toEqual(['પુતિન', 'મૂન', 'લવરોવ']);
			for (const d of distractorsOf('p-kirby', seed)) expect(d).toContain(' ');
		}
	});

	it('never offers a name the prompt already gives', () => {
		const asked = prepareBank([
			...bankQuestions(fixtureSets()),
			question({ id: 'x-met', category: 'person', answer: 'સર્ગેઈ લવરોવ', prompt: 'કિમ જોંગ ઉનને કોણ મળ્યા?', quote: 'સર્ગેઈ લવરોવ મળ્યા.' })
		]);
		for (let seed = 0; seed < 20; seed++)
			expect(pickDistractors(asked, asked.questions.at(-1)!, createRng(seed))).not.toContain('કિમ જોંગ ઉન');
	});
});

describe('pickDistractors never offers a right answer', () => {
	it('holds for every fixture question over many seeds, with distinct options', () => {
		for (const q of bank.questions) {
			for (let seed = 0; seed < 25; seed++) {
				const found = pickDistractors(bank, q, createRng(`${q.id}-${seed}`), { maxYear: 2025 });
				expect(found.length).toBeGreaterThanOrEqual(1);
				for (const d of found) expect(checkTyped(q, d)).toBe('wrong');
				const forms = [q.answer, ...found].map(normalizeForMatch);
				expect(new Set(forms).size).toBe(forms.length);
			}
		}
	});

	it('keeps a hand-picked option one letter from the answer (ઈરાક for ઈરાન), which it would not draw itself', () => {
		const iran = question({ id: 'x-iran', category: 'place', kind: 'country', answer: 'ઈરાન', distractors: ['ઈરાક'], quote: 'ઈરાને કહ્યું.' });
		const iraq = question({ id: 'x-iraq', category: 'place', kind: 'country', answer: 'ઈરાક', quote: 'ઈરાકે કહ્યું.' });
		const other = question({ id: 'x-iran-2', category: 'place', kind: 'country', answer: 'ઈરાન', accept: ['Iran'], quote: 'ઈરાન.' });
		const small = prepareBank([iran, iraq, other]);
		expect(pickDistractors(small, iran, createRng(1))).toEqual(['ઈરાક']);
		expect(pickDistractors(small, small.questions[2]!, createRng(1))).toEqual([]);
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
		expect(pickDistractors(small, bad, createRng(1))).toEqual(['કિમ']);
	});

	// regression: Moodle's {=અમદાવાદ ~સુરત} was asked with વ્લાદિવોસ્તોક beside them
	it('asks a question with the options its author wrote, borrowing none; with none usable, it draws them', () => {
		const own = question({ id: 'own-capital', category: 'place', answer: 'ગાંધીનગર', distractors: ['અમદાવાદ', 'સુરત'], quote: 'ગાંધીનગર.' });
		const far = question({ id: 'far', category: 'place', answer: 'વ્લાદિવોસ્તોક', quote: 'વ્લાદિવોસ્તોક.' });
		const bare = question({ id: 'bare', category: 'place', answer: 'રાજકોટ', distractors: ['રાજકોટ'], quote: 'રાજકોટ.' });
		const small = prepareBank([own, far, bare]);
		for (let seed = 0; seed < 10; seed++) expect(pickDistractors(small, own, createRng(seed)).sort()).toEqual(['અમદાવાદ', 'સુરત']);
		const drawn = pickDistractors(small, bare, createRng(1));
		expect(drawn).toHaveLength(3);
		for (const option of drawn) expect(['ગાંધીનગર', 'વ્લાદિવોસ્તોક', 'અમદાવાદ', 'સુરત']).toContain(option);
	});

	// regression: a teacher's true/false question, filed under places, put સાચું and ખોટું among a place's options
	it('never offers the words of a true/false statement to another question', () => {
		const statement = question({ id: 'tf', category: 'place', answer: 'ખોટું', distractors: ['સાચું'], quote: '' });
		const place = (answer: string, i: number) => question({ id: `p${i}`, category: 'place', answer, quote: `${answer}.` });
		const places = ['ગીર', 'કેવડિયા', 'ધોરડો', 'સાપુતારા'].map(place);
		const small = prepareBank([statement, ...places]);
		for (let seed = 0; seed < 20; seed++) {
			const found = pickDistractors(small, places[0]!, createRng(seed));
			expect(found).toHaveLength(3);
			expect(found).not.toContain('સાચું');
			expect(found).not.toContain('ખોટું');
		}
		expect(pickDistractors(small, statement, createRng(1))).toEqual(['સાચું']);
	});

	// regression: {#1958..1962} offered 1958–1964 and 1960–1966, which hold a right year, as wrong options
	it('offers no number or years inside a numerical answer’s range', () => {
		const range = question({ id: 'cm', category: 'date', answer: '1958–1962', numeric: { min: 1958, max: 1962 }, quote: '1960.' });
		const small = prepareBank([range, question({ id: 'y', category: 'date', answer: '1960', quote: '1960.' })]);
		for (let seed = 0; seed < 20; seed++) {
			const found = pickDistractors(small, range, createRng(seed));
			expect(found.length).toBeGreaterThan(0);
			for (const option of found) expect(overlapsRange(option, { min: 1958, max: 1962 })).toBe(false);
		}
		expect(overlapsRange('૧૯૬૦–૧૯૬૬', { min: 1958, max: 1962 })).toBe(true);
		expect(overlapsRange('1950–57', { min: 1958, max: 1962 })).toBe(false);
		expect(overlapsRange('1950–59', { min: 1958, max: 1962 })).toBe(true);
		expect(overlapsRange('1963', { min: 1958, max: 1962 })).toBe(false);
	});
});

// regression: a teacher's Gujarat set was offered મોસ્કો and પ્યોંગયાંગ, and a minister beside Putin and Shoigu
describe('pickDistractors keeps a teacher’s set to its own names', () => {
	const builtin = (id: string, answer: string, distractors?: string[]) =>
		question({ id, setId: 'world', category: 'person', answer, quote: `${answer}.`, ...(distractors && { distractors }) });
	const own = (id: string, answer: string, setId = 'gujarat') => question({ id, setId, category: 'person', answer, quote: `${answer}.` });
	const world = [builtin('w1', 'પુતિન', ['લવરોવ']), builtin('w2', 'શોઇગુ'), builtin('w3', 'કિમ જોંગ ઉન')];
	const gujarat = [own('g1', 'સંઘવી'), own('g2', 'પટેલ'), own('g3', 'પરમાર')];
	const bank = prepareBank([...world, ...gujarat, own('x1', 'કાવ્યા દેસાઈ', 'solo')], { sharesOptions: (id) => id === 'world' });
	const names = (id: string, seed: number) => {
		const index = bank.byId.get(id)!;
		return pickDistractors(bank, bank.questions[index]!, createRng(seed)).sort();
	};

	it('offers a teacher’s question the other answers of its set only', () => {
		for (let seed = 0; seed < 20; seed++) expect(names('g1', seed)).toEqual(['પટેલ', 'પરમાર']);
	});

	it('never offers a built-in question a teacher’s names', () => {
		const teachers = new Set(gujarat.map((q) => q.answer));
		for (let seed = 0; seed < 20; seed++) {
			const found = names('w2', seed);
			expect(found).toHaveLength(3);
			for (const name of found) expect(teachers.has(name)).toBe(false);
		}
	});

	// regression: "Gujarat's capital?" was asked with અમદાવાદ alone beside it, though the set had ગીર સોમનાથ and કેવડિયા
	it('fills a teacher’s city question with the set’s places of other kinds before giving fewer options', () => {
		const place = (id: string, answer: string, kind?: 'city' | 'region') =>
			question({ id, setId: 'gujarat', category: 'place', answer, quote: `${answer}.`, ...(kind && { kind }) });
		const places = [place('c1', 'ગાંધીનગર', 'city'), place('c2', 'અમદાવાદ', 'city')];
		places.push(place('r1', 'ગીર સોમનાથ', 'region'), place('n1', 'કેવડિયા'));
		const small = prepareBank([...world, ...places], { sharesOptions: (id) => id === 'world' });
		for (let seed = 0; seed < 20; seed++)
			expect(pickDistractors(small, small.questions[small.byId.get('c1')!]!, createRng(seed)).sort()).toEqual(
				['અમદાવાદ', 'કેવડિયા', 'ગીર સોમનાથ'].sort()
			);
	});

	it('borrows from the whole bank, of the same category, only for a set with no other answer of it', () => {
		const people = [...world, ...gujarat].map((q) => q.answer);
		for (let seed = 0; seed < 10; seed++) {
			const found = names('x1', seed);
			expect(found).toHaveLength(3);
			for (const name of found) expect(people).toContain(name);
		}
	});
});

describe('pickDistractors when the bank is small', () => {
	it('borrows another answer to keep two options', () => {
		const only = question({ id: 'solo', category: 'date', answer: 'બીજું વિશ્વયુદ્ધ', quote: 'બીજા વિશ્વયુદ્ધ પછી.' });
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

describe('pickDistractors writes a date’s options as its answer is written', () => {
	const dates = [
		question({ id: 'fair', category: 'date', answer: '૧૭ ઑક્ટોબર ૨૦૨૬', quote: 'મેળો ૧૭ ઑક્ટોબર ૨૦૨૬ના રોજ ખુલશે.' }),
		question({ id: 'dam', category: 'date', answer: '4 ઓગસ્ટ 2019', quote: 'ડેમ 4 ઓગસ્ટ 2019ના રોજ છલકાયો.' }),
		question({ id: 'bridge', category: 'date', answer: '૯ નવેમ્બર ૨૦૨૧', quote: 'પુલ ૯ નવેમ્બર ૨૦૨૧ના રોજ ખુલ્યો.' })
	];
	const small = prepareBank(dates);

	it('never offers a month or digits spelled unlike the answer', () => {
		for (let seed = 0; seed < 40; seed++) {
			const found = pickDistractors(small, dates[0]!, createRng(seed), { maxYear: 2030 });
			expect(found).toHaveLength(3);
			for (const d of found) {
				expect(d).not.toMatch(/ઓક્ટોબર|ઓગસ્ટ|[0-9]/);
			}
		}
	});

	it('writes a teacher’s own options in the answer’s digits and spelling', () => {
		const asked = question({ ...dates[1]!, distractors: ['૧૪ ઑગસ્ટ ૨૦૧૯', '૪ ઓક્ટોબર ૨૦૧૯'] });
		const own = prepareBank([asked, ...dates.slice(2)]);
		const found = pickDistractors(own, asked, createRng(1), { maxYear: 2030 });
		expect(found).toEqual(expect.arrayContaining(['14 ઓગસ્ટ 2019', '4 ઓક્ટોબર 2019']));
		for (const d of found) expect(d).not.toMatch(/[૦-૯]|ઑ/);
	});
});
