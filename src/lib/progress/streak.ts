/** Days in a row with some study, the number a student wants to keep growing. */
import { localDay, type TimeZoneOffset } from './days';

/** A run of study days; `studiedToday` false means the run ended yesterday and is still alive. */
export type Streak = { days: number; studiedToday: boolean };

/**
 * The run of consecutive local days with any study (quiz answers and reviews alike) that ends
 * today or yesterday; 0 when the last study was earlier. Times after `now` are ignored.
 */
export function streak(times: readonly (number | Date)[], now: Date, timeZoneOffsetMinutes: TimeZoneOffset): Streak {
	const today = localDay(now, timeZoneOffsetMinutes);
	const studied = new Set<number>();
	for (const time of times) {
		const day = localDay(time, timeZoneOffsetMinutes);
		if (day <= today) studied.add(day);
	}
	const studiedToday = studied.has(today);
	let day = studiedToday ? today : today - 1;
	let days = 0;
	while (studied.has(day)) {
		days += 1;
		day -= 1;
	}
	return { days, studiedToday };
}
