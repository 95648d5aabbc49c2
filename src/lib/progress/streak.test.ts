import { describe, expect, it } from 'vitest';
import { IST, ist, newYork } from './fixtures';
import { streak } from './streak';

const now = ist('2025-03-20T12:00');
const at = (local: string) => ist(local).getTime();

describe('streak', () => {
	it('counts days in a row ending today', () => {
		const times = [at('2025-03-18T20:00'), at('2025-03-19T07:00'), at('2025-03-19T21:00'), at('2025-03-20T08:00')];
		expect(streak(times, now, IST)).toEqual({ days: 3, studiedToday: true });
	});

	it('keeps a run that ended yesterday alive', () => {
		expect(streak([at('2025-03-18T20:00'), at('2025-03-19T07:00')], now, IST)).toEqual({
			days: 2,
			studiedToday: false
		});
	});

	it('is 0 when the last study was before yesterday, or never', () => {
		expect(streak([at('2025-03-17T20:00'), at('2025-03-18T20:00')], now, IST)).toEqual({
			days: 0,
			studiedToday: false
		});
		expect(streak([], now, IST)).toEqual({ days: 0, studiedToday: false });
	});

	it('stops at a missed day', () => {
		const times = [at('2025-03-16T10:00'), at('2025-03-17T10:00'), at('2025-03-19T10:00'), at('2025-03-20T10:00')];
		expect(streak(times, now, IST).days).toBe(2);
	});

	it('takes quiz answers and review dates alike and counts days in India', () => {
		// 00:15 IST on 20 March is 18:45 UTC on 19 March.
		const times = [new Date('2025-03-19T18:45:00.000Z'), at('2025-03-19T22:00')];
		expect(streak(times, now, IST)).toEqual({ days: 2, studiedToday: true });
		expect(streak(times, now, 0)).toEqual({ days: 1, studiedToday: false });
	});

	it('ignores times after now', () => {
		expect(streak([at('2025-03-21T10:00')], now, IST)).toEqual({ days: 0, studiedToday: false });
	});

	// regression: a quiz just after midnight in summer time fell on the day before once clocks went back
	it('keeps a run across the end of summer time', () => {
		const times = [Date.parse('2026-10-31T04:30:00Z'), Date.parse('2026-11-02T01:00:00Z')];
		expect(streak(times, new Date('2026-11-02T02:00:00Z'), newYork)).toEqual({ days: 2, studiedToday: true });
	});
});
