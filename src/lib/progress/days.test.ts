import { describe, expect, it } from 'vitest';
import { dayLabel, localDay, startOfDay } from './days';
import { IST, newYork } from './fixtures';

describe('localDay', () => {
	it('turns the day at local midnight in India, 18:30 UTC', () => {
		expect(dayLabel(localDay(new Date('2025-03-19T18:29:59.999Z'), IST))).toBe('2025-03-19');
		expect(dayLabel(localDay(new Date('2025-03-19T18:30:00.000Z'), IST))).toBe('2025-03-20');
	});

	it('turns the day at midnight UTC with no offset', () => {
		expect(dayLabel(localDay(Date.parse('2025-03-19T18:30:00.000Z'), 0))).toBe('2025-03-19');
		expect(dayLabel(localDay(Date.parse('2025-03-20T00:00:00.000Z'), 0))).toBe('2025-03-20');
	});

	it('counts days before 1970 too', () => {
		expect(dayLabel(localDay(new Date('1969-12-31T12:00:00.000Z'), 0))).toBe('1969-12-31');
	});

	// regression: one offset (today's) for every answer put a summer night's answer on the day before
	it('puts each instant on its own day where clocks change, with the offset in force then', () => {
		// 00:30 EDT on Saturday 31 October, and 20:00 EST on Sunday 1 November
		expect(dayLabel(localDay(Date.parse('2026-10-31T04:30:00Z'), newYork))).toBe('2026-10-31');
		expect(dayLabel(localDay(Date.parse('2026-11-02T01:00:00Z'), newYork))).toBe('2026-11-01');
		expect(dayLabel(localDay(Date.parse('2026-10-31T04:30:00Z'), -300))).toBe('2026-10-30');
	});
});

describe('startOfDay', () => {
	it('is local midnight, with the offset in force at that midnight', () => {
		expect(startOfDay(localDay(Date.parse('2025-03-20T06:00:00Z'), IST), IST).toISOString()).toBe('2025-03-19T18:30:00.000Z');
		const sunday = localDay(Date.parse('2026-11-01T12:00:00Z'), newYork);
		expect(startOfDay(sunday, newYork).toISOString()).toBe('2026-11-01T04:00:00.000Z');
		expect(startOfDay(sunday + 1, newYork).toISOString()).toBe('2026-11-02T05:00:00.000Z');
	});
});
