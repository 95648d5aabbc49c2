/** Reading GIFT text in the GIFT reader's tests. */
import { expect } from 'vitest';
import { parseGift } from './gift';

/** A GIFT text read as the file `quiz.gift`. */
export const read = (text: string) => parseGift(text, 'quiz.gift');

/** The one draft a GIFT text gives, with no problem. */
export function only(text: string) {
	const { drafts, problems } = read(text);
	expect(problems).toEqual([]);
	expect(drafts).toHaveLength(1);
	return drafts[0]!;
}
