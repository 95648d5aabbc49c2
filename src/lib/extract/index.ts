/**
 * Draft questions from article text: dates, people and places found by Gujarati rules and a
 * gazetteer of names from the bank. Pure: runs in the browser and in Node alike.
 */
export { extract, type Proposal } from './extract';
export { buildGazetteer, EMPTY_GAZETTEER, type Gazetteer, type Name, type SetLike } from './gazetteer';
export { percent, precisionOf, recallOf, sameAnswer, type BankItem, type Judgement } from './evaluate';
export type { Rule } from './types';
export { draftSet, headlineOf } from './draft-set';
