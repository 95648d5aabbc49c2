import { describe, expect, it } from 'vitest';
import { problem } from '../bank/problems';
import { toGujaratiDigits } from '../text/normalize';
import { problemLine } from './problem-line';
import { lineInBox, problemField, problemText } from './problem-text';
import { enProblems } from './problems-en';
import { guProblems } from './problems-gu';

const gu = { problems: guProblems };
const en = { problems: enProblems };
const place = { file: 'quiz.gift', field: 'question', line: 12 };
const guDigits = (n: number | string) => toGujaratiDigits(String(n));

describe('problemText', () => {
	it('words the same problem in Gujarati and in English, numbers in the digits asked for', () => {
		const unclosed = problem('json-syntax', { file: 'gk.json', field: '(file)' }, { line: 4, column: 2, atEnd: true });
		expect(problemText(gu, unclosed, guDigits)).toBe(
			'આ માન્ય JSON નથી: ફાઇલ પંક્તિ ૪, અક્ષર ૨ પાસે વહેલી પૂરી થઈ જાય છે; બંધ કરતો } કે ] કે અવતરણચિહ્ન ખૂટે છે.'
		);
		expect(problemText(en, unclosed)).toBe(
			'This is not valid JSON: the file ends too soon, at line 4, column 2; a closing } or ] or a quote is missing.'
		);
	});

	it('says what the teacher wrote where it names it', () => {
		const givesAway = problem('gives-away', { file: 'f', field: 'prompt' }, { form: 'ગાંધીનગર' });
		expect(problemText(gu, givesAway)).toBe('પ્રશ્નમાં જ જવાબ આવી જાય છે: “ગાંધીનગર”. તેની જગ્યાએ _____ મૂકો.');
		const columns = problem('csv-unknown-columns', { ...place, field: 'columns' }, { names: ['difficulty', 'notes'] });
		expect(problemText(en, columns)).toBe('"difficulty", "notes" are not columns Kasoti knows; left out.');
		expect(problemText(gu, problem('gift-unclosed-brace', place))).toBe('અહીં { ખૂલે છે પણ }થી ક્યાંય બંધ થતો નથી.');
	});

	it('names the question a prompt repeats by its number in a set, by its line in a file', () => {
		const repeat = (where: { otherNumber?: number; otherLine?: number }) =>
			problem('duplicate-prompt', { file: 'f', field: 'prompt' }, { otherId: 'a', otherAnswer: 'ભુજ', ...where });
		expect(problemText(gu, repeat({ otherNumber: 3 }), guDigits)).toBe('પ્રશ્ન ૩ પણ આ જ પ્રશ્ન છે (તેનો જવાબ “ભુજ”).');
		expect(problemText(en, repeat({ otherNumber: 3 }))).toBe('Question 3 is the same question (its answer is “ભુજ”).');
		expect(problemText(gu, repeat({ otherLine: 12 }), guDigits)).toBe('પંક્તિ ૧૨ પરનો પ્રશ્ન પણ આ જ છે (તેનો જવાબ “ભુજ”).');
		expect(problemText(en, repeat({ otherLine: 12 }))).toBe('The question on line 12 is the same (its answer is “ભુજ”).');
	});

	it('counts one question as one in English and in Gujarati', () => {
		const sourceless = (count: number) => problem('json-no-source', { file: 'f', field: 'quote' }, { count });
		expect(problemText(en, sourceless(1))).toBe(
			'1 question has no quote or article: it is taken as the set’s own facts, as from a GIFT file.'
		);
		expect(problemText(en, sourceless(3))).toBe(
			'3 questions have no quote or article: they are taken as the set’s own facts, as from a GIFT file.'
		);
		expect(problemText(gu, sourceless(1), guDigits)).toBe(
			'૧ પ્રશ્નમાં અવતરણ કે લેખ નથી: GIFT ફાઇલની જેમ તે સેટની પોતાની હકીકત તરીકે લીધો.'
		);
		expect(problemText(gu, sourceless(3), guDigits)).toBe(
			'૩ પ્રશ્નોમાં અવતરણ કે લેખ નથી: GIFT ફાઇલની જેમ તે સેટની પોતાની હકીકતો તરીકે લીધા.'
		);
	});

	it('says કસોટી ઓળખતી, પૂછતી: the app’s name is feminine', () => {
		const texts = (['unknown-field', 'unknown-format', 'gift-essay', 'gift-matching', 'gift-multiple-answer'] as const).map((code) =>
			problemText(gu, problem(code, place))
		);
		texts.push(problemText(gu, problem('csv-unknown-columns', { ...place, field: 'columns' }, { names: ['notes'] })));
		for (const text of texts) expect(text).toMatch(/કસોટી.* (ઓળખતી|પૂછતી) નથી/);
	});

	it('has a sentence in both languages for every code', () => {
		const codes = Object.keys(enProblems.text).sort();
		expect(Object.keys(guProblems.text).sort()).toEqual(codes);
		expect(codes.length).toBeGreaterThan(60);
	});
});

describe('where a problem is', () => {
	it('names fields as a teacher knows them, positions counted from 1', () => {
		const at = (field: string) => problemField(en, problem('empty', { file: 'f', field }));
		expect([at('prompt'), at('questions[3].answer'), at('articles[0].headline_en'), at('distractors[1]')]).toEqual([
			'Question',
			'Question 4 · Answer',
			'Article 1 · Headline (in English)',
			'Wrong options · Line 2'
		]);
		expect(problemField(gu, problem('empty', { file: 'f', field: 'questions[9].answer' }), guDigits)).toBe(
			'પ્રશ્ન ૧૦ · જવાબ'
		);
		// a misspelt field is named as the teacher wrote it
		expect(at('explaination')).toBe('explaination');
		// even one that is a name of every object’s own (it once showed "[object Object]")
		expect([at('__proto__'), at('constructor'), at('toString[0]'), at('questions[0].hasOwnProperty')]).toEqual([
			'__proto__',
			'constructor',
			'toString · Line 1',
			'Question 1 · hasOwnProperty'
		]);
		expect([lineInBox(problem('empty', { file: 'f', field: 'accept[2]' })), lineInBox(problem('empty', place))]).toEqual([
			3,
			undefined
		]);
	});

	it('prints one English line for the command line: file and line, question id, field, what is wrong', () => {
		const noChoice = problem('aiken-answer-unknown', { file: 'quiz.txt', field: 'answer', line: 10 }, { letter: 'E', labels: 'A, B, C' });
		expect(problemLine(noChoice)).toBe('quiz.txt:10: -: answer: "ANSWER: E" names no choice: the choices are A, B, C.');
	});
});
