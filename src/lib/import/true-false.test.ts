import { describe, expect, it } from 'vitest';
import { importText } from './index';
import { draftsToSet } from './to-set';
import { FALSE_ANSWER, isTrueFalse, pairTruth, TRUE_ANSWER } from '../bank/truth-words';
import type { Draft } from './types';

const meta = { id: 'satya', title: 'સાચું કે ખોટું', title_en: 'True or false' };
/** The questions a file gives, stored as a set, each with the category a teacher would choose. */
const stored = (text: string, fileName: string) => {
	const { drafts } = importText(text, fileName);
	const chosen = drafts.map((d): Draft => ({ ...d, category: d.category ?? 'place', categorySource: 'file' }));
	return draftsToSet(chosen, meta, fileName).set?.questions ?? [];
};
const shape = (q: { answer: string; distractors?: string[]; accept: string[] }) => [q.answer, q.distractors, isTrueFalse(q)];

describe('true/false questions from every importer', () => {
	// the shape a quiz tells a statement to judge by: GIFT already gave it, and the quiz must ask it with two options only
	it('stores GIFT {T} and {FALSE} as a true/false question, feedback with its option', () => {
		const gift = [
			'$CATEGORY: $course$/top/places',
			'',
			'::TF-a:: અમદાવાદ સાબરમતીના કાંઠે વસેલું છે.{T}',
			'',
			'::TF-b:: The Statue of Unity stands in Kutch.{FALSE#No: it is by the Narmada.#Right: it is near Kevadia.}'
		].join('\n');
		const questions = stored(gift, 'tf.gift');
		expect(questions.map(shape)).toEqual([
			[TRUE_ANSWER, [FALSE_ANSWER], true],
			[FALSE_ANSWER, [TRUE_ANSWER], true]
		]);
		expect(questions[1]!.feedback).toEqual([
			{ option: TRUE_ANSWER, text: 'No: it is by the Narmada.' },
			{ option: FALSE_ANSWER, text: 'Right: it is near Kevadia.' }
		]);
	});

	// regression: an Aiken or CSV True/False was stored like any question, and its quiz drew more options from the bank
	it('stores an Aiken True/False pair, in English or Gujarati, in the same shape', () => {
		const aiken = [
			'The Sabarmati flows through Ahmedabad.',
			'A. True',
			'B. False',
			'ANSWER: A',
			'',
			'દ્વારકા ગુજરાતની રાજધાની છે.',
			'A) સાચું',
			'B) ખોટું',
			'ANSWER: B'
		].join('\n');
		expect(stored(aiken, 'quiz.txt').map(shape)).toEqual([
			[TRUE_ANSWER, [FALSE_ANSWER], true],
			[FALSE_ANSWER, [TRUE_ANSWER], true]
		]);
	});

	it('stores a CSV or Anki answer of True or False, with or without its opposite as the wrong answer', () => {
		const csv = [
			'question,answer,wrong answers',
			'Gujarat was formed in 1960.,TRUE,',
			'સુરત ગુજરાતની રાજધાની છે.,ખોટું,સાચું',
			'Gir is in Kutch.,false,True'
		].join('\n');
		expect(stored(csv, 'tf.csv').map(shape)).toEqual([
			[TRUE_ANSWER, [FALSE_ANSWER], true],
			[FALSE_ANSWER, [TRUE_ANSWER], true],
			[FALSE_ANSWER, [TRUE_ANSWER], true]
		]);
		expect(stored('#separator:tab\nગિર કચ્છમાં છે.\tFalse\n', 'deck.txt').map(shape)).toEqual([[FALSE_ANSWER, [TRUE_ANSWER], true]]);
	});

	it('leaves a question whose options are not just true and false as it was', () => {
		const aiken = 'Which is a Netflix series?\nA. True Detective\nB. False\nANSWER: B\n\nIs it so?\nA. True\nB. Maybe\nANSWER: A\n';
		expect(stored(aiken, 'quiz.txt').map(shape)).toEqual([
			['False', ['True Detective'], false],
			['True', ['Maybe'], false]
		]);
	});
});

describe('pairTruth and isTrueFalse', () => {
	it('tell a true/false pair in any case and either Gujarati spelling, and nothing else', () => {
		expect([pairTruth('સાચુ', [], ['ખોટુ']), pairTruth('FALSE', ['false'], []), pairTruth('True', [], ['True'])]).toEqual([
			true,
			false,
			undefined
		]);
		expect([pairTruth('Yes', [], ['No']), pairTruth('True', ['Yes'], ['False'])]).toEqual([undefined, undefined]);
		expect(isTrueFalse({ answer: TRUE_ANSWER, accept: [], distractors: [FALSE_ANSWER] })).toBe(true);
		expect(isTrueFalse({ answer: TRUE_ANSWER, accept: [], distractors: [FALSE_ANSWER, 'ગાંધીનગર'] })).toBe(false);
		expect(isTrueFalse({ answer: 'True', accept: [], distractors: ['False'] })).toBe(false);
	});
});
