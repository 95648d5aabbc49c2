/**
 * The quiz engine in one import for the screens and the worksheet command. Pure: no DOM, no
 * storage; randomness comes in as a seeded generator.
 */
export { bankQuestions, prepareBank, type BankQuestion, type PreparedBank } from './bank-index';
export { buildQuiz, gradeChoice, gradeTrueFalse } from './build-quiz';
export type { ChoiceItem, QuizItem, QuizMode, QuizOptions, TrueFalseItem, TypedItem } from './build-quiz';
export { classifyDate, dateLookalikes, DATE_KINDS, type DateKind } from './date-kinds';
export { pickDistractors, type DistractorOptions } from './distractors';
export { createRng, pick, randomSeed, shuffle, type Rng } from './random';
export { countAvailable, QUIZ_LENGTHS, selectQuestions, weakSpotWeight } from './select';
export type { History, Progress, QuizLength, QuizSource, SelectOptions } from './select';
export { locateAnswer, statementFor, type Statement } from './true-false';
export { checkTyped, type TypedResult } from './typed';
