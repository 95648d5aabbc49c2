import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { questionsCsv, studentsCsv, type ReportCsvLabels } from './report-csv';
import type { ClassReport } from './types';

const labels: ReportCsvLabels = {
	student: 'Student',
	score: 'Score (%)',
	right: 'Right',
	total: 'Asked',
	categoryRight: (c) => `${c}: right`,
	categoryTotal: (c) => `${c}: asked`,
	time: 'Time (s)',
	finished: 'Handed in',
	retakes: 'Retakes',
	mistimed: 'Wrong time',
	number: 'No.',
	question: 'Question',
	answer: 'Answer',
	category: 'Category',
	asked: 'Asked',
	facility: 'Right (%)',
	discrimination: 'Discrimination',
	meanTime: 'Mean time (s)',
	wrong: 'Wrong answers',
	categories: { date: 'Dates', person: 'People', place: 'Places' },
	verdict: { true: 'True', false: 'False' }
};

const report: ClassReport = {
	students: [
		{
			student: 'મીરા પટેલ',
			right: 2,
			total: 3,
			share: 2 / 3,
			ms: 12_345,
			// 14 March 2025, 10:05 in India
			finishedAt: Date.UTC(2025, 2, 14, 4, 35),
			byCategory: [
				{ category: 'date', right: 1, total: 1 },
				{ category: 'place', right: 1, total: 2 }
			],
			retakes: 1,
			mistimed: 1
		},
		{
			student: '=HYPERLINK("http://x")',
			right: 0,
			total: 0,
			share: 0,
			ms: 0,
			finishedAt: Date.UTC(2025, 2, 14, 20, 0),
			byCategory: [],
			retakes: 0
		}
	],
	questions: [
		{
			questionId: 'q1',
			number: 1,
			prompt: 'ભારત ક્યારે, "સ્વતંત્ર" થયું?',
			answer: '૧૯૪૭',
			category: 'date',
			asked: 3,
			right: 1,
			facility: 1 / 3,
			wrong: [
				{ given: '૧૯૫૦', count: 2, trueFalse: false },
				{ given: 'false', count: 1, trueFalse: true }
			],
			discrimination: -0.3333,
			meanMs: 4050
		},
		{
			questionId: 'q2',
			number: 2,
			prompt: '+91 કયા દેશનો કોડ છે?',
			answer: 'ભારત',
			category: 'place',
			asked: 0,
			right: 0,
			facility: undefined,
			wrong: [],
			discrimination: undefined,
			meanMs: undefined
		}
	],
	categories: ['date', 'place'],
	mean: 1 / 3,
	median: 1 / 3,
	distribution: [1, 0, 0, 0, 0, 0, 1, 0, 0, 0],
	received: 3,
	duplicates: 0,
	retakes: 1,
	sharedNames: []
};

describe('studentsCsv', () => {
	const text = studentsCsv(report, labels, { timeZoneOffsetMinutes: 330 });

	it('starts with a byte-order mark and ends rows as Excel does', () => {
		expect(text.startsWith('\uFEFFStudent,')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(3);
	});

	// the last column regresses a file that left out the table's ⚠ "time looks wrong"
	it('writes headers in the given words, two columns per category, figures as plain numbers', () => {
		expect(text.slice(1).split('\r\n')).toEqual([
			'Student,Score (%),Right,Asked,Dates: right,Dates: asked,Places: right,Places: asked,Time (s),Handed in,Retakes,Wrong time',
			'મીરા પટેલ,66.7,2,3,1,1,1,2,12.3,2025-03-14 10:05,1,1',
			`"'=HYPERLINK(""http://x"")",,0,0,0,0,0,0,0,2025-03-15 01:30,0,0`
		]);
	});

	it('numbers two students of one name, from two phones, as the table does', () => {
		const mira = report.students[0]!;
		const namesakes = { ...report, students: [{ ...mira, namesake: 1 }, { ...mira, namesake: 2 }] };
		const names = studentsCsv(namesakes, labels).slice(1).split('\r\n').slice(1).map((line) => line.split(',')[0]);
		expect(names).toEqual(['મીરા પટેલ (1)', 'મીરા પટેલ (2)']);
	});

	it('reads back in a spreadsheet parser as the same cells', () => {
		const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(rows[1]![0]).toBe('મીરા પટેલ');
		expect(rows[2]![0]).toBe(`'=HYPERLINK("http://x")`);
	});
});

describe('questionsCsv', () => {
	const lines = questionsCsv(report, labels).slice(1).split('\r\n');

	it('writes one row per question with its wrong answers and counts', () => {
		expect(lines).toEqual([
			'No.,Question,Answer,Category,Asked,Right,Right (%),Discrimination,Mean time (s),Wrong answers',
			'1,"ભારત ક્યારે, ""સ્વતંત્ર"" થયું?",૧૯૪૭,Dates,3,1,33.3,-0.33,4.1,૧૯૫૦ (2); False (1)',
			`2,"'+91 કયા દેશનો કોડ છે?",ભારત,Places,0,0,,,,`
		]);
	});

	it('guards a cell that starts a formula on its second line too', () => {
		const sneaky = { ...report, questions: [{ ...report.questions[1]!, prompt: '-\n=1+1' }] };
		expect(questionsCsv(sneaky, labels)).toContain(`"'-\n=1+1"`);
	});
});
