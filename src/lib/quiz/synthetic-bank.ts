/**
 * A large made-up bank for benchmarks: plausible Gujarati names, places and dates in the
 * proportions of the real sets, with aliases and hand-picked distractors on some questions.
 */
import type { Category, PlaceKind } from '../bank/schema';
import { toGujaratiDigits } from '../text/normalize';
import type { BankQuestion } from './bank-index';
import { createRng, pick, randomInt } from './random';

const SYLLABLES = ['કા', 'મી', 'રો', 'ને', 'સુ', 'લા', 'પે', 'ઝો', 'વિ', 'ત્રા', 'ગો', 'દિ', 'યા', 'શે', 'બુ', 'હા'];
const DATES = ['મંગળવાર', 'શનિવાર', 'સપ્ટેમ્બર', 'જૂન ૨૦૧૯', 'છ દિવસ', 'ચાર વર્ષ', 'વહેલી સવાર', 'બપોર'];
const KINDS: PlaceKind[] = ['country', 'city', 'region', 'site'];

/** `size` questions in sets of 500 and articles of 100, the same for the same seed. */
export function syntheticBank(size: number, seed = 'synthetic'): BankQuestion[] {
	const rng = createRng(seed);
	const word = () => Array.from({ length: 2 + randomInt(rng, 3) }, () => pick(rng, SYLLABLES)).join('');
	const out: BankQuestion[] = [];
	for (let i = 0; i < size; i++) {
		const category: Category = pick(rng, ['date', 'person', 'place'] as const);
		const kind = category === 'place' ? pick(rng, KINDS) : undefined;
		let answer: string;
		if (category === 'person') answer = `${word()} ${word()}`;
		else if (category === 'place') answer = word();
		else if (rng() < 0.5) answer = toGujaratiDigits(String(1950 + randomInt(rng, 75)));
		else answer = pick(rng, DATES);
		const accept = category === 'person' ? [answer.split(' ')[1]!] : [];
		const distractors = rng() < 0.3 ? [word(), word(), word()] : undefined;
		out.push({
			id: `q-${i}`,
			category,
			...(kind ? { kind } : {}),
			prompt: `પ્રશ્ન ${i}?`,
			answer,
			accept,
			article: `${Math.floor(i / 100)}.txt`,
			quote: `સમાચાર મુજબ ${answer}ની વાત છે.`,
			en: 'synthetic',
			...(distractors ? { distractors } : {}),
			setId: `set-${Math.floor(i / 500)}`
		});
	}
	return out;
}
