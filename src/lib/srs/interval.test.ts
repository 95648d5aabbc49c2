import { describe, expect, it } from 'vitest';
import { formatInterval } from './interval';

const from = new Date('2025-03-10T04:30:00.000Z');
const after = (ms: number) => formatInterval(from, new Date(from.getTime() + ms));
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
	it('counts whole minutes under an hour', () => {
		expect(after(MIN)).toEqual({ value: 1, unit: 'min' });
		expect(after(10 * MIN)).toEqual({ value: 10, unit: 'min' });
		expect(after(89_000)).toEqual({ value: 1, unit: 'min' });
		expect(after(91_000)).toEqual({ value: 2, unit: 'min' });
	});

	it('reads a wait that rounds up to the next unit in that unit', () => {
		expect(after(59 * MIN + 29_000)).toEqual({ value: 59, unit: 'min' });
		expect(after(59 * MIN + 30_000)).toEqual({ value: 1, unit: 'h' });
		expect(after(23.5 * HOUR)).toEqual({ value: 1, unit: 'd' });
		expect(after(29.5 * DAY)).toEqual({ value: 1, unit: 'mo' });
		expect(after(364.5 * DAY)).toEqual({ value: 1, unit: 'y' });
	});

	it('counts whole hours and days', () => {
		expect(after(90 * MIN)).toEqual({ value: 2, unit: 'h' });
		expect(after(23 * HOUR)).toEqual({ value: 23, unit: 'h' });
		expect(after(3 * DAY)).toEqual({ value: 3, unit: 'd' });
		expect(after(29 * DAY)).toEqual({ value: 29, unit: 'd' });
	});

	it('gives months and years to one decimal place', () => {
		expect(after(45 * DAY)).toEqual({ value: 1.5, unit: 'mo' });
		expect(after(83 * DAY)).toEqual({ value: 2.8, unit: 'mo' });
		expect(after(400 * DAY)).toEqual({ value: 1.1, unit: 'y' });
	});

	it('reads no wait or a past time as 0 min', () => {
		expect(after(0)).toEqual({ value: 0, unit: 'min' });
		expect(after(-5 * DAY)).toEqual({ value: 0, unit: 'min' });
	});
});
