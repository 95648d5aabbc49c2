import { describe, expect, it } from 'vitest';
import { parseAiken } from './aiken';

const read = (text: string) => parseAiken(text, 'quiz.txt');
const problemsOf = (text: string) => read(text).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);

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
			'1: answer: has no "ANSWER:" line after its choices'
		]);
		expect(read('Q1\nA) a\nB) b\n\nI. Q2\nA) c\nB) d\nANSWER: A').drafts.map((d) => d.prompt)).toEqual(['I. Q2']);
	});

	it('reports an ANSWER letter that names no choice, on the ANSWER line', () => {
		expect(problemsOf('Q1\nA) a\nB) b\nC) c\nANSWER: E')).toEqual([
			'5: answer: "ANSWER: E" names no choice: the choices are A, B, C'
		]);
	});

	it('reports a missing ANSWER, at the end of the file and before the next question', () => {
		expect(problemsOf('Q1\nA) a\nB) b')).toEqual(['1: answer: has no "ANSWER:" line after its choices']);
		expect(problemsOf('Q1\nA) a\nB) b\nQ2\nA) c\nB) d\nANSWER: A')).toEqual([
			'1: answer: has no "ANSWER:" line after its choices'
		]);
	});

	it('needs at least two choices', () => {
		expect(problemsOf('Q1\nA) only\nANSWER: A')).toEqual([
			'1: choices: has only one choice: an Aiken question needs at least two'
		]);
		expect(problemsOf('Q1\nANSWER: A')).toEqual(['1: choices: has no choices']);
	});

	it('wants ANSWER in capitals with one capital letter', () => {
		expect(problemsOf('Q1\nA) a\nB) b\nanswer: b')).toEqual([
			'4: answer: "answer: b" must be written in capitals, as in "ANSWER: B"'
		]);
		expect(problemsOf('Q1\nA) a\nB) b\nANSWER: AB')).toEqual([
			'4: answer: "ANSWER: AB" must name one choice by its capital letter, as in "ANSWER: B"'
		]);
		expect(read('Q1\nA) a\nB) b\nANSWER: B) b').drafts[0]!.answer).toBe('b');
	});

	it('says plainly that Gujarati choice labels are not Aiken, once per question', () => {
		expect(problemsOf('પ્રશ્ન?\nક) એક\nખ) બે\nANSWER: A')).toEqual([
			'2: choices: label the choices A), B), C) (capital Latin letters): "ક)" is not Aiken'
		]);
	});

	it('reports an ANSWER line with no question, and a question with no choices', () => {
		expect(problemsOf('ANSWER: A')).toEqual(['1: answer: "ANSWER: A" has no question before it']);
		expect(problemsOf('Q1 on one line\nand more of it\nA) a\nB) b\nANSWER: A')).toEqual([
			'1: question: has no choices: write the question on one line, then "A) ..." lines, then "ANSWER: A"'
		]);
	});

	it('proposes a category from the answer or the question word', () => {
		const { drafts } = read('કયા વર્ષે?\nA) 1945\nB) 1950\nANSWER: A\nWho?\nA) x\nB) y\nANSWER: B');
		expect(drafts.map((d) => [d.category, d.categorySource])).toEqual([
			['date', 'proposed'],
			['person', 'proposed']
		]);
	});
});
