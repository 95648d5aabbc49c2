import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { ratingFromQuizAnswer } from './rating';

describe('ratingFromQuizAnswer', () => {
	it('rates a wrong answer Again, however fast, in every mode', () => {
		expect(ratingFromQuizAnswer(false, 2_000, 'choice')).toBe(Rating.Again);
		expect(ratingFromQuizAnswer(false, 60_000, 'typed')).toBe(Rating.Again);
		expect(ratingFromQuizAnswer(false, 2_000, 'tf')).toBe(Rating.Again);
	});

	it('rates a right answer Good up to 15 s and Hard beyond', () => {
		expect(ratingFromQuizAnswer(true, 3_000, 'choice')).toBe(Rating.Good);
		expect(ratingFromQuizAnswer(true, 15_000, 'typed')).toBe(Rating.Good);
		expect(ratingFromQuizAnswer(true, 15_001, 'choice')).toBe(Rating.Hard);
	});

	it('rates nothing for a right true/false answer: a guess is right half the time', () => {
		expect(ratingFromQuizAnswer(true, 3_000, 'tf')).toBeUndefined();
		expect(ratingFromQuizAnswer(true, 30_000, 'tf')).toBeUndefined();
	});
});
