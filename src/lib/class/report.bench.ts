/**
 * A class report must stay quick for a big class: 1,000 results of 30 answers each (goal: well
 * under 200 ms for the report and its drawing together), and its two CSV files.
 * Run with `npx vitest bench --run src/lib/class`.
 */
import { bench, describe } from 'vitest';
import { enReport } from '../i18n/report-en';
import { classReport } from './report';
import { questionsCsv, studentsCsv, type ReportCsvLabels } from './report-csv';
import { syntheticAssignment, syntheticResults } from './synthetic-results';

const assignment = syntheticAssignment(30, 'bench');
const results = syntheticResults(assignment, 1000, 'bench');
const report = classReport(assignment, results);

/** The English interface's column names, as the page passes them. */
const labels: ReportCsvLabels = {
	...enReport.reportCsv,
	categories: { date: 'Dates', person: 'People', place: 'Places' },
	verdict: { true: 'True', false: 'False' }
};

describe('class report, 1,000 results of 30 answers', () => {
	bench('classReport', () => {
		classReport(assignment, results);
	});

	bench('studentsCsv', () => {
		studentsCsv(report, labels, { timeZoneOffsetMinutes: 330 });
	});

	bench('questionsCsv', () => {
		questionsCsv(report, labels);
	});
});
