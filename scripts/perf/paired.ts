/** Two builds' figures taken in pairs (one visit of each, in turn): what the second changes. */
import { median } from './lighthouse.ts';

/** One mark's figures, the i-th of each list taken together. */
export interface PairedFigures {
	a: readonly number[];
	b: readonly number[];
}

/** What the pairs say: each side's median, the median of b − a per pair, and in how many pairs b was lower. */
export interface PairedSummary {
	medianA: number;
	medianB: number;
	medianChange: number;
	bLower: number;
	pairs: number;
}

export function summarisePairs({ a, b }: PairedFigures): PairedSummary {
	if (a.length !== b.length) throw new Error(`${a.length} figures against ${b.length}: pairs need one of each`);
	const changes = b.map((value, i) => value - a[i]!);
	return {
		medianA: median([...a]),
		medianB: median([...b]),
		medianChange: median(changes),
		bLower: changes.filter((change) => change < 0).length,
		pairs: changes.length
	};
}

/**
 * Visits every side `runs` times, their order reversed every other run, so a spell when the machine
 * is busy slows both builds alike; a dot is written after each run.
 */
export async function inTurn<Side>(sides: readonly Side[], runs: number, visit: (side: Side) => Promise<void>): Promise<void> {
	for (let run = 0; run < runs; run++) {
		for (const side of run % 2 ? [...sides].reverse() : sides) await visit(side);
		process.stdout.write('.');
	}
}
