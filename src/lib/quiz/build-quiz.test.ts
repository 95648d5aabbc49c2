import { describe, expect, it } from 'vitest';
import { bankQuestions, prepareBank } from './bank-index';
import { buildQuiz, gradeChoice, gradeTrueFalse, type QuizOptions } from './build-quiz';
import { fixtureBank, fixtureSets, question } from './fixtures';
import { createRng } from './random';
import { mentionsOf } from './true-false';

const bank = fixtureBank();
const base: QuizOptions = {
	categories: ['date', 'person', 'place'],
	source: { type: 'all' },
	length: 10,
	mode: 'choice',
	maxYear: 2025
};

/** Questions with hand-picked options, which a false statement needs, and two that cannot make one. */
const forTrueFalse = [
	question({
		id: 'tf-putin',
		category: 'person',
		answer: 'પુતિન',
		accept: ['વ્લાદિમીર પુતિન'],
		distractors: ['શી જિનપિંગ', 'લવરોવ'],
		quote: 'પુતિન મંગળવારે આવ્યા અને કિમે એરપોર્ટ પર પુતિનનું સ્વાગત કર્યું.'
	}),
	question({ id: 'tf-year', category: 'date', answer: '૨૦૨૨', accept: ['2022'], distractors: ['૨૦૧૯', '૨૦૨૦'], quote: 'રશિયાએ ૨૦૨૨માં હુમલો કર્યો.' }),
	question({
		id: 'tf-city',
		category: 'place',
		kind: 'city',
		answer: 'વ્લાદિવોસ્તોક',
		distractors: ['ખાબારોવસ્ક', 'ઇર્કુત્સ્ક'],
		quote: 'કિમ ટ્રેનમાં વ્લાદિવોસ્તોક પહોંચ્યા.'
	}),
	question({
		id: 'tf-written',
		category: 'place',
		kind: 'country',
		answer: 'ઉત્તર કોરિયા',
		distractors: ['વિયેતનામ'],
		quote: 'આ મુલાકાતથી સંબંધો ગાઢ થશે.',
		statement: 'પુતિનની ઉત્તર કોરિયાની મુલાકાતથી સંબંધો ગાઢ થશે એવો દાવો થયો.'
	}),
	question({ id: 'tf-none', category: 'person', answer: 'મૂન', quote: 'મૂન આવ્યા.' }),
	question({ id: 'tf-missing', category: 'place', kind: 'site', answer: 'સરહદ', distractors: ['બંદર'], quote: 'સૈનિકો સામસામે આવ્યા.' })
];
const richBank = prepareBank([...bankQuestions(fixtureSets()), ...forTrueFalse]);

describe('buildQuiz choice items', () => {
	it('offers the answer and three distractors, with the right index', () => {
		for (const item of buildQuiz(bank, { ...base, categories: ['date', 'person'], length: 'all' }, createRng('c'))) {
			if (item.mode !== 'choice') throw new Error('expected a choice item');
			expect(item.options).toHaveLength(4);
			expect(item.options[item.correct]).toBe(item.question.answer);
			expect(item.options.filter((o) => o === item.question.answer)).toHaveLength(1);
			expect(gradeChoice(item, item.correct)).toBe(true);
			expect(gradeChoice(item, (item.correct + 1) % 4)).toBe(false);
		}
	});

	it('puts the answer in each position about equally often', () => {
		const positions = [0, 0, 0, 0];
		for (let seed = 0; seed < 400; seed++)
			for (const item of buildQuiz(bank, { ...base, categories: ['date', 'person'] }, createRng(`pos-${seed}`)))
				if (item.mode === 'choice') positions[item.correct]! += 1;
		// 4000 items: 1000 per position expected, about 27 standard deviation
		expect(positions.reduce((a, b) => a + b)).toBe(4000);
		for (const n of positions) {
			expect(n).toBeGreaterThan(920);
			expect(n).toBeLessThan(1080);
		}
	});

	it('is the same for the same seed', () => {
		const a = buildQuiz(bank, { ...base, mode: 'mixed' }, createRng('same'));
		const b = buildQuiz(bank, { ...base, mode: 'mixed' }, createRng('same'));
		expect(b).toEqual(a);
		const c = buildQuiz(bank, { ...base, mode: 'mixed' }, createRng('other'));
		expect(c.map((i) => i.question.id)).not.toEqual(a.map((i) => i.question.id));
	});

	it('asks typed instead when the bank has no second answer', () => {
		const lonely = prepareBank([question({ id: 'solo', category: 'person', answer: 'કિમ', quote: 'કિમ આવ્યા.' })]);
		const [item] = buildQuiz(lonely, { ...base, length: 5 }, createRng(1));
		expect(item?.mode).toBe('typed');
	});

	it('offers two options when the bank has just two answers', () => {
		const pair = prepareBank([
			question({ id: 'a', category: 'person', answer: 'કિમ', quote: 'કિમ આવ્યા.' }),
			question({ id: 'b', category: 'person', answer: 'મૂન', quote: 'મૂન આવ્યા.' })
		]);
		for (const item of buildQuiz(pair, { ...base, length: 5 }, createRng(1))) {
			expect(item.mode).toBe('choice');
			if (item.mode === 'choice') expect(item.options).toHaveLength(2);
		}
	});
});

describe('buildQuiz true-or-false items', () => {
	const tf = { ...base, mode: 'tf' as const, length: 'all' as const, source: { type: 'questions' as const, ids: forTrueFalse.map((q) => q.id) } };
	const items = Array.from({ length: 100 }, (_, seed) => buildQuiz(richBank, tf, createRng(`tf-${seed}`))).flat();
	const statements = items.flatMap((i) => (i.mode === 'tf' ? [i] : []));

	it('makes true and false statements about equally often', () => {
		expect(statements).toHaveLength(400);
		const truths = statements.filter((i) => i.truth).length;
		expect(truths).toBeGreaterThan(170);
		expect(truths).toBeLessThan(230);
	});

	it('states the sentence for a true item, and for a false one swaps every mention for a hand-picked option', () => {
		for (const item of statements) {
			const sentence = item.question.statement ?? item.question.quote;
			expect(gradeTrueFalse(item, item.truth)).toBe(true);
			expect(item.fromQuote).toBe(item.question.statement === undefined);
			if (item.truth) {
				expect(item.claim).toBe(item.question.answer);
				expect(item.statement).toBe(sentence);
			} else {
				expect(item.question.distractors).toContain(item.claim);
				expect(item.statement).toContain(item.claim);
				expect(mentionsOf(item.question, item.statement)).toEqual([]);
			}
		}
	});

	it('asks as a choice what cannot make a fair false statement: no hand-picked option, or no answer in the sentence', () => {
		const asked = items.filter((i) => i.mode !== 'tf').map((i) => [i.question.id, i.mode]);
		expect(new Set(asked.map(([id]) => id))).toEqual(new Set(['tf-none', 'tf-missing']));
		expect(new Set(asked.map(([, mode]) => mode))).toEqual(new Set(['choice']));
	});
});

describe('buildQuiz modes', () => {
	it('asks only typed items in typed mode', () => {
		expect(buildQuiz(bank, { ...base, mode: 'typed' }, createRng(1)).map((i) => i.mode)).toEqual(Array(10).fill('typed'));
	});

	it('mixes all three modes in mixed mode', () => {
		const modes = new Set(
			[1, 2, 3].flatMap((seed) => buildQuiz(richBank, { ...base, mode: 'mixed', length: 'all' }, createRng(seed)).map((i) => i.mode))
		);
		expect([...modes].sort()).toEqual(['choice', 'tf', 'typed']);
	});

	// regression: one article sentence was judged five times in a quiz, and once seen true every swapped copy was a free point
	it('judges each sentence once: a second question quoting it is asked as a choice', () => {
		const quote = 'પુતિન મંગળવારે પ્યોંગયાંગ પહોંચ્યા.';
		const who = question({ id: 's-who', category: 'person', answer: 'પુતિન', distractors: ['શી જિનપિંગ', 'લવરોવ'], quote });
		const where = question({ id: 's-where', category: 'place', answer: 'પ્યોંગયાંગ', distractors: ['સિઓલ', 'બેઇજિંગ'], quote });
		const when = question({ id: 's-when', category: 'date', answer: 'મંગળવાર', distractors: ['ગુરુવાર', 'શનિવાર'], quote });
		const own = prepareBank([who, where, when]);
		for (let seed = 0; seed < 20; seed++) {
			const quiz = buildQuiz(own, { ...base, mode: 'tf', length: 'all' }, createRng(seed));
			expect(quiz.filter((i) => i.mode === 'tf')).toHaveLength(1);
			expect(quiz.filter((i) => i.mode === 'choice')).toHaveLength(2);
		}
		// a statement written for the question is a sentence of its own
		const written = prepareBank([who, { ...where, statement: 'પુતિનનું વિમાન પ્યોંગયાંગમાં ઊતર્યું.' }]);
		expect(buildQuiz(written, { ...base, mode: 'tf', length: 'all' }, createRng(1)).map((i) => i.mode)).toEqual(['tf', 'tf']);
	});

	// regression: Moodle's {FALSE} was asked to be typed ("સાચું" or "ખોટું") or as four options with Russian cities
	it('asks a question that is itself a true/false statement as one, or as a choice of the two words', () => {
		const statement = (id: string, prompt: string, answer: string, other: string) =>
			question({ id, category: 'place', prompt, answer, distractors: [other], quote: `${prompt} — ${answer}` });
		const own = prepareBank([
			statement('tf-true', 'ગાંધીનગર ગુજરાતની રાજધાની છે.', 'સાચું', 'ખોટું'),
			statement('tf-false', 'સુરત ગુજરાતની રાજધાની છે.', 'ખોટું', 'સાચું')
		]);
		for (const mode of ['typed', 'tf'] as const) {
			const quiz = buildQuiz(own, { ...base, mode, length: 'all' }, createRng(3));
			const asked = quiz.map((i) => (i.mode === 'tf' ? [i.question.id, i.statement, i.truth] : [i.question.id, i.mode]));
			expect(asked.sort()).toEqual([
				['tf-false', 'સુરત ગુજરાતની રાજધાની છે.', false],
				['tf-true', 'ગાંધીનગર ગુજરાતની રાજધાની છે.', true]
			]);
		}
		// mixed: a statement or a choice, never typed
		for (let seed = 0; seed < 10; seed++) {
			const modes = buildQuiz(own, { ...base, mode: 'mixed', length: 'all' }, createRng(seed)).map((i) => i.mode);
			expect(modes.filter((m) => m === 'typed')).toEqual([]);
		}
		// a choice of the two words, true first whatever the seed, as the statement's buttons are
		for (let seed = 0; seed < 10; seed++) {
			const choices = buildQuiz(own, { ...base, mode: 'choice', length: 'all' }, createRng(seed));
			const dealt = choices.map((i) => (i.mode === 'choice' ? [i.question.id, ...i.options, i.correct] : i.mode));
			expect(dealt.sort()).toEqual([
				['tf-false', 'સાચું', 'ખોટું', 1],
				['tf-true', 'સાચું', 'ખોટું', 0]
			]);
		}
	});

	it('keeps year distractors at or before maxYear', () => {
		const quiz = buildQuiz(bank, { ...base, categories: ['date'], length: 'all', maxYear: 2022 }, createRng(9));
		const year = quiz.find((i) => i.question.id === 'd-year');
		if (year?.mode !== 'choice') throw new Error('expected the year as a choice item');
		expect(year.options.every((o) => o <= '૨૦૨૨')).toBe(true);
	});
});
