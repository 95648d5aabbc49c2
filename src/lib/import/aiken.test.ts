import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { parseAiken } from './aiken';

const read = (text: string) => parseAiken(text, 'quiz.txt');
const problemsOf = (text: string) => read(text).problems.map((p) => `${p.line}: ${problemSummary(p)}`);

describe('parseAiken', () => {
	it('reads a question, its choices and the ANSWER letter', () => {
		const { drafts, problems } = read('ગુજરાતની રાજધાની કઈ છે?\nA. અમદાવાદ\nB. ગાંધીનગર\nC) સુરત\nANSWER: B\n');
		expect(problems).toEqual([]);
		expect(drafts.map((d) => [d.line, d.prompt, d.answer, d.distractors])).toEqual([
			[1, 'ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર', ['અમદાવાદ', 'સુરત']]
		]);
	});

	it('reads choices with no space after the label, and CRLF line endings', () => {
		const { drafts } = read('Q1\r\nA)Correct\r\nB)Incorrect\r\nANSWER: A\r\n');
		expect(drafts.map((d) => [d.answer, d.distractors])).toEqual([['Correct', ['Incorrect']]]);
	});

	it('takes the first line of a question as its text even when it starts like a choice (I., U.N.)', () => {
		const text = [
			'I. ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?',
			'A) સરદાર પટેલ',
			'B) જવાહરલાલ નેહરુ',
			'ANSWER: B',
			'U.N. ની સ્થાપના કયા વર્ષે થઈ?',
			'A) 1945',
			'B) 1947',
			'ANSWER: A'
		].join('\n');
		const { drafts, problems } = read(text);
		expect(problems).toEqual([]);
		expect(drafts.map((d) => [d.line, d.prompt, d.answer])).toEqual([
			[1, 'I. ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?', 'જવાહરલાલ નેહરુ'],
			[5, 'U.N. ની સ્થાપના કયા વર્ષે થઈ?', '1945']
		]);
	});

	it('starts a new question after a blank line, so a missing ANSWER does not swallow the next one', () => {
		expect(problemsOf('Q1\nA) a\nB) b\n\nI. Q2\nA) c\nB) d\nANSWER: A')).toEqual([
			'1: -: answer: aiken-no-answer-line'
		]);
		expect(read('Q1\nA) a\nB) b\n\nI. Q2\nA) c\nB) d\nANSWER: A').drafts.map((d) => d.prompt)).toEqual(['I. Q2']);
	});

	it('reports an ANSWER letter that names no choice, on the ANSWER line', () => {
		expect(problemsOf('Q1\nA) a\nB) b\nC) c\nANSWER: E')).toEqual([
			'5: -: answer: aiken-answer-unknown letter=E labels=A, B, C'
		]);
	});

	it('reports a missing ANSWER, at the end of the file and before the next question', () => {
		expect(problemsOf('Q1\nA) a\nB) b')).toEqual(['1: -: answer: aiken-no-answer-line']);
		expect(problemsOf('Q1\nA) a\nB) b\nQ2\nA) c\nB) d\nANSWER: A')).toEqual([
			'1: -: answer: aiken-no-answer-line'
		]);
	});

	it('needs at least two choices', () => {
		expect(problemsOf('Q1\nA) only\nANSWER: A')).toEqual([
			'1: -: choices: aiken-one-choice'
		]);
		expect(problemsOf('Q1\nANSWER: A')).toEqual(['1: -: choices: aiken-no-choices']);
	});

	it('wants ANSWER in capitals with one capital letter', () => {
		expect(problemsOf('Q1\nA) a\nB) b\nanswer: b')).toEqual([
			'4: -: answer: aiken-answer-case text=answer: b'
		]);
		expect(problemsOf('Q1\nA) a\nB) b\nANSWER: AB')).toEqual([
			'4: -: answer: aiken-answer-letter text=ANSWER: AB'
		]);
		expect(read('Q1\nA) a\nB) b\nANSWER: B) b').drafts[0]!.answer).toBe('b');
	});

	it('says plainly that Gujarati choice labels are not Aiken, once per question', () => {
		expect(problemsOf('પ્રશ્ન?\nક) એક\nખ) બે\nANSWER: A')).toEqual([
			'2: -: choices: aiken-gujarati-label label=ક)'
		]);
	});

	it('reports an ANSWER line with no question, and a question with no choices', () => {
		expect(problemsOf('ANSWER: A')).toEqual(['1: -: answer: aiken-answer-alone text=ANSWER: A']);
		expect(problemsOf('Q1 on one line\nand more of it\nA) a\nB) b\nANSWER: A')).toEqual([
			'1: -: question: aiken-no-choices'
		]);
	});

	it('reads small choice letters as capitals, so "a)" with "ANSWER: A" is one question, not three errors', () => {
		const { drafts, problems } = read('મુખ્યમંત્રી કોણ છે?\na) ભૂપેન્દ્ર પટેલ\nb. વિજય રૂપાણી\nANSWER: A');
		expect(problems).toEqual([]);
		expect(drafts.map((d) => [d.line, d.answer, d.distractors])).toEqual([[1, 'ભૂપેન્દ્ર પટેલ', ['વિજય રૂપાણી']]]);
	});

	it('reports a question whose choices it cannot read once, until a blank line or its ANSWER', () => {
		expect(problemsOf('Q1\n1) a\n2) b\nANSWER: A\nQ2\nA) c\nB) d\nANSWER: B')).toEqual(['1: -: question: aiken-no-choices']);
		expect(problemsOf('Q1\n\nQ2\n\nQ3\nA) c\nB) d\nANSWER: B')).toEqual([
			'1: -: question: aiken-no-choices',
			'3: -: question: aiken-no-choices'
		]);
	});

	it('reports two choices with one letter, "a)" and "A)" alike, on the second one’s line', () => {
		expect(problemsOf('Q1\nA) x\nA) y\nANSWER: A')).toEqual(['3: -: choices: aiken-duplicate-label label=A first=2']);
		expect(problemsOf('Q1\nA) x\nB) y\nb) z\nANSWER: A')).toEqual(['4: -: choices: aiken-duplicate-label label=B first=3']);
	});

	it('proposes a category from the answer or the question word', () => {
		const { drafts } = read('કયા વર્ષે?\nA) 1945\nB) 1950\nANSWER: A\nWho?\nA) x\nB) y\nANSWER: B');
		expect(drafts.map((d) => [d.category, d.categorySource])).toEqual([
			['date', 'proposed'],
			['person', 'proposed']
		]);
	});
});
