/** Accuracy day by day, for the progress chart. */
import { dayLabel, localDay, type TimeZoneOffset } from './days';
import type { AttemptLike } from './types';

/** One local day: `accuracy` is null on a day with no answers, which is not the same as 0%. */
export type DayAccuracy = { day: string; answers: number; right: number; accuracy: number | null };

/**
 * The last `days` local days up to and including today, oldest first. Answers outside the window
 * (older, or after `now`) are ignored.
 */
export function dailyAccuracy(
	attempts: readonly AttemptLike[],
	now: Date,
	timeZoneOffsetMinutes: TimeZoneOffset,
	days = 30
): DayAccuracy[] {
	const today = localDay(now, timeZoneOffsetMinutes);
	const first = today - days + 1;
	const answers = new Array<number>(days).fill(0);
	const right = new Array<number>(days).fill(0);
	for (const attempt of attempts) {
		if (attempt.at > now.getTime()) continue;
		const i = localDay(attempt.at, timeZoneOffsetMinutes) - first;
		if (i < 0 || i >= days) continue;
		answers[i]! += 1;
		if (attempt.correct) right[i]! += 1;
	}
	return answers.map((n, i) => ({
		day: dayLabel(first + i),
		answers: n,
		right: right[i]!,
		accuracy: n === 0 ? null : right[i]! / n
	}));
}
