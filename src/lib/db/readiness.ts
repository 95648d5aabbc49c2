/**
 * Whether each own set is ready for students, as /teach lists them. A set's stored verdict
 * (teach/verdict.ts) is shown without checking the set again, ready or with its count of errors:
 * checking a 10,000-question set takes seconds on a slow phone. A set with no verdict of the
 * checks of now, or a verdict from before verdicts counted errors, is checked and its verdict
 * stored, as the study pages would. The checks' code loads only for such a set.
 */
import { storedErrors } from '$lib/teach/verdict';
import type { TeacherSetRecord } from './schema';

/** A set's readiness and how many errors keep it from students (0 when ready). */
export type Readiness = { ready: boolean; errors: number };

/** The readiness a stored verdict gives, or undefined when the set must be checked for it. */
function storedReadinessOf(record: TeacherSetRecord): Readiness | undefined {
	const errors = storedErrors(record);
	return errors === undefined ? undefined : { ready: record.verdict!.ready, errors };
}

/** Each record's status, in order. */
export async function readinessOf(records: readonly TeacherSetRecord[]): Promise<Readiness[]> {
	const stored = records.map(storedReadinessOf);
	if (stored.every((readiness) => readiness !== undefined)) return stored;
	const [{ checkRecord, isReady, verdictOf }, { storeVerdict }] = await Promise.all([import('$lib/teach/check'), import('./sets')]);
	return Promise.all(
		records.map(async (record, i) => {
			const known = stored[i];
			if (known) return known;
			const report = checkRecord(record);
			// a verdict not written back costs a check at the next load, nothing more
			await storeVerdict(record, verdictOf(report)).catch(() => {});
			return { ready: isReady(report), errors: report.errors };
		})
	);
}
