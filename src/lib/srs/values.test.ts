import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { staticallyLoaded } from '$lib/code-testing';
import { GRADES, NEW_STATE, STATES } from './values';

describe('the states and grades the record schemas take', () => {
	it('are ts-fsrs’s own', () => {
		expect(STATES).toEqual([State.New, State.Learning, State.Review, State.Relearning]);
		expect(NEW_STATE).toBe(State.New);
		expect(GRADES).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
	});

	it('the record schemas load without ts-fsrs', async () => {
		expect((await staticallyLoaded('db/records.ts')).filter((file) => file.includes('ts-fsrs'))).toEqual([]);
	});
});
