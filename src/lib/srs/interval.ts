/** The wait until a card is due, as a number and a unit the UI puts into words ("10 min", "3 d"). */

/** Units from minutes to years; a month is 30 days and a year 365, as in Anki's labels. */
export type IntervalUnit = 'min' | 'h' | 'd' | 'mo' | 'y';

/** A wait: whole minutes, hours and days; months and years to one decimal place. */
export type Interval = { value: number; unit: IntervalUnit };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * The wait from `from` to `to`, in the largest unit it fills after rounding to the nearest: 59.5
 * minutes reads "1 h", 23.5 hours "1 d", 29.5 days "1 mo". A past `to` reads as 0 min.
 */
export function formatInterval(from: Date, to: Date): Interval {
	const ms = Math.max(0, to.getTime() - from.getTime());
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return { value: minutes, unit: 'min' };
	const hours = Math.round(ms / HOUR);
	if (hours < 24) return { value: hours, unit: 'h' };
	const days = Math.round(ms / DAY);
	if (days < 30) return { value: days, unit: 'd' };
	if (days < 365) return { value: oneDecimal(ms / MONTH), unit: 'mo' };
	return { value: oneDecimal(ms / YEAR), unit: 'y' };
}
