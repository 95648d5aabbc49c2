/**
 * Grading typed answers must stay instant on a phone: 100 Gujarati names, each graded against one
 * answer typed in English spelling, one in Gujarati and one wrong name. Run with `npx vitest bench --run src/lib/quiz/typed.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { answerKeys, checkTyped, matchKeys } from './typed';

const NAMES: readonly (readonly [string, string])[] = [
	['જીવરાજ મહેતા', 'Jivraj Mehta'],
	['જામનગર', 'Jamnagar'],
	['ભાવનગર', 'Bhavnagar'],
	['મહેસાણા', 'Mehsana'],
	['કચ્છ', 'Kutch'],
	['સરદાર વલ્લભભાઈ પટેલ', 'Sardar Vallabhbhai Patel'],
	['ગાંધીનગર', 'Gandhinagar'],
	['નડિયાદ', 'Nadiad'],
	['ડોનાલ્ડ ટ્રમ્પ', 'Donald Trump'],
	['વ્લાદિમીર પુતિન', 'Vladimir Putin']
];
// ten copies with a number each, so no key is cached across names
const ROWS = Array.from({ length: 10 }, (_, n) => NAMES.map(([answer, typed]) => [`${answer} ${n}`, `${typed} ${n}`] as const)).flat();
const prepared = ROWS.map(([answer]) => answerKeys({ answer, accept: [] }));

describe('grading 100 typed answers three ways', () => {
	bench('checkTyped: keys made for each answer', () => {
		ROWS.forEach(([answer, typed], i) => {
			checkTyped({ answer, accept: [] }, typed);
			checkTyped({ answer, accept: [] }, answer);
			checkTyped({ answer, accept: [] }, ROWS[(i + 1) % ROWS.length]![1]);
		});
	}, { time: 1000 });

	bench('matchKeys: keys made once', () => {
		ROWS.forEach(([answer, typed], i) => {
			matchKeys(prepared[i]!, typed);
			matchKeys(prepared[i]!, answer);
			matchKeys(prepared[i]!, ROWS[(i + 1) % ROWS.length]![1]);
		});
	}, { time: 1000 });
});
