/**
 * A quiz as a printable worksheet for a teacher (numbered questions, then an answer key with
 * the quotes) or as JSON for other tools. Pure: the command-line script does the reading and printing.
 */
import type { Category } from '../bank/schema';
import { guShell } from '../i18n/shell-gu';
import { toGujaratiDigits } from '../text/normalize';
import type { QuizItem } from './build-quiz';

/** Worksheet wording; kept here until the i18n dictionaries carry worksheet strings. */
const WORDS = {
	title: 'કસોટી — પ્રશ્નપત્ર',
	questions: 'પ્રશ્નો',
	source: 'સ્રોત',
	seed: 'બીજ (seed)',
	nameLine: 'નામ: ____________________    તારીખ: ____________',
	choiceHint: 'સાચો વિકલ્પ પસંદ કરો.',
	tfHint: 'દરેક વિધાન સાચું છે કે ખોટું તે લખો.',
	typedHint: 'જવાબ લખો.',
	answerLine: 'જવાબ: ____________________',
	key: 'જવાબો',
	right: 'સાચું',
	wrong: 'ખોટું',
	rightAnswer: 'સાચો જવાબ'
};

const CATEGORY_WORDS: Record<Category, string> = {
	date: guShell.categoryDate,
	person: guShell.categoryPerson,
	place: guShell.categoryPlace
};

/** The labels printed before options, as the worksheet issue asks: a) to d), then on. */
export const OPTION_LABELS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** What the worksheet header says about the quiz. */
export type WorksheetMeta = {
	seed: string;
	categories: readonly Category[];
	/** The set title, article file or "all sets". */
	source: string;
};

/** The two answers of a true-or-false item, as printed and as given in JSON. */
export const TRUE_FALSE_OPTIONS = [WORDS.right, WORDS.wrong];

const number = (i: number) => `${toGujaratiDigits(String(i + 1))}.`;

/** The worksheet as plain text: header, numbered questions, answer key with quotes. */
export function formatWorksheet(items: readonly QuizItem[], meta: WorksheetMeta): string {
	const header = [
		meta.categories.map((c) => CATEGORY_WORDS[c]).join(', '),
		`${WORDS.questions}: ${toGujaratiDigits(String(items.length))}`,
		`${WORDS.source}: ${meta.source}`,
		`${WORDS.seed}: ${meta.seed}`
	];
	const lines: string[] = [WORDS.title, header.join(' · '), WORDS.nameLine, ''];
	const modes = new Set(items.map((i) => i.mode));
	if (modes.has('choice')) lines.push(WORDS.choiceHint);
	if (modes.has('tf')) lines.push(WORDS.tfHint);
	if (modes.has('typed')) lines.push(WORDS.typedHint);
	lines.push('');
	items.forEach((item, i) => {
		if (item.mode === 'tf') {
			lines.push(`${number(i)} ${item.statement}`, `   ${WORDS.right} / ${WORDS.wrong}`, '');
		} else if (item.mode === 'choice') {
			lines.push(`${number(i)} ${item.question.prompt}`);
			item.options.forEach((option, j) => lines.push(`   ${OPTION_LABELS[j]}) ${option}`));
			lines.push('');
		} else {
			lines.push(`${number(i)} ${item.question.prompt}`, `   ${WORDS.answerLine}`, '');
		}
	});
	lines.push(WORDS.key, '');
	items.forEach((item, i) => {
		const q = item.question;
		let key: string;
		if (item.mode === 'tf')
			key = item.truth ? WORDS.right : `${WORDS.wrong} (${WORDS.rightAnswer}: ${q.answer})`;
		else if (item.mode === 'choice') key = `${OPTION_LABELS[item.correct]}) ${q.answer}`;
		else key = q.answer;
		lines.push(`${number(i)} ${key}`, `   “${q.quote}” (${q.article})`);
	});
	return lines.join('\n') + '\n';
}

/** One question of the JSON worksheet; `answer` is one of `options` (સાચું/ખોટું for true-or-false). */
export type WorksheetQuestion = {
	id: string;
	category: Category;
	prompt: string;
	/** The statement to judge, for true-or-false items. */
	statement?: string;
	options: string[];
	answer: string;
	quote: string;
	article: string;
};

/** The worksheet as data: the seed that remakes it and its questions. */
export function worksheetJson(
	items: readonly QuizItem[],
	seed: string
): { seed: string; questions: WorksheetQuestion[] } {
	const questions = items.map((item): WorksheetQuestion => {
		const { id, category, prompt, quote, article, answer } = item.question;
		if (item.mode === 'tf') {
			const truth = item.truth ? WORDS.right : WORDS.wrong;
			const options = [...TRUE_FALSE_OPTIONS];
			return { id, category, prompt, statement: item.statement, options, answer: truth, quote, article };
		}
		// a typed item only arises when the bank has no second answer to offer
		const options = item.mode === 'choice' ? item.options : [answer];
		return { id, category, prompt, options, answer, quote, article };
	});
	return { seed, questions };
}
