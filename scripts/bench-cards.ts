/**
 * Flashcard speed with 10,000 and 100,000 cards stored, measured in Chromium: the median time to
 * rate a card (card and log written in one transaction) and to deal a session (what /cards reads,
 * then the deck dealt), on a deck with new questions in every set and on one whose studied
 * questions all come first. `npm run bench:cards` (needs Chromium; see README).
 */
import { runInChromium } from '../tests/bench/run-in-chromium.ts';

const ms = (x: number) => `${x.toFixed(2)} ms`;
for (const cards of [10_000, 100_000]) {
	const result = await runInChromium('cards-entry.ts', { cards });
	console.log(`cards stored: ${result.stored}`);
	console.log(`  rate a card (card + log, one transaction): median ${ms(result.rateMs!)}`);
	console.log(`  deal a session, new questions in every set: median ${ms(result.dealSpreadMs!)}`);
	console.log(`  deal a session, every studied question first: median ${ms(result.dealStudiedFirstMs!)}`);
}
