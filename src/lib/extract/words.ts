/**
 * Words of Gujarati text with their offsets, and the case endings written joined to them
 * (મોદીનું, ભારતથી, મંગળવારે), taken off so an answer is its base form.
 */
import type { Word } from './types';

const LETTERS = '[\\p{L}\\p{M}\\p{N}\\u200C\\u200D]+';
/**
 * Hyphens and dots inside a word stay in it (સ્ટ્રેટફોર્ડ-અપોન-એવન, યુ.કે.ની, ૧૯૫૦-૫૩);
 * commas only between digits (6,500).
 */
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
 * The lone vowel sign ે is the ergative/locative of a word ending in a consonant (શાહે, મંગળવારે).
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
const DIGIT_END = /[0-9\u0AE6-\u0AEF]$/;
const GUJARATI_END = /[\u0A81-\u0AC9\u0ACB\u0ACC\u0AE0-\u0AE3]$/;

/** A word split into its stem and the case ending it carries ('' when none). */
export type Split = { stem: string; ending: string };

/** Fewest characters a stem may keep: દવે is a name, not દવ + ે; મીના is not મી + ના. */
const MIN_STEM = 3;

/**
 * Takes one case ending off a Gujarati word, if a stem of three or more characters is left:
 * મોદીનું -> મોદી + નું, શાહે -> શાહ + ે, કિશિદાએ -> કિશિદા + એ, ૨૦૨૨માં -> ૨૦૨૨ + માં.
 */
export function splitEnding(word: string): Split {
	let split = endings.get(word);
	if (split === undefined) {
		split = splitsOf(word)[0] ?? { stem: word, ending: '' };
		if (endings.size >= 50_000) endings.clear();
		endings.set(word, split);
	}
	return split;
}

/** Every rule asks about the same words many times: each word is split once per text. */
const endings = new Map<string, Split>();

/** Forgets the words of the last text: called as a new text is read, so memory stays one text's words. */
export function forgetWords(): void {
	endings.clear();
}

/** Every way a case ending can be taken off the word, longest ending first. */
function splitsOf(word: string): Split[] {
	return CASE_ENDINGS.flatMap((ending) => {
		const stem = word.slice(0, -ending.length);
		if (!word.endsWith(ending) || [...stem].length < MIN_STEM) return [];
		// ે only follows a consonant (શાહે); after a vowel sign the ending is written એ
		const fits = ending === 'ે' ? CONSONANT.test(stem) : GUJARATI_END.test(stem) || DIGIT_END.test(stem);
		return fits ? [{ stem, ending }] : [];
	});
}

/** A way of splitting a word at its case ending. */
export type Splitter = (word: string) => Split;

/**
 * Splits as splitEnding does, but prefers a reading whose stem the text uses elsewhere, bare or
 * with another ending: beside બાઇડનની, બાઇડને is બાઇડન + ે, not બાઇડ + ને; beside ભાવનાએ,
 * ભાવના is a name, not ભાવ + ના.
 */
export function splitterFor(words: Iterable<string>): Splitter {
	const seen = new Set(words);
	const used = (stem: string, ending: string) =>
		(ending !== '' && seen.has(stem)) || CASE_ENDINGS.some((e) => e !== ending && seen.has(stem + e));
	// the rules ask about the same words many times: each is read once
	const memo = new Map<string, Split>();
	return (word) => {
		let split = memo.get(word);
		if (split === undefined) {
			const readings = [...splitsOf(word), { stem: word, ending: '' }];
			split = readings.find((r) => used(r.stem, r.ending)) ?? readings[0]!;
			memo.set(word, split);
		}
		return split;
	};
}

/** Whether two words stand side by side with only spaces between: a comma or quote ends a name. */
export function spaced(text: string, a: Word | undefined, b: Word | undefined): boolean {
	return a !== undefined && b !== undefined && /^ +$/.test(text.slice(a.end, b.start));
}

/** The word itself, then the word without each ending it could carry, longest ending first. */
export function stemsOf(word: string): string[] {
	const endings = CASE_ENDINGS.filter((e) => word.endsWith(e) && word.length > e.length);
	return [word, ...endings.map((e) => word.slice(0, -e.length))];
}

/** Whether the word is written in Gujarati letters (and hyphens or dots), with no digits. */
export function isGujaratiWord(word: string): boolean {
	return /^[\u0A81-\u0AEF\u200C\u200D.-]+$/.test(word) && !/[\u0AE6-\u0AEF]/.test(word);
}
