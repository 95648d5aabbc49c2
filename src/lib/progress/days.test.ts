import { describe, expect, it } from 'vitest';
import { dayLabel, localDay } from './days';
import { IST } from './fixtures';

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
});
