/**
 * The quiz engine's types in one place, for modules that store or show quizzes without building
 * them (the database schema, the screens). Types only: importing this pulls in no code.
 */
export type { BankQuestion, PreparedBank } from './bank-index';
export type { ChoiceItem, QuizItem, QuizMode, QuizOptions, TrueFalseItem, TypedItem } from './build-quiz';
export type { DateKind } from './date-kinds';
export type { History, Progress, QuizLength, QuizSource, SelectOptions } from './select';
export type { TypedResult } from './typed';
