/**
 * Runs in Chromium: times rating a card and dealing a session with `cards` cards stored. The bank
 * holds the studied questions and a tenth as many new ones, in sets of 100 whose question ids
 * start with the set's id (as imported and edited sets name them). Dealing is timed on two decks:
 * the new questions spread through every set (cards a quiz started), and every studied question
 * before the new ones (only flashcards studied, in bank order: the most reading).
 */
import { newCard, rate, createScheduler, Rating } from '$lib/srs';
import { dealDeck, newAllowance } from '$lib/srs/deck';
import { knownAmong, rateCard, studySnapshot } from '$lib/db/cards';
import { getDb } from '$lib/db/open';

const SET_SIZE = 100;
const NEW_PER_DAY = 20;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, run: (i: number) => Promise<unknown>): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await run(i);
		samples.push(performance.now() - start);
	}
	return median(samples);
}

/** The id of the bank's question `i`: sets of 100, each id starting with its set's. */
const questionId = (i: number) => `set-${Math.floor(i / SET_SIZE)}-q${(i * 7_919) % 104_729}`;

/** Deals a session the way /cards does, from what is stored. */
async function deal(deckIds: readonly string[], now: Date, since: Date): Promise<number> {
	// The oldest 50 due cards and the soonest in learning steps, as /cards reads before its first card
	// (about half the cards here are due); the rest it reads once that card is on screen.
	const snapshot = await studySnapshot(now, since, 50);
	const known = await knownAmong(deckIds, newAllowance(NEW_PER_DAY, snapshot.newRatedSince));
	const queue = dealDeck({
		deckIds,
		due: snapshot.due,
		known,
		now,
		newPerDay: NEW_PER_DAY,
		newRatedToday: snapshot.newRatedSince
	});
	return queue.length;
}

(globalThis as Record<string, unknown>).kasotiBench = async ({ cards }: { cards: number }) => {
	const scheduler = createScheduler({ fuzz: true });
	const now = new Date();
	const since = new Date(now.getTime() - 86_400_000);
	const db = await getDb();
	const bankSize = Math.round(cards * 1.1);
	// Spread: every eleventh question of the bank is new. Studied first: the last tenth are new.
	const spread = Array.from({ length: bankSize }, (_, i) => questionId(i));
	const studied = spread.filter((_, i) => i % 11 !== 10);
	const studiedFirst = [...studied, ...spread.filter((_, i) => i % 11 === 10)];
	// Studied cards, last reviewed over the past 120 days, so some are due and some not.
	const tx = db.transaction('cards', 'readwrite');
	studied.forEach((id, i) => {
		const when = new Date(now.getTime() - (i % 120) * 86_400_000);
		const learnt = rate(scheduler, newCard(id, when), Rating.Good, when).card;
		void tx.store.put({ ...learnt, due: new Date(when.getTime() + (i % 240) * 86_400_000) });
	});
	await tx.done;
	const stored = await db.count('cards');
	const rateMs = await time(200, (i) => rateCard(scheduler, studied[i * 37]!, Rating.Good, new Date()));
	const runs = cards > 20_000 ? 15 : 100;
	const dealSpreadMs = await time(runs, () => deal(spread, new Date(), since));
	const dealStudiedFirstMs = await time(runs, () => deal(studiedFirst, new Date(), since));
	return { stored, rateMs, dealSpreadMs, dealStudiedFirstMs };
};
