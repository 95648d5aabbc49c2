import { describe, expect, it } from 'vitest';
import { prepareBank, type PreparedBank } from './bank-index';
import { buildQuiz } from './build-quiz';
import { question } from './fixtures';
import { createRng } from './random';
import { selectQuestions, type Progress, type SelectOptions } from './select';

/** A spokesman, and a question whose prompt names him with a case ending (કિર્બીના). */
const spokesman = question({
	id: 'spokesman',
	category: 'person',
	prompt: 'અમેરિકાની સુરક્ષા પરિષદના પ્રવક્તા કોણ હતા?',
	answer: 'જ્હોન કિર્બી',
	accept: ['કિર્બી'],
	quote: 'પ્રવક્તા જ્હોન કિર્બીએ ચિંતા દર્શાવી.'
});
const targets = question({
	id: 'targets',
	category: 'place',
	kind: 'country',
	prompt: 'પ્રવક્તા જ્હોન કિર્બીના કહેવા મુજબ મિસાઇલોથી કયા દેશનાં લક્ષ્યો પર હુમલા થયા?',
	answer: 'યુક્રેન',
	quote: 'મિસાઇલોથી યુક્રેન પર હુમલા થયા.'
});
/** Two questions that each name the other’s answer. */
const yoon = question({
	id: 'yoon',
	category: 'place',
	kind: 'country',
	prompt: 'યુન સુક યેઓલ તે સમયે કયા દેશના રાષ્ટ્રપતિ હતા?',
	answer: 'દક્ષિણ કોરિયા',
	quote: 'દક્ષિણ કોરિયાના રાષ્ટ્રપતિ યુન સુક યેઓલે ટીકા કરી.'
});
const president = question({
	id: 'president',
	category: 'person',
	prompt: 'દક્ષિણ કોરિયાના તે સમયના રાષ્ટ્રપતિ કોણ હતા?',
	answer: 'યુન સુક યેઓલ',
	quote: 'દક્ષિણ કોરિયાના રાષ્ટ્રપતિ યુન સુક યેઓલે ટીકા કરી.'
});
/** Questions that name no other question’s answer (ચીની is not ચીન). */
const CITIES = ['ચીન', 'મોસ્કો', 'કાઝાન', 'ઓમ્સ્ક', 'તોમ્સ્ક'];
const fillers = ['ચીની નેતા ક્યાં ગયા?', 'બેઠક ક્યાં થઈ?', 'ટ્રેન ક્યાં રોકાઈ?', 'વિમાન ક્યાં ઊતર્યું?', 'જહાજ ક્યાં ગયું?'].map(
	(prompt, i) => question({ id: `filler-${i}`, category: 'place', kind: 'city', prompt, answer: CITIES[i]!, quote: '' })
);

const bank = prepareBank([spokesman, targets, yoon, president, ...fillers]);
const all: SelectOptions = { categories: ['date', 'person', 'place'], source: { type: 'all' }, length: 'all', mode: 'choice' };
const ids = (options: SelectOptions, seed: string | number) => selectQuestions(bank, options, createRng(seed)).map((q) => q.id);
const SEEDS = Array.from({ length: 60 }, (_, i) => i);

describe('dealing so that no question gives another’s answer away', () => {
	it('asks the Kirby-targets question, whose prompt names કિર્બીના, after the spokesman question', () => {
		for (const seed of SEEDS) {
			const dealt = ids(all, seed);
			expect(dealt).toContain('targets');
			expect(dealt.indexOf('spokesman')).toBeLessThan(dealt.indexOf('targets'));
		}
	});

	it('asks the second of two questions that name each other’s answers last, only when every question is asked for', () => {
		let yoonKept = 0;
		for (const seed of SEEDS) {
			const dealt = ids(all, seed);
			// all nine: a student who asked for every question gets every one, the loop’s second last
			expect(dealt).toHaveLength(9);
			expect(['yoon', 'president']).toContain(dealt.at(-1));
			expect(dealt.slice(0, -1).filter((id) => id === 'yoon' || id === 'president')).toHaveLength(1);
			// the same seed keeps the same one, in the same place
			expect(ids(all, seed)).toEqual(dealt);
			if (dealt.slice(0, -1).includes('yoon')) yoonKept++;
		}
		// whichever is drawn first is kept: each about half the time
		expect(yoonKept).toBeGreaterThan(15);
		expect(yoonKept).toBeLessThan(45);
	});

	it('deals another question in the second’s place when the source has one left', () => {
		for (const seed of SEEDS) {
			const dealt = ids({ ...all, length: 5 }, seed);
			expect(dealt).toHaveLength(5);
			expect(new Set(dealt).size).toBe(5);
			expect(dealt.includes('yoon') && dealt.includes('president')).toBe(false);
		}
	});

	it('asks a loop of three questions each naming the next one’s answer whole only when every question is asked for', () => {
		const loop = [
			question({ id: 'a', category: 'person', prompt: 'બીબી સાથે કોણ ગયું?', answer: 'એએ', quote: '' }),
			question({ id: 'b', category: 'person', prompt: 'સીસી સાથે કોણ ગયું?', answer: 'બીબી', quote: '' }),
			question({ id: 'c', category: 'person', prompt: 'એએ સાથે કોણ ગયું?', answer: 'સીસી', quote: '' })
		];
		const small = prepareBank([...loop, ...fillers]);
		for (const seed of SEEDS) {
			const dealt = selectQuestions(small, all, createRng(seed)).map((q) => q.id);
			expect(dealt).toHaveLength(8);
			expect(dealt.slice(0, -1).filter((id) => id.length === 1)).toHaveLength(2);
			const some = selectQuestions(small, { ...all, length: 5 }, createRng(seed)).map((q) => q.id);
			expect(some.filter((id) => id.length === 1).length).toBeLessThan(3);
		}
	});

	it('keeps missed questions first where no answer forces a move', () => {
		// targets and filler-0 were missed last time, spokesman never seen, the rest answered rightly
		const right = { seen: 2, wrong: 0, lastRight: true };
		const history = new Map<string, Progress>(bank.questions.map((q) => [q.id, right]));
		history.set('targets', { seen: 1, wrong: 1, lastRight: false });
		history.set('filler-0', { seen: 1, wrong: 1, lastRight: false });
		history.delete('spokesman');
		for (const seed of SEEDS) {
			// the missed targets question waits for the spokesman question; the other missed one stays first
			expect(ids({ ...all, length: 3, weakSpots: true, history }, seed)).toEqual(['filler-0', 'spokesman', 'targets']);
		}
	});

	it('deals together in true/false two questions with one answer: a statement’s own answer is its own fact', () => {
		const putin = (id: string, quote: string) =>
			question({ id, category: 'person', answer: 'પુતિન', distractors: ['શી જિનપિંગ'], quote });
		const arrived = putin('arrived', 'પુતિન મંગળવારે પહોંચ્યા.');
		const small = prepareBank([arrived, putin('hosted', 'કિમે પુતિનનું સ્વાગત કર્યું.'), ...fillers]);
		for (const seed of SEEDS.slice(0, 20)) {
			const ids = buildQuiz(small, { ...all, mode: 'tf', maxYear: 2025 }, createRng(seed)).map((item) => item.question.id);
			expect(ids.filter((id) => id === 'arrived' || id === 'hosted').sort()).toEqual(['arrived', 'hosted']);
		}
	});

	it('reads the true/false sentence in that mode, and the prompt and the feedback’s quote in every mode', () => {
		// the prompt and the quote name nothing; the statement written for true/false names the spokesman’s answer
		const judged = question({
			id: 'judged',
			category: 'place',
			kind: 'country',
			prompt: 'મિસાઇલો કયા દેશ પર પડી?',
			answer: 'યુક્રેન',
			distractors: ['પોલેન્ડ'],
			quote: 'મિસાઇલો યુક્રેન પર પડી.',
			statement: 'જ્હોન કિર્બીએ કહ્યું કે મિસાઇલો યુક્રેન પર પડી.'
		});
		const order = (bank: PreparedBank, mode: 'tf' | 'choice', seed: number) => {
			const items = buildQuiz(bank, { ...all, mode, maxYear: 2025 }, createRng(seed));
			return items.map((item) => item.question.id);
		};
		const small = prepareBank([spokesman, judged, ...fillers]);
		let choiceFirst = 0;
		for (const seed of SEEDS) {
			const tf = order(small, 'tf', seed);
			expect(tf.indexOf('spokesman')).toBeLessThan(tf.indexOf('judged'));
			const choice = order(small, 'choice', seed);
			if (choice.indexOf('judged') < choice.indexOf('spokesman')) choiceFirst++;
		}
		// asked by its prompt, the judged question may come first
		expect(choiceFirst).toBeGreaterThan(10);
		// regression: the feedback's quote named the answer of a question still to come (a sentence of several facts)
		const quoted = prepareBank([spokesman, { ...judged, quote: judged.statement!, statement: undefined }, ...fillers]);
		for (const seed of SEEDS) {
			const choice = order(quoted, 'choice', seed);
			expect(choice.indexOf('spokesman')).toBeLessThan(choice.indexOf('judged'));
		}
	});
});
