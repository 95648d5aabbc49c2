import { describe, expect, it } from 'vitest';
import { barChart, describeSeries, summarizeSeries, type SeriesWords } from './chart';

describe('barChart', () => {
	it('lays bars in equal slots, growing up from the bottom', () => {
		expect(barChart([0.5, null, 1, 0], 100, 50, { max: 1 })).toEqual([
			{ index: 0, x: 2.5, y: 25, width: 20, height: 25, value: 0.5 },
			{ index: 1, x: 27.5, y: 50, width: 20, height: 0, value: null },
			{ index: 2, x: 52.5, y: 0, width: 20, height: 50, value: 1 },
			{ index: 3, x: 77.5, y: 50, width: 20, height: 0, value: 0 }
		]);
	});

	it('scales to the largest value when no max is given', () => {
		expect(barChart([2, 4, 8], 30, 80, { gap: 0 }).map((b) => [b.x, b.width, b.height])).toEqual([
			[0, 10, 20],
			[10, 10, 40],
			[20, 10, 80]
		]);
	});

	it('keeps a small value visible and a value beyond max inside the chart', () => {
		const [small, big] = barChart([1, 1000], 20, 50, { max: 500 });
		expect(small?.height).toBe(1);
		expect(big?.height).toBe(50);
		expect(big?.y).toBe(0);
	});

	it('rounds to two decimals', () => {
		expect(barChart([1, 2, 3], 100, 30, { gap: 0 }).map((b) => b.x)).toEqual([0, 33.33, 66.67]);
	});

	it('draws nothing tall for no data at all', () => {
		expect(barChart([], 100, 50)).toEqual([]);
		expect(barChart([null, 0], 100, 50).map((b) => b.height)).toEqual([0, 0]);
	});
});

const words: SeriesWords = {
	value: (n) => `${Math.round(n * 100)}%`,
	count: (n) => String(n),
	noData: 'No answers yet.',
	coverage: (withData, points) => `Answers on ${withData} of ${points} days.`,
	highest: (value, label) => `Best ${value} on ${label}.`,
	lowest: (value, label) => `Worst ${value} on ${label}.`,
	even: (value) => `Every day ${value}.`,
	latest: (value, label) => `Latest ${value} on ${label}.`,
	trend: { up: 'Rising.', down: 'Falling.', flat: 'Steady.' }
};

describe('summarizeSeries', () => {
	it('finds the extremes, the latest point with data and the mean', () => {
		const s = summarizeSeries([
			{ label: '1 Mar', value: 0.5 },
			{ label: '2 Mar', value: null },
			{ label: '3 Mar', value: 0.9 },
			{ label: '4 Mar', value: 0.5 },
			{ label: '5 Mar', value: null }
		]);
		expect(s.points).toBe(5);
		expect(s.withData).toBe(3);
		expect(s.lowest).toEqual({ label: '1 Mar', value: 0.5 });
		expect(s.highest).toEqual({ label: '3 Mar', value: 0.9 });
		expect(s.latest).toEqual({ label: '4 Mar', value: 0.5 });
		expect(s.mean).toBeCloseTo(0.6333, 4);
	});

	it('sees a trend only beyond 5% of the largest value', () => {
		const trend = (values: number[]) =>
			summarizeSeries(values.map((value, i) => ({ label: String(i), value }))).trend;
		expect(trend([0.4, 0.5, 0.7, 0.8])).toBe('up');
		expect(trend([0.8, 0.7, 0.5, 0.4])).toBe('down');
		expect(trend([0.8, 0.81, 0.8, 0.83])).toBe('flat');
		expect(trend([0.5])).toBeNull();
	});
});

describe('describeSeries', () => {
	it('states coverage, best, worst, latest and trend', () => {
		const text = describeSeries(
			[
				{ label: '1 Mar', value: 0.4 },
				{ label: '2 Mar', value: null },
				{ label: '3 Mar', value: 0.6 },
				{ label: '4 Mar', value: 0.9 }
			],
			words
		);
		expect(text).toBe('Answers on 3 of 4 days. Best 90% on 4 Mar. Worst 40% on 1 Mar. Latest 90% on 4 Mar. Rising.');
	});

	it('states only coverage and the one value when one day has data', () => {
		const text = describeSeries(
			[
				{ label: '1 Mar', value: null },
				{ label: '2 Mar', value: 0.75 }
			],
			words
		);
		expect(text).toBe('Answers on 1 of 2 days. Latest 75% on 2 Mar.');
	});

	// regression: two days of 0% read "Best day: 30 Oct, 0% right. Weakest day: 30 Oct, 0% right."
	it('says every day was alike once, rather than naming one day as both best and worst', () => {
		const text = describeSeries(
			[
				{ label: '30 Oct', value: 0 },
				{ label: '31 Oct', value: null },
				{ label: '1 Nov', value: 0 }
			],
			words
		);
		expect(text).toBe('Answers on 2 of 3 days. Every day 0%. Latest 0% on 1 Nov. Steady.');
	});

	it('says there is no data rather than 0%', () => {
		expect(describeSeries([{ label: '1 Mar', value: null }], words)).toBe('No answers yet.');
	});
});
