/**
 * A quiz ready to show: the questions chosen, and for each one what its screen needs to draw
 * and grade it (options and the right index, or a statement and its truth) with no more work.
 */
import { normalizeForMatch } from '../text/normalize';
import type { PreparedBank, BankQuestion } from './bank-index';
import { pickDistractors } from './distractors';
import { ORDER_LIMIT, namesAnswer } from './order';
import { pick, shuffle, type Rng } from './random';
import { selectQuestions, type SelectOptions } from './select';
import { FALSE_ANSWER, isTrueFalse, TRUE_ANSWER } from '../bank/truth-words';
import { statementFor } from './true-false';

/** How items are asked; 'mixed' draws one of the three for each item. */
export type QuizMode = 'choice' | 'typed' | 'tf' | 'mixed';

/** What buildQuiz needs besides the bank and the generator. */
export type QuizOptions = SelectOptions & {
	mode: QuizMode;
	/** Options per choice question, answer included; 4 unless said. */
	optionCount?: number;
	/** Latest year a year distractor may be (pass the current year); default: the bank's latest year. */
	maxYear?: number;
};

/** Pick one of the options; `options[correct]` is the answer as written in the bank. */
export type ChoiceItem = { mode: 'choice'; question: BankQuestion; options: string[]; correct: number };

/** Type the answer; grade with checkTyped(item.question, input). */
export type TypedItem = { mode: 'typed'; question: BankQuestion };

/** Say whether the statement is true; `claim` is what it puts in the answer's place. */
export type TrueFalseItem = {
	mode: 'tf';
	question: BankQuestion;
	statement: string;
	claim: string;
	truth: boolean;
	/** Whether the statement is the article's sentence (else the bank's `statement`, written for this). */
	fromQuote: boolean;
};

/** One item of a quiz. */
export type QuizItem = ChoiceItem | TypedItem | TrueFalseItem;

const SINGLE_MODES = ['choice', 'typed', 'tf'] as const;

/**
 * Builds a quiz: selectQuestions, then per item its mode and material, all from `rng`, so the
 * same bank, options and seed give the same quiz. A true/false item needs a sentence that names
 * the answer (see statementFor) and a hand-picked wrong option for its false version (a name
 * drawn from the bank might make a sentence that is true after all); a question without both is
 * asked as a choice. A choice question that cannot get even one distractor (a bank with a single
 * distinct answer) is asked typed instead. A question that is itself a true/false statement (its
 * answer સાચું or ખોટું, as Moodle's {T} brings it) is asked as one whenever it would be typed or made a
 * statement about (typing સાચું teaches nothing), and as a choice of the two words in a choice quiz,
 * true first as on the statement's own buttons (a shuffled pair would put ખોટું first half the time).
 * No item names the answer of a question asked after it
 * (selectQuestions orders them; a false statement's wrong name is chosen to keep to it), and no
 * sentence is judged twice: several questions quote one sentence, and its second statement, true
 * or swapped, would be judged by the first, so that question is asked as a choice.
 */
export function buildQuiz(bank: PreparedBank, options: QuizOptions, rng: Rng): QuizItem[] {
	const questions = selectQuestions(bank, options, rng);
	const distractorOptions = { count: (options.optionCount ?? 4) - 1, maxYear: options.maxYear };
	// like the ordering, the check on a false statement's wrong name is bounded (see ORDER_LIMIT)
	const indices = questions.length <= ORDER_LIMIT ? questions.map((q) => bank.byId.get(q.id)!) : [];
	const judged = new Set<string>();
	return questions.map((question, at): QuizItem => {
		const mode = options.mode === 'mixed' ? pick(rng, SINGLE_MODES) : options.mode;
		if (isTrueFalse(question)) return mode === 'choice' ? truthChoiceItem(question) : statementItem(question);
		if (mode === 'typed') return { mode, question };
		if (mode === 'tf') {
			const later = (wrong: string) => indices.slice(at + 1).some((i) => namesAnswer(bank, [normalizeForMatch(wrong)], i));
			const item = trueFalseItem(bank, question, rng, later);
			// the sentence statementFor makes its statements of
			const sentence = normalizeForMatch(question.statement ?? question.quote);
			if (item && !judged.has(sentence)) {
				judged.add(sentence);
				return item;
			}
		}
		const distractors = pickDistractors(bank, question, rng, distractorOptions);
		if (distractors.length === 0) return { mode: 'typed', question };
		const choices = shuffle(rng, [question.answer, ...distractors]);
		return { mode: 'choice', question, options: choices, correct: choices.indexOf(question.answer) };
	});
}

/**
 * A true or false statement about the question, even odds, or null when it cannot make both. The
 * false one's wrong name is a hand-picked option that is not the answer of a question still to come
 * (`later`), which it would hand to the student; when every option is one, the statement is true.
 */
function trueFalseItem(
	bank: PreparedBank,
	question: BankQuestion,
	rng: Rng,
	later: (wrong: string) => boolean
): TrueFalseItem | null {
	const handPicked = pickDistractors(bank, question, rng, { count: question.distractors?.length ?? 0, handPickedOnly: true });
	const drawn = rng() < 0.5;
	if (handPicked.length === 0 || statementFor(question, handPicked[0]!) === null) return null;
	const wrong = drawn ? undefined : handPicked.find((option) => !later(option));
	const truth = wrong === undefined;
	const claim = wrong ?? question.answer;
	const { text, fromQuote } = statementFor(question, claim)!;
	return { mode: 'tf', question, statement: text, claim, truth, fromQuote };
}

/** A question written as a true/false statement, asked as it stands: its prompt is the statement. */
function statementItem(question: BankQuestion): TrueFalseItem {
	const truth = question.answer === TRUE_ANSWER;
	return { mode: 'tf', question, statement: question.prompt, claim: question.answer, truth, fromQuote: false };
}

/** A true/false statement asked as a choice of the two words, in the order the statement's buttons have. */
function truthChoiceItem(question: BankQuestion): ChoiceItem {
	return { mode: 'choice', question, options: [TRUE_ANSWER, FALSE_ANSWER], correct: question.answer === TRUE_ANSWER ? 0 : 1 };
}

/** Whether the chosen option is the right one. */
export function gradeChoice(item: ChoiceItem, chosen: number): boolean {
	return chosen === item.correct;
}

/** Whether the student judged the statement rightly. */
export function gradeTrueFalse(item: TrueFalseItem, saidTrue: boolean): boolean {
	return saidTrue === item.truth;
}
