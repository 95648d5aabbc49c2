/**
 * Whether each own set is ready for students, as /teach lists them. A set whose stored verdict
 * (teach/verdict.ts) says ready is shown so without checking it again: checking a 10,000-question
 * set takes seconds on a slow phone. A set that is not ready is checked, for the number of its
 * errors; a set with no verdict of the checks of now is checked and its verdict stored, as the
 * study pages would. The checks' code loads only for such a set.
 */
import { storedReadiness } from '$lib/teach/verdict';
import type { TeacherSetRecord } from './schema';

/** A set's readiness and how many errors keep it from students (0 when ready). */
export type Readiness = { ready: boolean; errors: number };

const READY: Readiness = { ready: true, errors: 0 };

/** Each record's status, in order. */
export async function readinessOf(records: readonly TeacherSetRecord[]): Promise<Readiness[]> {
	if (records.every((record) => storedReadiness(record) === true)) return records.map(() => READY);
	const [{ checkRecord, isReady, verdictOf }, { storeVerdict }] = await Promise.all([import('$lib/teach/check'), import('./sets')]);
	return Promise.all(
		records.map(async (record) => {
			const stored = storedReadiness(record);
			if (stored === true) return READY;
			const report = checkRecord(record);
			// a verdict not written back costs a check at the next load, nothing more
			if (stored === undefined) await storeVerdict(record, verdictOf(report)).catch(() => {});
			return { ready: isReady(report), errors: report.errors };
		})
	);
}
