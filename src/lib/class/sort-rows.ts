/**
 * Sorting the report's tables by a column. Pure: the tables keep which column and which way,
 * this puts the rows in order. Names sort as a Gujarati reader expects, numbers by value, and a
 * row with no value (a question nobody was asked) goes last whichever way.
 */
import { CATEGORIES, type Category } from '../bank/categories';
import { studentLabel } from './student-label';
import type { QuestionRow, StudentRow } from './types';

/** The two ways, named as `aria-sort` names them. */
export type SortDirection = 'ascending' | 'descending';

/** What a column holds for one row; undefined when it has nothing to show. */
export type SortValue = string | number | undefined;

/** Gujarati order for Gujarati names, and numbers inside names by value ("Roll 2" before "Roll 10"). */
const collator = new Intl.Collator('gu', { numeric: true, sensitivity: 'base' });

function compareValues(a: Exclude<SortValue, undefined>, b: Exclude<SortValue, undefined>): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
	// a column should hold one kind; if not, numbers first, so the order is still total
	return typeof a === 'number' ? -1 : 1;
}

/** A sorted copy of `rows` by `value`; equal rows keep their order, rows without a value come last. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const keyed = rows.map((row) => ({ row, key: value(row) }));
	keyed.sort((a, b) => {
		if (a.key === undefined || b.key === undefined) return a.key === b.key ? 0 : a.key === undefined ? 1 : -1;
		return sign * compareValues(a.key, b.key);
	});
	return keyed.map((k) => k.row);
}

/** The student table's sortable columns. */
export type StudentColumn = 'student' | 'share' | 'ms' | 'finishedAt' | 'retakes' | Category;

/** What a student row holds in a column: a category column sorts by the share right in it. */
export function studentValue(row: StudentRow, column: StudentColumn): SortValue {
	switch (column) {
		case 'student':
			// namesakes in their order: "મીરા (1)" before "મીરા (2)"
			return studentLabel(row);
		case 'share':
			return row.total > 0 ? row.share : undefined;
		case 'ms':
		case 'finishedAt':
		case 'retakes':
			return row[column];
		default: {
			const cell = row.byCategory.find((c) => c.category === column);
			return cell && cell.total > 0 ? cell.right / cell.total : undefined;
		}
	}
}

/** The question table's sortable columns. */
export type QuestionColumn = 'number' | 'prompt' | 'category' | 'asked' | 'facility' | 'discrimination' | 'meanMs' | 'wrong';

/** What a question row holds in a column: the wrong-answers column sorts by how many answered wrongly. */
export function questionValue(row: QuestionRow, column: QuestionColumn): SortValue {
	if (column === 'wrong') return row.asked > 0 ? row.asked - row.right : undefined;
	// categories in their usual order (dates, people, places), whatever the language
	if (column === 'category') return CATEGORIES.indexOf(row.category);
	return row[column];
}
