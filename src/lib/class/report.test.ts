import { describe, expect, it } from 'vitest';
import type { Category, Question } from '../bank/schema';
import { answerKey, classReport, studentKey } from './report';
import type { Assignment, ClassResult, ResultAnswer } from './types';

const question = (id: string, category: Category, answer: string): Question => ({
	id,
	category,
	prompt: `${id}?`,
	answer,
	accept: [],
	article: 'a.txt',
	quote: `${answer}.`,
	en: id
});

const assignment: Assignment = {
	id: 'a1',
	title: 'Test',
	mode: 'mixed',
	length: 'all',
	seed: 'abc',
	createdAt: 0,
	set: {
		id: 'set-1',
		title: 'સેટ',
		title_en: 'Set',
		lang: 'gu',
		articles: [],
		questions: [
			question('d1', 'date', '2001'),
			question('p1', 'person', 'નહેરુ'),
			question('s1', 'place', 'અમદાવાદ'),
			question('d2', 'date', '૧૯૪૭'),
			question('s2', 'place', 'ભુજ')
		]
	}
};

/** `[questionId, given, correct]` or with the time too; typed answers, 1 s each unless said. */
type Line = [string, string, boolean] | [string, string, boolean, number];

function result(student: string, quizId: string, finishedAt: number, lines: Line[], assignmentId = 'a1'): ClassResult {
	const answers: ResultAnswer[] = lines.map(([questionId, given, correct, ms = 1000]) => ({
		questionId,
		mode: 'typed',
		given,
		correct,
		ms
	}));
	return { id: `${assignmentId}/${quizId}`, assignmentId, student, quizId, startedAt: 0, finishedAt, answers, receivedAt: finishedAt + 1 };
}

const R = (q: string, given: string): Line => [q, given, true];
const W = (q: string, given: string): Line => [q, given, false];

// Six students; hand-in order A B C E F D. Dev and Asha retake; Bina's result arrives twice.
const bina = result('Bina', 'b', 1100, [R('d1', '2001'), R('p1', 'નહેરુ'), W('s1', ' સુરત '), W('d2', '૨૦૨૦')]);
const results: ClassResult[] = [
	result('Dev', 'd-later', 9000, [R('d1', '2001'), R('p1', 'નહેરુ'), R('s1', 'અમદાવાદ'), R('d2', '૧૯૪૭')]),
	result('Asha', 'a', 1000, [['d1', '2001', true, 4000], R('p1', 'નહેરુ'), W('s1', 'સુરત'), R('d2', '૧૯૪૭'), ['zz', 'x', true, 99_999]]),
	bina,
	result('Chirag', 'c', 1200, [R('d1', '2001'), W('p1', 'Gandhi'), R('s1', 'અમદાવાદ'), W('d2', '2020')]),
	result('  ASHA ', 'a-again', 5000, [W('d1', '1'), W('p1', '1'), W('s1', '1'), W('d2', '1')]),
	result('Dev', 'd', 2000, [W('d1', '1999'), W('p1', 'gandhi'), R('s1', 'અમદાવાદ'), R('d2', '૧૯૪૭')]),
	result('Esha', 'e', 1300, [R('d1', '2001'), W('d1', '1999'), R('p1', 'નહેરુ'), R('s1', 'અમદાવાદ'), R('d2', '૧૯૪૭')]),
	result('Farah', 'f', 1400, [R('d1', '2001'), W('p1', 'Gandhi '), R('s1', 'અમદાવાદ')]),
	{ ...bina, receivedAt: 50_000 },
	result('Other', 'o', 1500, [R('d1', '2001')], 'a2')
];

describe('classReport', () => {
	const report = classReport(assignment, results);
	const q = (id: string) => report.questions.find((row) => row.questionId === id)!;

	it('counts each name once, its earliest result, best first and ties by name', () => {
		expect(report.students.map((s) => [s.student, s.right, s.total, s.retakes])).toEqual([
			['Esha', 4, 4, 0],
			['Asha', 3, 4, 1],
			['Farah', 2, 3, 0],
			['Bina', 2, 4, 0],
			['Chirag', 2, 4, 0],
			['Dev', 2, 4, 1]
		]);
		expect(report.students.find((s) => s.student === 'Dev')!.finishedAt).toBe(2000);
	});

	it('tells how many results came, how many were copies and how many retakes', () => {
		expect([report.received, report.duplicates, report.retakes]).toEqual([9, 1, 2]);
	});

	it('adds up time and categories, leaving out answers to questions not in the set', () => {
		const asha = report.students[1]!;
		expect(asha.ms).toBe(7000);
		expect(asha.share).toBe(0.75);
		expect(asha.byCategory).toEqual([
			{ category: 'date', right: 2, total: 2 },
			{ category: 'person', right: 1, total: 1 },
			{ category: 'place', right: 0, total: 1 }
		]);
		expect(report.categories).toEqual(['date', 'person', 'place']);
	});

	it('gives each question its facility and mean time, in set order, unasked ones too', () => {
		expect(report.questions.map((row) => [row.number, row.asked, row.right])).toEqual([
			[1, 6, 5],
			[2, 6, 3],
			[3, 6, 4],
			[4, 5, 3],
			[5, 0, 0]
		]);
		expect(q('d1').facility).toBeCloseTo(5 / 6, 10);
		expect(q('d2').facility).toBe(0.6);
		expect(q('s2').facility).toBeUndefined();
		expect(q('d1').meanMs).toBe(1500);
		expect(q('s2').meanMs).toBeUndefined();
	});

	it('groups wrong answers that differ in case, spaces or digits; a repeated answer counts once', () => {
		expect(q('d1').wrong).toEqual([{ given: '1999', count: 1, trueFalse: false }]);
		expect(q('p1').wrong).toEqual([{ given: 'Gandhi', count: 3, trueFalse: false }]);
		expect(q('s1').wrong).toEqual([{ given: 'સુરત', count: 2, trueFalse: false }]);
		expect(q('d2').wrong).toEqual([{ given: '૨૦૨૦', count: 2, trueFalse: false }]);
	});

	it('takes the bottom third from the top third (Esha, Asha against Chirag, Dev)', () => {
		expect(report.questions.map((row) => row.discrimination)).toEqual([0.5, 1, -0.5, 0.5, undefined]);
	});

	it('gives the mean, the median and the students per tenth', () => {
		expect(report.mean).toBeCloseTo(47 / 72, 10);
		expect(report.median).toBeCloseTo(7 / 12, 10);
		expect(report.distribution).toEqual([0, 0, 0, 0, 0, 3, 1, 1, 0, 1]);
	});
});

describe('classReport, small classes', () => {
	it('has no discrimination with fewer than three students', () => {
		const two = classReport(assignment, results.filter((r) => ['a', 'b'].includes(r.quizId)));
		expect(two.questions.map((row) => row.discrimination)).toEqual([undefined, undefined, undefined, undefined, undefined]);
		expect(two.median).toBe(0.625);
	});

	it('reports nothing but the questions when no result has come', () => {
		const empty = classReport(assignment, []);
		expect(empty.students).toEqual([]);
		expect([empty.mean, empty.median]).toEqual([undefined, undefined]);
		expect(empty.distribution).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
		expect(empty.questions).toHaveLength(5);
	});

	it('leaves a question out of a third none of whose students were asked it', () => {
		// d2 is asked only of the three strongest: the bottom third never saw it
		const three = [
			result('X', 'x', 1, [R('d1', '2001'), R('d2', '૧૯૪૭')]),
			result('Y', 'y', 2, [R('d1', '2001'), W('p1', '?')]),
			result('Z', 'z', 3, [W('d1', '?'), W('p1', '?')])
		];
		expect(classReport(assignment, three).questions.map((row) => row.discrimination)).toEqual([
			1,
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('puts a full score in the last tenth and 7 of 10 in the 70 % tenth', () => {
		const many = Array.from({ length: 10 }, (_, i) => question(`m${i}`, 'date', 'x'));
		const tens = { ...assignment, set: { ...assignment.set, questions: many } };
		const answers = (right: number) => many.map((m, i): Line => [m.id, 'x', i < right]);
		const report = classReport(tens, [result('P', 'p', 1, answers(10)), result('Q', 'q', 2, answers(7))]);
		expect(report.distribution).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
	});

	it('sorts wrong answers by how often they were given, and keeps true/false apart from typed words', () => {
		const tf = (given: string): ResultAnswer => ({ questionId: 'd1', mode: 'tf', given, correct: false, ms: 1 });
		const report = classReport(assignment, [
			result('A', 'a', 1, [W('d1', 'true')]),
			{ ...result('B', 'b', 2, []), answers: [tf('true')] },
			{ ...result('C', 'c', 3, []), answers: [tf('true')] },
			result('D', 'd', 4, [W('d1', 'True ')]),
			result('E', 'e', 5, [W('d1', 'abc')]),
			result('F', 'f', 6, [W('d1', 'ABC')]),
			result('G', 'g', 7, [W('d1', ' abc')]),
			result('H', 'h', 8, [W('d1', 'x')])
		]);
		expect(report.questions[0]!.wrong).toEqual([
			{ given: 'abc', count: 3, trueFalse: false },
			{ given: 'true', count: 2, trueFalse: true },
			{ given: 'true', count: 2, trueFalse: false },
			{ given: 'x', count: 1, trueFalse: false }
		]);
	});
});

describe('keys', () => {
	it('knows a student by name whatever the spaces, case or Unicode form', () => {
		expect(studentKey('  Ravi   PATEL ')).toBe('ravi patel');
		// é typed as e and a combining accent, or as one letter
		expect(studentKey('Jose\u0301')).toBe(studentKey('Jos\u00e9'));
		// a zero-width space or a direction mark is not seen, and makes no second student
		expect(studentKey('Asha\u200B')).toBe(studentKey('Asha'));
		expect(studentKey('\u202EAsha')).toBe(studentKey('asha'));
	});

	it('groups answers across Gujarati and ASCII digits', () => {
		expect(answerKey(' ૧૯૪૭ ')).toBe('1947');
		expect(answerKey('Delhi')).toBe(answerKey('delhi  '));
	});
});

// two students typed “મીરા” on their own phones and became one student; the second’s work showed nowhere
describe('classReport, one name typed on two phones', () => {
	const all = [R('d1', '2001'), R('p1', 'નહેરુ'), R('s1', 'અમદાવાદ'), R('d2', '૧૯૪૭')];
	const none = [W('d1', '1'), W('p1', '1'), W('s1', '1'), W('d2', '1')];
	const on = (phone: string | undefined, r: ClassResult): ClassResult => (phone === undefined ? r : { ...r, phone });
	const results = [
		on('phone-a1', result('મીરા', 'm-a', 1000, all)),
		on('phone-b2', result('મીરા', 'm-b', 2000, none)),
		on('phone-c3', result('રોહન', 'r-c', 1100, all)),
		on('phone-d4', result(' રોહન', 'r-d', 1200, none)),
		on('phone-e5', result('Asha', 'a-e', 1300, all)),
		on('phone-e5', result('asha', 'a-e-again', 3000, none))
	];
	const report = classReport(assignment, results);

	it('counts two phones with one name as two students, numbered in the order they handed in', () => {
		expect(report.students.map((s) => [s.student, s.namesake, s.right, s.retakes])).toEqual([
			['Asha', undefined, 4, 1],
			['મીરા', 1, 4, 0],
			['રોહન', 1, 4, 0],
			['મીરા', 2, 0, 0],
			['રોહન', 2, 0, 0]
		]);
		expect([report.received, report.duplicates, report.retakes]).toEqual([6, 0, 1]);
		expect(report.questions[0]!.asked).toBe(5);
	});

	it('names every name that came from more than one phone, for the teacher to be told', () => {
		expect(report.sharedNames).toEqual([
			{ student: 'મીરા', phones: 2 },
			{ student: 'રોહન', phones: 2 }
		]);
		expect(classReport(assignment, results.slice(4)).sharedNames).toEqual([]);
	});

	it('still counts a retake from the same phone, and a copy of one result once', () => {
		const again = [...results, on('phone-b2', result('મીરા', 'm-b-again', 4000, all)), { ...results[0]!, receivedAt: 9000 }];
		const twice = classReport(assignment, again);
		expect(twice.students.filter((s) => s.student === 'મીરા').map((s) => [s.namesake, s.right, s.retakes])).toEqual([
			[1, 4, 0],
			[2, 0, 1]
		]);
		expect([twice.received, twice.duplicates, twice.retakes]).toEqual([8, 1, 2]);
	});

	it('groups results without a phone, from older versions, by their name as before', () => {
		const older = [
			result('મીરા', 'o-1', 1000, all),
			result('મીરા', 'o-2', 2000, none),
			on('phone-b2', result('મીરા', 'm-b', 3000, none))
		];
		const byName = classReport(assignment, older);
		// the first student may have updated the app: a phone’s first result joins a name that had none
		expect(byName.students.map((s) => [s.student, s.namesake, s.retakes])).toEqual([['મીરા', undefined, 2]]);
		const mixed = classReport(assignment, [...results.slice(0, 2), result('મીરા', 'o-3', 5000, all)]);
		expect(mixed.students.map((s) => [s.namesake, s.retakes])).toEqual([
			[1, 1],
			[2, 0]
		]);
	});
});

describe('results whose time cannot be true', () => {
	/** Made at noon on 1 June 2026; results arrive the next day. */
	const MADE = Date.UTC(2026, 5, 1, 12);
	const made = { ...assignment, createdAt: MADE };
	const ARRIVED = MADE + 86_400_000;
	const at = (r: ClassResult, finishedAt: number): ClassResult => ({ ...r, finishedAt, receivedAt: ARRIVED });
	const all: Line[] = [R('d1', '2001'), R('p1', 'નહેરુ'), R('s1', 'અમદાવાદ'), R('d2', '૧૯૪૭'), R('s2', 'ભુજ')];
	const none: Line[] = all.map(([q, given]) => W(q, `${given}?`));

	// a student set the phone's clock back, and the retake counted as the first result
	it('never lets a retake that claims a time before the assignment displace the first try', () => {
		const first = at(result('Ravi', 'r-1', 0, none), MADE + 3_600_000);
		const retake = at(result('Ravi', 'r-2', 0, all), MADE - 86_400_000);
		const report = classReport(made, [retake, first]);
		expect(report.students.map((s) => [s.student, s.right, s.retakes, s.mistimed])).toEqual([['Ravi', 0, 1, 1]]);
	});

	it('flags a result more than a day ahead of its arrival, and believes a few minutes of clock', () => {
		const ahead = at(result('Asha', 'a-1', 0, all), ARRIVED + 2 * 86_400_000);
		const skewed = at(result('Bina', 'b-1', 0, all), MADE - 2 * 60_000);
		const alone = at(result('Chirag', 'c-1', 0, none), MADE - 3_600_000);
		const report = classReport(made, [ahead, skewed, alone]);
		expect(report.students.map((s) => [s.student, s.mistimed])).toEqual([
			['Asha', 1],
			['Bina', undefined],
			['Chirag', 1]
		]);
	});
});
