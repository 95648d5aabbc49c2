/**
 * The checks' verdict stored with each own set, apart from the checks themselves: the study pages
 * read it on every load and need none of the checking code unless a set lacks one.
 */
import type { TeacherSetRecord } from '../db/schema';

/**
 * The version of the checks a stored verdict was made by. Bump it whenever what makes a set ready
 * changes (teach/check.ts, bank/validate.ts, bank/schema.ts, import/check.ts): every stored set is
 * then checked again, once, by the study pages.
 */
export const CHECKS_VERSION: number = 1;

/** Whether a set was ready for students, by which version of the checks: stored with the set. */
export type Verdict = NonNullable<TeacherSetRecord['verdict']>;

/** What the record's stored verdict says, or undefined when the checks of now made none. */
export function storedReadiness(record: Pick<TeacherSetRecord, 'verdict'>): boolean | undefined {
	return record.verdict?.checks === CHECKS_VERSION ? record.verdict.ready : undefined;
}

/**
 * How many errors keep the set from students by its stored verdict (0 when ready), or undefined
 * when the checks of now made no verdict, or made one before verdicts counted them.
 */
export function storedErrors(record: Pick<TeacherSetRecord, 'verdict'>): number | undefined {
	const ready = storedReadiness(record);
	return ready === undefined ? undefined : ready ? 0 : record.verdict?.errors;
}

/**
 * A set without its verdict, as a backup or a copy kept against an unfinished write holds it: the
 * verdict is made afresh where it is read back, and older Kasotis refuse a verdict of a later shape.
 */
export function withoutVerdict<R extends TeacherSetRecord>({ verdict: _verdict, ...record }: R): Omit<R, 'verdict'> {
	return record;
}
