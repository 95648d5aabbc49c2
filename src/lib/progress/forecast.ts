/** How many reviews fall due on each of the coming days. */
import type { CardRecord } from '../srs/cards';
import { isDueBy, STATE_NEW } from '../srs/due';
import { dayLabel, localDay, startOfDay, type TimeZoneOffset } from './days';

/** Reviews due on one local day. */
export type DueDay = { day: string; count: number };

/**
 * Counts for `days` local days starting today. Today's count is the cards due today as Home and
 * /cards count them (isDueBy, overdue ones included); cards due after the window are left out,
 * and so are cards never studied (state New), which are new cards, not reviews.
 */
export function dueForecast(
	cards: readonly Pick<CardRecord, 'due' | 'state'>[],
	now: Date,
	timeZoneOffsetMinutes: TimeZoneOffset,
	days = 7
): DueDay[] {
	const today = localDay(now, timeZoneOffsetMinutes);
	const tomorrow = startOfDay(today + 1, timeZoneOffsetMinutes);
	const counts = new Array<number>(days).fill(0);
	for (const card of cards) {
		if (card.state === STATE_NEW) continue;
		const i = isDueBy(card, tomorrow) ? 0 : localDay(card.due, timeZoneOffsetMinutes) - today;
		if (i < days) counts[i]! += 1;
	}
	return counts.map((count, i) => ({ day: dayLabel(today + i), count }));
}
