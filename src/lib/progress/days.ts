/**
 * Local calendar days from instants and a fixed time-zone offset, so statistics need no host
 * time zone. The offset is in minutes east of UTC: +330 for Asia/Kolkata, which is
 * `-date.getTimezoneOffset()` in a browser. A fixed offset is exact for India (no daylight saving).
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The local day an instant falls on, as a count of days since 1970-01-01. */
export function localDay(at: number | Date, timeZoneOffsetMinutes: number): number {
	const ms = typeof at === 'number' ? at : at.getTime();
	return Math.floor((ms + timeZoneOffsetMinutes * MINUTE_MS) / DAY_MS);
}

/** A local day number as `YYYY-MM-DD`, for keys and for the UI to put into words. */
export function dayLabel(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a local day begins (its midnight), from its day number. */
export function startOfDay(day: number, timeZoneOffsetMinutes: number): Date {
	return new Date(day * DAY_MS - timeZoneOffsetMinutes * MINUTE_MS);
}
