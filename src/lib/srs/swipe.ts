/** Which rating a swipe on a turned card gives, and how far along it is: pure, for the card to draw. */
import type { RatingName } from './cards';

/** Horizontal travel, in CSS pixels, that makes a swipe a rating rather than a tap. */
export const SWIPE_PX = 70;
/** Travel below this is a wobble of the finger: no rating is shown. */
const DEAD_PX = 10;

/** The rating a swipe would give if let go now, and how far to the threshold (0..1; 1 = it will). */
export type SwipeIntent = { name: RatingName; progress: number; armed: boolean };

/** Left is Again, right is Good; undefined while the finger has hardly moved. */
export function swipeIntent(dx: number, threshold = SWIPE_PX): SwipeIntent | undefined {
	const travel = Math.abs(dx);
	if (travel < DEAD_PX) return undefined;
	return { name: dx < 0 ? 'again' : 'good', progress: Math.min(1, travel / threshold), armed: travel >= threshold };
}
