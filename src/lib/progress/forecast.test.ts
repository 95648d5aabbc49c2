import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { IST, ist } from './fixtures';
import { dueForecast } from './forecast';

const now = ist('2025-03-20T12:00');
const review = (local: string) => ({ due: ist(local), state: State.Review });

describe('dueForecast', () => {
	const cards = [
		review('2025-03-10T08:00'),
		review('2025-03-20T23:59'),
		review('2025-03-21T00:00'),
		review('2025-03-21T09:00'),
		review('2025-03-26T23:59'),
		review('2025-03-27T00:00'),
		{ due: ist('2025-03-20T08:00'), state: State.New },
		{ due: ist('2025-03-20T12:10'), state: State.Learning }
	];

	it('counts each of the next 7 days, today with the overdue', () => {
		expect(dueForecast(cards, now, IST)).toEqual([
			{ day: '2025-03-20', count: 3 },
			{ day: '2025-03-21', count: 2 },
			{ day: '2025-03-22', count: 0 },
			{ day: '2025-03-23', count: 0 },
			{ day: '2025-03-24', count: 0 },
			{ day: '2025-03-25', count: 0 },
			{ day: '2025-03-26', count: 1 }
		]);
	});

	it('splits days at Indian midnight, not UTC midnight', () => {
		// 00:00 IST on 21 March is 18:30 UTC on 20 March: still "today" in UTC.
		expect(dueForecast(cards, now, 0)[0]).toEqual({ day: '2025-03-20', count: 4 });
	});

	it('is all zeros with no cards', () => {
		expect(dueForecast([], now, IST, 3).map((d) => d.count)).toEqual([0, 0, 0]);
	});
});
