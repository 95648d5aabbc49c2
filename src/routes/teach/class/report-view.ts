/**
 * How the class report's figures are written on screen. Pure: the digits come in as `num`
 * (settings.num), so the same figure reads ૬૭% or 67% as the reader chose.
 */
import type { Num } from '$lib/i18n/types';

const GUJARATI = /[\u0A80-\u0AFF]/;

/** "gu" for text with Gujarati letters, so a screen reader speaks it as Gujarati; otherwise none. */
export function langOf(text: string): 'gu' | undefined {
	return GUJARATI.test(text) ? 'gu' : undefined;
}

/** A share 0–1 as a whole percentage. */
export function wholePercent(share: number): number {
	return Math.round(share * 100);
}

/** A discrimination index with its sign and two decimals: +0.45, −0.20 (a true minus sign), 0.00. */
export function signedIndex(value: number, num: Num): string {
	const fixed = Math.abs(value).toFixed(2);
	if (fixed === '0.00') return num(fixed);
	return `${value > 0 ? '+' : '\u2212'}${num(fixed)}`;
}

/** Milliseconds as whole minutes and seconds, rounded to the second. */
export function minutesSeconds(ms: number): { minutes: number; seconds: number } {
	const total = Math.round(ms / 1000);
	return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** The ten bands of the score chart as [from, to] percentages: [0, 10] … [90, 100]. */
export const BANDS: readonly (readonly [number, number])[] = Array.from({ length: 10 }, (_, i) => [i * 10, i * 10 + 10]);

/** A file name from an assignment's title: no characters a file system refuses, not too long. */
export function safeFileTitle(title: string): string {
	const clean = title
		.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 80);
	return clean || 'kasoti';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as day/month/year and 24-hour time, 14/3/25 10:05, the order used in India in both
 * languages. Written by hand: the first Intl.DateTimeFormat of a page costs Chromium 35–100 ms
 * loading its Gujarati data, half the report's budget. `offsetMinutes` is east of UTC at that moment.
 */
export function shortMoment(ms: number, offsetMinutes: number, num: Num): string {
	const d = new Date(ms + offsetMinutes * 60_000);
	const date = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${pad(d.getUTCFullYear() % 100)}`;
	return num(`${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`);
}
