/**
 * Runs in Chromium: times importing a generated 10,000-question GIFT file, read, checked and
 * stored in one transaction, as the import page does it.
 */
import { getDb } from '$lib/db/open';
import { addImportedSet } from '$lib/db/sets';
import { importText } from '$lib/import';
import { syntheticGift } from '$lib/import/synthetic-gift';

const QUESTIONS = 10_000;
const RUNS = 7;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

(globalThis as Record<string, unknown>).kasotiBench = async () => {
	const text = syntheticGift(QUESTIONS);
	const parse: number[] = [];
	const store: number[] = [];
	const total: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		// each run its own file name, so its own set id: adding never replaces
		const result = importText(text, `bench-${run}.gift`);
		const parsed = performance.now();
		if (result.set?.questions.length !== QUESTIONS) throw new Error('the bench file did not import whole');
		await addImportedSet(result.set);
		const end = performance.now();
		parse.push(parsed - start);
		store.push(end - parsed);
		total.push(end - start);
	}
	const stored = await (await getDb()).count('sets');
	return {
		bytes: new TextEncoder().encode(text).length,
		stored,
		parseMs: median(parse),
		storeMs: median(store),
		totalMs: median(total),
		slowestMs: Math.max(...total)
	};
};
