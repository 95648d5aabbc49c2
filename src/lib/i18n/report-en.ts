import type { guReport } from './report-gu';
import type { Shape } from './types';

/** English strings of the class results pages: report. Spread into en.ts. */
export const enReport: Shape<typeof guReport> = {
	reportHeading: 'How the class did',
	reportNone: 'No student has handed in a result yet.',
	reportSummary: 'Summary',
	reportStudents: 'Students counted',
	reportMean: 'Mean score',
	reportMedian: 'Median score',
	reportDuplicates: 'Results sent twice',
	reportRetakes: 'Retakes',
	reportCountingNote: 'A result sent twice counts once. Retakes do not count: only each student’s first result does.',
	reportSharedLead:
		'The same name came from different phones: each phone counts as a different student, numbered in the order they first handed in.',
	reportSharedItem: (name, n, labels) => `“${name}” from ${n} phones: ${labels}`,
	reportSharedHint: (column) => `The ${column} column helps tell them apart. Next time, ask students to type their full name.`,
	reportScoresHeading: 'Scores',
	reportScoresCaption: 'Each bar is the number of students whose score falls in a band of ten percent.',
	reportScoresSummary: (n, count, band) => `${n} ${count === 1 ? 'student' : 'students'} scored ${band}: the most in any band.`,
	reportScoresList: 'Students in each band:',
	reportBand: (from, to) => `${from}–${to}%`,
	reportBandItem: (band, n) => `${band}: ${n}`,
	reportFacilityHeading: 'Right answers per question',
	reportFacilityCaption: 'Each bar is the share of students who answered that question right.',
	reportFacilitySummary: (easiest, high, hardest, low) =>
		`Easiest: question ${easiest} (${high} right). Hardest: question ${hardest} (${low} right).`,
	reportFacilityEven: (value) => `Every question asked: ${value} right.`,
	reportFacilityNone: 'No question has been answered yet.',
	reportFacilityList: 'Right answers per question:',
	reportFacilityItem: (n, value) => `Question ${n}: ${value}`,
	reportNotAsked: 'asked of no one',
	reportStudentsHeading: 'By student',
	reportQuestionsHeading: 'By question',
	reportSortHint: 'Press a column heading to sort by it; press it again for the other way round.',
	reportShowing: (shown, total) => `Showing ${shown} of ${total} students.`,
	reportShowMore: (n, count) => (count === 1 ? `Show ${n} more student` : `Show ${n} more students`),
	reportShowAll: (n) => `Show all ${n}`,
	reportColStudent: 'Name',
	reportColScore: 'Score',
	reportColTime: 'Time',
	reportColFinished: 'Finished',
	reportColRetakes: 'Retakes',
	reportColNumber: 'No.',
	reportColQuestion: 'Question',
	reportColCategory: 'Category',
	reportColAsked: 'Asked',
	reportColFacility: 'Right',
	reportColDiscrimination: 'Discrimination',
	reportColMeanTime: 'Mean time',
	reportColWrong: 'Wrong answers',
	reportOf: (right, total) => `${right}/${total}`,
	reportMinutes: (minutes, seconds) => `${minutes} min ${seconds} s`,
	reportSeconds: (seconds) => `${seconds} s`,
	reportAnswer: (answer) => `Answer: ${answer}`,
	reportWrongItem: (given, n) => `${given} (${n})`,
	reportMoreWrong: (n) => `and ${n} more (all in the CSV)`,
	reportNoWrong: 'none',
	reportNoFigure: 'no figure',
	reportCheck: 'check',
	reportQuestionsNote: (low, high, good) =>
		`Right: the share of students asked the question who answered it right. Discrimination: the share right in the top third of students by score minus the share right in the bottom third, from ${low} to ${high} (the discrimination index of Moodle’s old item analysis). ${good} or more is good; below zero, check the question and its answer.`,
	reportDownloadsHeading: 'For a spreadsheet',
	reportDownloadStudents: 'Students as CSV',
	reportDownloadQuestions: 'Questions as CSV',
	reportStudentsFile: (title) => `${title} - students.csv`,
	reportQuestionsFile: (title) => `${title} - questions.csv`,
	reportDownloaded: (file) => `Downloaded ${file}.`,
	assignDueInvalid: 'This is not a real date: choose a day from the calendar, or leave the field empty.',
	classResultCount: (n, count) => `${n} ${count === 1 ? 'result' : 'results'}`,
	classDeleteConfirm: (n, count) =>
		count === 0
			? 'Delete this assignment?'
			: `Delete this assignment and its ${n} ${count === 1 ? 'result' : 'results'}?`,
	collectAdded: (n, count) => (count === 1 ? `${n} new result added.` : `${n} new results added.`),
	collectAlready: (n, count) =>
		count === 1 ? `${n} result was already here: not counted again.` : `${n} results were already here: not counted again.`,
	collectBroken: (n, count, links) =>
		count === 1
			? `${n} link was changed or cut (${links}): ask the student to send it again.`
			: `${n} links were changed or cut (${links}): ask those students to send them again.`,
	collectLine: (n) => `line ${n}`,
	collectUnknown: (n, count, names) =>
		count === 1
			? `${n} result (${names}) answers an assignment not made on this phone: not added.`
			: `${n} results (${names}) answer an assignment not made on this phone: not added.`,
	collectWrongQuestions: (n, count, names) =>
		count === 1
			? `${n} result (${names}) answers a question the assignment did not ask, or one question twice: not added.`
			: `${n} results (${names}) answer questions the assignment did not ask, or one question twice: not added.`,
	collectWrongClock: (n, count, names) =>
		count === 1
			? `${n} result (${names}) was taken on a phone with a wrong date: not added. ` +
				'Ask the student to set the phone’s date and take the quiz again.'
			: `${n} results (${names}) were taken on phones with a wrong date: not added. ` +
				'Ask those students to set their phone’s date and take the quiz again.',
	reportCsv: {
		student: 'Name',
		score: 'Score (%)',
		right: 'Right',
		total: 'Asked',
		categoryRight: (category) => `${category}: right`,
		categoryTotal: (category) => `${category}: asked`,
		time: 'Time (seconds)',
		finished: 'Finished',
		retakes: 'Retakes',
		mistimed: 'Results with a wrong time',
		number: 'No.',
		question: 'Question',
		answer: 'Answer',
		category: 'Category',
		asked: 'Asked',
		facility: 'Right (%)',
		discrimination: 'Discrimination (−1 to 1)',
		meanTime: 'Mean time (seconds)',
		wrong: 'Wrong answers (how often)'
	}
};
