/** What tells that the own sets are as they were: each set's id, time of change and stored verdict. */
import type { SetSummary } from './schema';

/** The same text for the same sets in any order; another when a set is added, changed, judged anew or deleted. */
export function setsStamp(sets: readonly Pick<SetSummary, 'id' | 'updatedAt' | 'verdict'>[]): string {
	const entries = sets.map((s) => [s.id, s.updatedAt, s.verdict?.ready ?? null, s.verdict?.checks ?? null] as const);
	entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return JSON.stringify(entries);
}
