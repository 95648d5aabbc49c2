import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { ratingFromQuizAnswer } from './rating';

describe('ratingFromQuizAnswer', () => {
	it('rates a wrong answer Again, however fast', () => {
		expect(ratingFromQuizAnswer(false, 2_000)).toBe(Rating.Again);
		expect(ratingFromQuizAnswer(false, 60_000)).toBe(Rating.Again);
	});

	it('rates a right answer Good up to 15 s and Hard beyond', () => {
		expect(ratingFromQuizAnswer(true, 3_000)).toBe(Rating.Good);
		expect(ratingFromQuizAnswer(true, 15_000)).toBe(Rating.Good);
		expect(ratingFromQuizAnswer(true, 15_001)).toBe(Rating.Hard);
	});
});
