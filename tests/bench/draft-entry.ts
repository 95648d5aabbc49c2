/**
 * Runs in Chromium: times drafting a long article as the draft page does it (the extractor with the
 * bank's names as gazetteer, then a prompt for every proposal). Indexing the known places (once a
 * page) and the first run, with the code still cold, are reported apart; the median is taken once
 * the engine has warmed.
 */
import { buildGazetteer, draftSet, extract, type SetLike } from '$lib/extract';
import { placeIndex } from '$lib/extract/known-places';

const WARM_UP = 5;
const RUNS = 15;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

(globalThis as Record<string, unknown>).kasotiBench = async ({ text, sets }: { text: string; sets: SetLike[] }) => {
	const indexStart = performance.now();
	placeIndex();
	const indexMs = performance.now() - indexStart;
	const times: number[] = [];
	let proposals = 0;
	for (let run = 0; run < WARM_UP + RUNS; run++) {
		const start = performance.now();
		const found = extract(text, buildGazetteer(sets));
		draftSet('article.txt', text, found);
		times.push(performance.now() - start);
		proposals = found.length;
	}
	const measured = times.slice(WARM_UP);
	return {
		words: text.split(/\s+/).filter(Boolean).length,
		proposals,
		medianMs: median(measured),
		indexMs,
		firstMs: times[0]!,
		slowestMs: Math.max(...measured)
	};
};
