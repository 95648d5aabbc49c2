/**
 * Words of Gujarati text with their offsets, and the case endings written joined to them
 * (પુતિનનું, રશિયાથી, મંગળવારે), taken off so an answer is its base form.
 */
import type { Word } from './types';

const LETTERS = '[\\p{L}\\p{M}\\p{N}\\u200C\\u200D]+';
/** Hyphens and dots inside a word stay in it (કોમસોમોલ્સ્ક-ઓન-અમુર, યુ.એસ.ની, ૧૯૫૦-૫૩); commas only between digits (6,500). */
const WORD = new RegExp(`${LETTERS}(?:[-.]${LETTERS}|,\\p{N}+)*`, 'gu');

/** The words of `text`, with offsets counted from `offset` (the text's place in a larger one). */
export function wordsOf(text: string, offset = 0): Word[] {
	return [...text.matchAll(WORD)].map((m) => ({
		text: m[0],
		start: offset + m.index,
		end: offset + m.index + m[0].length
	}));
}

/**
 * Case endings and postpositions written joined to a noun, longest first so માંથી wins over થી.
 * The lone vowel sign ે is the ergative/locative of a word ending in a consonant (કિમે, મંગળવારે).
 */
export const CASE_ENDINGS: readonly string[] = [
	'માંથી',
	'માંના',
	'માંની',
	'માંનું',
	'માંનો',
	'નામાં',
	'માં',
	'નાં',
	'ના',
	'ની',
	'નું',
	'નો',
	'ને',
	'થી',
	'એ',
	'ે'
].sort((a, b) => b.length - a.length);

const CASE_ENDING_SET = new Set(CASE_ENDINGS);

/** Whether `rest` is nothing or one case ending: what may follow a name inside its word. */
export function isEndingOrNothing(rest: string): boolean {
	return rest === '' || CASE_ENDING_SET.has(rest);
}

const CONSONANT = /[\u0A95-\u0AB9]$/;
const GUJARATI_END = /[\u0A81-\u0AC9\u0ACB\u0ACC\u0AE0-\u0AE3]$/;

/** A word split into its stem and the case ending it carries ('' when none). */
export type Split = { stem: string; ending: string };

/**
 * Takes one case ending off a Gujarati word, if a stem of two or more letters is left:
 * પુતિનનું -> પુતિન + નું, કિમે -> કિમ + ે, કોઝેમ્યાકોએ -> કોઝેમ્યાકો + એ, ૨૦૨૨માં -> ૨૦૨૨ + માં.
 */
export function splitEnding(word: string): Split {
	for (const ending of CASE_ENDINGS) {
		if (!word.endsWith(ending)) continue;
		const stem = word.slice(0, -ending.length);
		if ([...stem].length < 2) continue;
		// ે only follows a consonant (કિમે); after a vowel sign the ending is written એ
		const fits = ending === 'ે' ? CONSONANT.test(stem) : GUJARATI_END.test(stem) || /\d$/.test(stem);
		if (fits) return { stem, ending };
	}
	return { stem: word, ending: '' };
}

/** Whether the word is written in Gujarati letters (and hyphens or dots), with no digits. */
export function isGujaratiWord(word: string): boolean {
	return /^[\u0A81-\u0AEF\u200C\u200D.-]+$/.test(word) && !/[\u0AE6-\u0AEF]/.test(word);
}
