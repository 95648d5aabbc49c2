/**
 * Runs in Chromium: times reading the own sets as the study pages' library does, with one
 * 10,000-question own set stored: checking every set on every load (as before the verdict was
 * stored), trusting the stored verdict, and the one load that checks a set stored without one.
 * Then /teach's list of the same set when it is not ready: checked for its errors on every visit
 * (as before the verdict counted them), and read with the count its verdict holds.
 */
import { getDb } from '$lib/db/open';
import { readyTeacherSets } from '$lib/db/ready-sets';
import { addImportedSet, allTeacherSets } from '$lib/db/sets';
import { importText } from '$lib/import';
import { syntheticGift } from '$lib/import/synthetic-gift';
import { readinessOf } from '$lib/db/readiness';
import { checkRecord, CHECKS_VERSION, isUsable } from '$lib/teach/check';

const QUESTIONS = 10_000;
const RUNS = 5;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(run: () => Promise<unknown>): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		await run();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

/** Fails the bench when a read does not give the one set, ready. */
function one(sets: readonly unknown[]): void {
	if (sets.length !== 1) throw new Error(`the library read ${sets.length} sets, not 1`);
}

(globalThis as Record<string, unknown>).kasotiBench = async () => {
	const set = importText(syntheticGift(QUESTIONS), 'bench.gift').set;
	if (set?.questions.length !== QUESTIONS) throw new Error('the bench set did not import whole');
	const record = await addImportedSet(set);
	if (!record.verdict?.ready) throw new Error('the bench set is not ready for students');
	const db = await getDb();
	const readMs = await time(async () => one(await allTeacherSets()));
	// what every study page load did before: read every own set and check each
	const everyLoadMs = await time(async () => one((await allTeacherSets()).filter((r) => isUsable(r))));
	const trustedMs = await time(async () => one((await readyTeacherSets()).sets));
	// a set an older Kasoti stored, without a verdict: checked once, the verdict written back
	const { verdict: _verdict, ...older } = record;
	const first: number[] = [];
	for (let i = 1; i <= RUNS; i++) {
		// a new time stamp each run: a set not seen before
		await db.put('sets', { ...older, updatedAt: older.updatedAt + i });
		const start = performance.now();
		one((await readyTeacherSets()).sets);
		first.push(performance.now() - start);
	}
	const firstMs = median(first);
	// one answer emptied: the set is not ready, with one error
	const [broken, ...rest] = set.questions;
	const notReady = { ...older, set: { ...set, questions: [{ ...broken!, answer: '' }, ...rest] }, updatedAt: older.updatedAt + RUNS + 1 };
	await db.put('sets', { ...notReady, verdict: { ready: false, checks: CHECKS_VERSION } });
	// what /teach did on every visit before: a set not ready checked again for its count of errors
	const teachEveryVisitMs = await time(async () => {
		const [stored] = await allTeacherSets();
		if (checkRecord(stored!).errors !== 1) throw new Error('the bench set should have one error');
	});
	await readinessOf(await allTeacherSets());
	if ((await allTeacherSets())[0]?.verdict?.errors !== 1) throw new Error('the count of errors was not written back');
	const teachCountedMs = await time(async () => {
		const [readiness] = await readinessOf(await allTeacherSets());
		if (readiness?.errors !== 1) throw new Error('/teach should list the set with one error');
	});
	return { questions: set.questions.length, readMs, everyLoadMs, trustedMs, firstMs, teachEveryVisitMs, teachCountedMs };
};
