/** How many reviews fall due on each of the coming days. */
import { State } from 'ts-fsrs';
import type { CardRecord } from '../srs/cards';
import { dayLabel, localDay } from './days';

/** Reviews due on one local day. */
export type DueDay = { day: string; count: number };

/**
 * Counts for `days` local days starting today. Today includes every overdue card; cards due after
 * the window are left out, and so are cards never studied (state New), which are not reviews.
 */
export function dueForecast(
	cards: readonly Pick<CardRecord, 'due' | 'state'>[],
	now: Date,
	timeZoneOffsetMinutes: number,
	days = 7
): DueDay[] {
	const today = localDay(now, timeZoneOffsetMinutes);
	const counts = new Array<number>(days).fill(0);
	for (const card of cards) {
		if (card.state === State.New) continue;
		const i = Math.max(0, localDay(card.due, timeZoneOffsetMinutes) - today);
		if (i < days) counts[i]! += 1;
	}
	return counts.map((count, i) => ({ day: dayLabel(today + i), count }));
}
