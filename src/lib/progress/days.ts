/**
 * Local calendar days from instants and a time zone's offset, so statistics need no host time
 * zone. The offset is in minutes east of UTC: +330 for Asia/Kolkata. A fixed offset is exact for
 * India; where clocks change for summer, the offset at each instant is given as a function
 * (`localOffset` in a browser), so a day keeps its answers on either side of the change.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Minutes east of UTC: fixed, or the offset in force at an instant (in ms). */
export type TimeZoneOffset = number | ((at: number) => number);

const offsetAt = (zone: TimeZoneOffset, ms: number) => (typeof zone === 'number' ? zone : zone(ms));

/** The host's offset at an instant, summer time included: what a browser's clock shows then. */
export const localOffset = (at: number): number => -new Date(at).getTimezoneOffset();

/** The local day an instant falls on, as a count of days since 1970-01-01. */
export function localDay(at: number | Date, zone: TimeZoneOffset): number {
	const ms = typeof at === 'number' ? at : at.getTime();
	return Math.floor((ms + offsetAt(zone, ms) * MINUTE_MS) / DAY_MS);
}

/** A local day number as `YYYY-MM-DD`, for keys and for the UI to put into words. */
export function dayLabel(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a local day begins (its midnight), from its day number. */
export function startOfDay(day: number, zone: TimeZoneOffset): Date {
	const guess = day * DAY_MS - offsetAt(zone, day * DAY_MS) * MINUTE_MS;
	// the offset at the guess, not at UTC midnight: they differ on the day clocks change
	return new Date(day * DAY_MS - offsetAt(zone, guess) * MINUTE_MS);
}
