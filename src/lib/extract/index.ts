/**
 * Draft questions from article text: dates, people and places found by Gujarati rules and a
 * gazetteer of names from the bank. Pure: runs in the browser and in Node alike.
 */
export { extract, type Proposal } from './extract';
export { buildGazetteer, EMPTY_GAZETTEER, type Gazetteer, type Name, type SetLike } from './gazetteer';
export {
	absentFacts,
	factPrecisionOf,
	factRecallOf,
	parseFacts,
	percent,
	precisionOf,
	precisionRate,
	placesAsPeople,
	recallOf,
	recallRate,
	sameAnswer,
	scoreFacts,
	totalScore,
	type BankItem,
	type Fact,
	type FactPrecision,
	type FactRecall,
	type FactScore,
	type FactsFile,
	type Ignored,
	type Judgement,
	type Tally
} from './evaluate';
export type { Rule } from './types';
export { draftQuestion, draftSet, headlineOf } from './draft-set';
