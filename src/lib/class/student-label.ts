/** How a counted student is named in the report, its CSV and its sorting. Pure: the digits come in as `num`. */
import type { Num } from '../i18n/types';
import type { StudentRow } from './types';

/**
 * The name, and for one of several students who typed it on different phones, which one:
 * "મીરા (૧)", "મીરા (૨)", numbered in the order of their first results.
 */
export function studentLabel(row: Pick<StudentRow, 'student' | 'namesake'>, num: Num = String): string {
	return row.namesake === undefined ? row.student : `${row.student} (${num(row.namesake)})`;
}

/** Every label of a name that came from `phones` phones, joined for a sentence: "મીરા (૧), મીરા (૨)". */
export function namesakeLabels(student: string, phones: number, num: Num = String): string {
	return Array.from({ length: phones }, (_, i) => studentLabel({ student, namesake: i + 1 }, num)).join(', ');
}

/** A key unique among the report's rows, even beside a typed name that reads "મીરા (2)". */
export function studentRowKey(row: Pick<StudentRow, 'student' | 'namesake'>): string {
	return `${row.student}\u0000${row.namesake ?? 0}`;
}
