/**
 * Geometry for the progress page's bar charts and a summary of a series for screen readers.
 * The UI draws the SVG and supplies the words; the arithmetic lives here.
 */

/** One bar in SVG user units, origin top left. `value` null marks a slot with no data. */
export type Bar = { index: number; x: number; y: number; width: number; height: number; value: number | null };

/** How bars are scaled and spaced. */
export type BarChartOptions = {
	/** The value of a full-height bar; defaults to the largest value (1 for accuracy is typical). */
	max?: number;
	/** Share of each slot left empty between bars, 0..1 (default 0.2). */
	gap?: number;
};

/** Two decimals keep the SVG short and are finer than any screen pixel. */
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * One bar per value in equal slots across `width`, growing up from the bottom of `height`.
 * Values are clamped to 0..max. A value above 0 is at least 1 unit tall so it never vanishes;
 * a null value gets a bar of height 0 for the UI to mark as "no data".
 */
export function barChart(
	values: readonly (number | null)[],
	width: number,
	height: number,
	{ max, gap = 0.2 }: BarChartOptions = {}
): Bar[] {
	const top = max ?? Math.max(0, ...values.map((v) => v ?? 0));
	const slot = values.length === 0 ? 0 : width / values.length;
	const barWidth = slot * (1 - Math.min(1, Math.max(0, gap)));
	return values.map((value, index) => {
		const share = value === null || top <= 0 ? 0 : Math.min(1, Math.max(0, value / top));
		const barHeight = share > 0 ? Math.max(1, share * height) : 0;
		return {
			index,
			x: round2(index * slot + (slot - barWidth) / 2),
			y: round2(height - barHeight),
			width: round2(barWidth),
			height: round2(barHeight),
			value
		};
	});
}

/** One labelled point of a series, e.g. a day and its accuracy; null when there is no data. */
export type SeriesPoint = { label: string; value: number | null };

/** Which way a series moves from its earlier half to its later half. */
export type Trend = 'up' | 'down' | 'flat';

/** The facts a screen-reader summary states. Extremes pick the earliest point on a tie. */
export type SeriesSummary = {
	points: number;
	withData: number;
	lowest: { label: string; value: number } | null;
	highest: { label: string; value: number } | null;
	latest: { label: string; value: number } | null;
	mean: number | null;
	/** Null with fewer than two points with data. */
	trend: Trend | null;
};

const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

/**
 * Lowest, highest, latest and mean of the points with data, and the trend: the later half's mean
 * against the earlier half's (the middle point left out), flat within 5% of the largest value.
 */
export function summarizeSeries(series: readonly SeriesPoint[]): SeriesSummary {
	const data = series.filter((p): p is { label: string; value: number } => p.value !== null);
	if (data.length === 0) {
		return { points: series.length, withData: 0, lowest: null, highest: null, latest: null, mean: null, trend: null };
	}
	let lowest = data[0]!;
	let highest = data[0]!;
	for (const p of data) {
		if (p.value < lowest.value) lowest = p;
		if (p.value > highest.value) highest = p;
	}
	let trend: Trend | null = null;
	if (data.length >= 2) {
		const half = Math.floor(data.length / 2);
		const values = data.map((p) => p.value);
		const change = mean(values.slice(-half)) - mean(values.slice(0, half));
		const tolerance = 0.05 * Math.max(...values.map(Math.abs));
		trend = change > tolerance ? 'up' : change < -tolerance ? 'down' : 'flat';
	}
	return {
		points: series.length,
		withData: data.length,
		lowest,
		highest,
		latest: data[data.length - 1]!,
		mean: mean(data.map((p) => p.value)),
		trend
	};
}

/** The phrases of a summary, from the i18n dictionary; numbers arrive formatted by `value` and `count`. */
export type SeriesWords = {
	/** A value as shown, e.g. "80%" in Gujarati digits. */
	value: (n: number) => string;
	/** A whole count in the UI's digits. */
	count: (n: number) => string;
	noData: string;
	coverage: (withData: string, points: string) => string;
	highest: (value: string, label: string) => string;
	lowest: (value: string, label: string) => string;
	/** Every point with data alike: said once, instead of naming one point as both highest and lowest. */
	even: (value: string) => string;
	latest: (value: string, label: string) => string;
	trend: Record<Trend, string>;
};

/**
 * A few sentences for a chart's accessible description: coverage, highest, lowest, latest and
 * trend; `even` for highest and lowest when every point is alike; only coverage and latest when a
 * single point has data; `noData` when none has.
 */
export function describeSeries(series: readonly SeriesPoint[], words: SeriesWords): string {
	const s = summarizeSeries(series);
	if (!s.latest || !s.highest || !s.lowest) return words.noData;
	const sentences = [words.coverage(words.count(s.withData), words.count(s.points))];
	if (s.withData > 1 && s.highest.value === s.lowest.value) sentences.push(words.even(words.value(s.highest.value)));
	else if (s.withData > 1) {
		sentences.push(words.highest(words.value(s.highest.value), s.highest.label));
		sentences.push(words.lowest(words.value(s.lowest.value), s.lowest.label));
	}
	sentences.push(words.latest(words.value(s.latest.value), s.latest.label));
	if (s.trend) sentences.push(words.trend[s.trend]);
	return sentences.join(' ');
}
