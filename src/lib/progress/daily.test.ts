import { describe, expect, it } from 'vitest';
import { dailyAccuracy } from './daily';
import { answer, IST, ist } from './fixtures';

const now = ist('2025-03-20T12:00');

describe('dailyAccuracy', () => {
	it('gives 30 days, oldest first, ending today', () => {
		const days = dailyAccuracy([], now, IST);
		expect(days).toHaveLength(30);
		expect(days[0]?.day).toBe('2025-02-19');
		expect(days[29]?.day).toBe('2025-03-20');
	});

	it('marks a day without answers as such, not as 0%', () => {
		const days = dailyAccuracy([answer('d1', false, '2025-03-19T10:00')], now, IST);
		expect(days[28]).toEqual({ day: '2025-03-19', answers: 1, right: 0, accuracy: 0 });
		expect(days[27]).toEqual({ day: '2025-03-18', answers: 0, right: 0, accuracy: null });
	});

	it('puts answers either side of Indian midnight on their own days', () => {
		const attempts = [
			answer('d1', true, '2025-03-19T23:59'),
			answer('d2', false, '2025-03-20T00:00'),
			answer('p1', true, '2025-03-20T00:01')
		];
		const days = dailyAccuracy(attempts, now, IST);
		expect(days[28]).toEqual({ day: '2025-03-19', answers: 1, right: 1, accuracy: 1 });
		expect(days[29]).toEqual({ day: '2025-03-20', answers: 2, right: 1, accuracy: 0.5 });
		// In UTC all three fall on 19 March (18:29, 18:30 and 18:31).
		expect(dailyAccuracy(attempts, now, 0)[29]?.answers).toBe(0);
	});

	it('ignores answers older than the window or after now', () => {
		const attempts = [answer('d1', true, '2025-02-18T23:59'), answer('d1', true, '2025-03-20T12:01')];
		expect(dailyAccuracy(attempts, now, IST).every((d) => d.answers === 0)).toBe(true);
		expect(dailyAccuracy([answer('d1', true, '2025-02-19T00:00')], now, IST)[0]?.answers).toBe(1);
	});

	it('takes another window length', () => {
		expect(dailyAccuracy([], now, IST, 7).map((d) => d.day)).toEqual([
			'2025-03-14',
			'2025-03-15',
			'2025-03-16',
			'2025-03-17',
			'2025-03-18',
			'2025-03-19',
			'2025-03-20'
		]);
	});
});
