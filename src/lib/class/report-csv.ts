/**
 * The class report as CSV for a spreadsheet: one file of students, one of questions. Pure: the
 * column names come in, in the interface language. Figures are plain numbers with ASCII digits
 * and a decimal point, so a spreadsheet can add them up; Papa Parse quotes whatever needs it.
 */
import Papa from 'papaparse';
import type { Category } from '../bank/categories';
import { studentLabel } from './student-label';
import type { ClassReport, WrongAnswer } from './types';

/** The words of the two files: column names and the few values written as words. */
export type ReportCsvLabels = {
	student: string;
	/** Of the whole score, e.g. "Score (%)". */
	score: string;
	right: string;
	total: string;
	/** "Dates: right" for a category's name. */
	categoryRight: (category: string) => string;
	/** "Dates: asked" for a category's name. */
	categoryTotal: (category: string) => string;
	/** "Time (seconds)". */
	time: string;
	/** "Handed in" (a date and time). */
	finished: string;
	retakes: string;
	/** How many of a student's results have a time that cannot be true (the table's ⚠). */
	mistimed: string;
	number: string;
	question: string;
	answer: string;
	category: string;
	asked: string;
	/** "Right (%)". */
	facility: string;
	discrimination: string;
	/** "Mean time (seconds)". */
	meanTime: string;
	/** "Wrong answers (how many)". */
	wrong: string;
	/** The categories' names. */
	categories: Record<Category, string>;
	/** A true/false verdict given as a wrong answer. */
	verdict: { true: string; false: string };
};

/** What the files need besides the words. */
export type ReportCsvOptions = {
	/** Minutes east of UTC for the hand-in times: `-new Date().getTimezoneOffset()` in a browser; 0 unless said. */
	timeZoneOffsetMinutes?: number;
};

/** Excel reads a file without a byte-order mark as the PC's old code page and garbles Gujarati. */
const BOM = '\uFEFF';
/**
 * A cell a spreadsheet could run as a formula gets a leading apostrophe. Papa Parse's own pattern
 * ends in `.*$`, which misses a cell with a line break after the `=`; this one looks at the first character only.
 */
const FORMULA = /^[=+\-@\t\r]/;

/** A share 0–1 as a percentage with one decimal: 0.6667 -> 66.7. */
const percent = (share: number | undefined) => (share === undefined ? null : Math.round(share * 1000) / 10);
/** Milliseconds as seconds with one decimal. */
const seconds = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 100) / 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM` at the given offset: the form spreadsheets read as a date and time. */
function moment(ms: number, offsetMinutes: number): string {
	const d = new Date(ms + offsetMinutes * 60_000);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The rows as CSV text with a byte-order mark and Windows line ends, as Excel expects. */
function csv(fields: string[], data: (string | number | null)[][]): string {
	return BOM + Papa.unparse({ fields, data }, { escapeFormulae: FORMULA, newline: '\r\n' });
}

/** The students' file: one row per counted student, in the report's order (best first). */
export function studentsCsv(report: ClassReport, labels: ReportCsvLabels, options: ReportCsvOptions = {}): string {
	const offset = options.timeZoneOffsetMinutes ?? 0;
	const names = report.categories.map((c) => labels.categories[c]);
	const fields = [
		labels.student,
		labels.score,
		labels.right,
		labels.total,
		...names.flatMap((name) => [labels.categoryRight(name), labels.categoryTotal(name)]),
		labels.time,
		labels.finished,
		labels.retakes,
		labels.mistimed
	];
	const data = report.students.map((s) => [
		studentLabel(s),
		s.total > 0 ? percent(s.share) : null,
		s.right,
		s.total,
		...report.categories.flatMap((c) => {
			const cell = s.byCategory.find((b) => b.category === c);
			return [cell?.right ?? 0, cell?.total ?? 0];
		}),
		seconds(s.ms),
		moment(s.finishedAt, offset),
		s.retakes,
		s.mistimed ?? 0
	]);
	return csv(fields, data);
}

/** "answer (count); answer (count)", a true/false verdict in words. */
function wrongText(wrong: readonly WrongAnswer[], verdict: ReportCsvLabels['verdict']): string {
	return wrong
		.map((w) => `${w.trueFalse ? (w.given === 'true' ? verdict.true : verdict.false) : w.given} (${w.count})`)
		.join('; ');
}

/** The questions' file: one row per question of the set, in set order. */
export function questionsCsv(report: ClassReport, labels: ReportCsvLabels): string {
	const fields = [
		labels.number,
		labels.question,
		labels.answer,
		labels.category,
		labels.asked,
		labels.right,
		labels.facility,
		labels.discrimination,
		labels.meanTime,
		labels.wrong
	];
	const data = report.questions.map((q) => [
		q.number,
		q.prompt,
		q.answer,
		labels.categories[q.category],
		q.asked,
		q.right,
		percent(q.facility),
		q.discrimination === undefined ? null : Math.round(q.discrimination * 100) / 100,
		seconds(q.meanMs),
		wrongText(q.wrong, labels.verdict)
	]);
	return csv(fields, data);
}
