/** Runs in Chromium: times rating a card and dealing a session with 10,000 cards stored. */
import { newCard, rate, createScheduler, Rating } from '$lib/srs';
import { rateCard, studySnapshot } from '$lib/db/cards';
import { getDb } from '$lib/db/open';

const CARDS = 10_000;
const RUNS = 200;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(run: (i: number) => Promise<unknown>): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		await run(i);
		samples.push(performance.now() - start);
	}
	return median(samples);
}

(globalThis as Record<string, unknown>).kasotiBench = async () => {
	const scheduler = createScheduler({ fuzz: true });
	const now = new Date();
	const db = await getDb();
	// 10,000 studied cards, last reviewed over the past 120 days, so some are due and some not.
	const tx = db.transaction('cards', 'readwrite');
	for (let i = 0; i < CARDS; i++) {
		const when = new Date(now.getTime() - (i % 120) * 86_400_000);
		const learnt = rate(scheduler, newCard(`q${i}`, when), Rating.Good, when).card;
		void tx.store.put({ ...learnt, due: new Date(when.getTime() + (i % 240) * 86_400_000) });
	}
	await tx.done;
	const stored = await db.count('cards');
	const rateMs = await time((i) => rateCard(scheduler, `q${i * 37}`, Rating.Good, new Date()));
	const snapshotMs = await time(() => studySnapshot(new Date(), new Date(now.getTime() - 86_400_000), 20));
	return { stored, rateMs, snapshotMs };
};
