/**
 * Runs in Chromium on the app's origin, bundled by study.ts: stores an own set of `count`
 * generated questions through the app's own code, and a review card for every one of them,
 * half due today and half in the coming months (as tests/bench/cards-entry.ts spreads them).
 */
import { closeDb, getDb } from '$lib/db/open';
import { addImportedSet } from '$lib/db/sets';
import { importText } from '$lib/import';
import { syntheticGift } from '$lib/import/synthetic-gift';
import { createScheduler, newCard, rate, Rating } from '$lib/srs';

const DAY = 86_400_000;

(globalThis as Record<string, unknown>).kasotiSeed = async (count: number, now: number) => {
	const imported = importText(syntheticGift(count), 'perf.gift');
	if (imported.set?.questions.length !== count) throw new Error('the generated set did not import whole');
	const record = await addImportedSet(imported.set);
	const scheduler = createScheduler({ fuzz: false });
	const db = await getDb();
	const tx = db.transaction('cards', 'readwrite');
	record.set.questions.forEach((question, i) => {
		// first seen over the past 120 days and learnt (two ratings: a review card), every other one due today
		const seen = new Date(now - ((i % 120) + 2) * DAY);
		const learning = rate(scheduler, newCard(question.id, seen), Rating.Good, seen).card;
		const card = rate(scheduler, learning, Rating.Good, learning.due).card;
		const due = i % 2 ? new Date(now + ((i % 120) + 1) * DAY) : new Date(now - (i % 24) * 3_600_000);
		void tx.store.put({ ...card, due });
	});
	await tx.done;
	const cards = await db.count('cards');
	await closeDb();
	return { questions: record.set.questions.length, cards };
};
