/**
 * Flashcard speed with 10,000 cards stored, measured in Chromium: the median time to rate a card
 * (card and log written in one transaction) and to deal a session (one transaction).
 * `npm run bench:cards` (needs Chromium; see README).
 */
import { runInChromium } from '../tests/bench/run-in-chromium.ts';

const result = await runInChromium('cards-entry.ts');

const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`cards stored: ${result.stored}`);
console.log(`rate a card (card + log, one transaction): median ${ms(result.rateMs!)}`);
console.log(`deal a session (due cards, known ids, today's new count; one transaction): median ${ms(result.snapshotMs!)}`);
