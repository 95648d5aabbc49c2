import { describe, expect, it } from 'vitest';
import { validateSet } from '../bank/validate';
import { en as enApp } from '../i18n/en';
import { gu as guApp } from '../i18n/gu';
import { enShell } from '../i18n/shell-en';
import { guShell } from '../i18n/shell-gu';

const gu = { ...guShell, ...guApp };
const en = { ...enShell, ...enApp };
import { toGujaratiDigits } from '../text/normalize';
import { describeProblem } from './problem-text';

const num = (n: number | string) => String(n);
const guNum = (n: number | string) => toGujaratiDigits(String(n));

/** The checker's own problems for one question with these fields changed. */
function problemsOf(extra: Record<string, unknown>) {
	const question = {
		id: 's-q1',
		category: 'person',
		prompt: 'રશિયાના રાષ્ટ્રપતિ કોણ છે?',
		answer: 'પુતિન',
		accept: [],
		article: 'a.txt',
		quote: 'રશિયાના રાષ્ટ્રપતિ પુતિન આવ્યા.',
		en: 'Putin came.',
		...extra
	};
	const set = { id: 's', title: 't', title_en: 't', lang: 'gu', articles: [{ file: 'a.txt', headline: 'h', headline_en: 'h' }], questions: [question] };
	return validateSet('s.json', set, new Map([['a.txt', 'રશિયાના રાષ્ટ્રપતિ પુતિન આવ્યા. બીજું.']])).problems;
}

describe('describeProblem', () => {
	it('words the checker’s problems in the teacher’s language', () => {
		const [quote] = problemsOf({ quote: 'પુતિન આવ્યા નહીં.' });
		expect(describeProblem(quote!, en, num)).toEqual({ text: 'This quote is not word for word in the source text.' });
		expect(describeProblem(quote!, gu, guNum)).toEqual({ text: 'આ અવતરણ મૂળ લખાણમાં શબ્દશઃ નથી.' });

		const [empty] = problemsOf({ prompt: '  ' });
		expect(describeProblem(empty!, en, num).text).toBe('This must not be empty.');

		const [answer] = problemsOf({ answer: 'શી' });
		expect(describeProblem(answer!, en, num).text).toBe('The answer (or another accepted spelling) is not in the quote.');

		const [givenAway] = problemsOf({ prompt: 'પુતિન કયા દેશના રાષ્ટ્રપતિ છે?' });
		expect(describeProblem(givenAway!, en, num).text).toBe('The question gives the answer away: it contains “પુતિન”.');
	});

	it('names the line of a one-per-line box, in the chosen digits', () => {
		const problems = problemsOf({ distractors: ['શી', 'શી', 'પુતિન'] });
		expect(problems.map((p) => describeProblem(p, en, num).text)).toEqual([
			'Line 2: This option is written twice.',
			'Line 3: This is the right answer.'
		]);
		expect(describeProblem(problems[1]!, gu, guNum).text).toBe('લીટી ૩: આ તો સાચો જવાબ છે.');
	});

	it('shows a problem it has no words for in the checker’s English', () => {
		const problem = { file: 's.json', field: 'lang', message: 'must be "gu", not "en"' };
		expect(describeProblem(problem, gu, guNum)).toEqual({ text: 'must be "gu", not "en"', lang: 'en' });
	});
});
