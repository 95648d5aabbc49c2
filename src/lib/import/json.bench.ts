/**
 * A Kasoti JSON file with a problem in every question (an answer offered as a wrong option, a
 * repeated id), read, checked and each problem placed on its line: the time must grow with the
 * file, not with its square. Run with `npx vitest bench --run src/lib/import/json.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { importText } from './index';

/** `count` questions; an even one offers its answer as a wrong option, an odd one repeats the id before it. */
function brokenJson(count: number): string {
	const questions = Array.from({ length: count }, (_, i) => ({
		id: `gk-${i - (i % 2)}`,
		category: 'date',
		prompt: `પ્રશ્ન ${i}: ક્યારે?`,
		answer: String(1900 + (i % 100)),
		...(i % 2 === 0 && { distractors: [String(1900 + (i % 100)), '1800'] }),
		en: 'When?'
	}));
	return JSON.stringify({ id: 'gk', title: 'પ્રશ્નો', title_en: 'Questions', lang: 'gu', questions }, null, '\t');
}

for (const count of [5_000, 10_000, 20_000]) {
	const file = brokenJson(count);
	describe(`importText, Kasoti JSON, ${count} questions each with a problem`, () => {
		bench('read, check and place every problem', () => {
			const result = importText(file, 'gk.json');
			if (result.problems.length < count) throw new Error('the bench file did not report every problem');
		});
	});
}
