/**
 * A date option written as its answer is: the same digits (૨૦૧૧ or 2011) and the same spelling of
 * each month (ઑક્ટોબર or ઓક્ટોબર). An option written unlike the answer and the others is picked out
 * by its look alone, so every option of a date question is rewritten in the answer's style.
 */
import { toAsciiDigits, toGujaratiDigits } from '../text/normalize';
import { ENDINGS, MONTHS } from './date-kinds';

/** Months spelled more than one way: only their names are rewritten. */
const VARIED = MONTHS.map((spellings, month) => ({ spellings, month })).filter((m) => m.spellings.length > 1);

/** Any spelling of those months, to pass by the options that name none (most of them). */
const ANY_VARIED = new RegExp(VARIED.flatMap((m) => m.spellings).join('|'));

/** Marks of a paper's house style, as a spelling may carry them: the open ઑ (a letter or a sign), the anusvara of સપ્ટેંબર. */
const STYLE_MARKS = [/[ઑૉ]/, /ેંબ/];

/** A month's name split from the ending it carries, when the word is one: ઑક્ટોબરના -> October, ના. */
function monthIn(word: string): { month: number; spelling: string; ending: string } | undefined {
	for (const { spellings, month } of VARIED) {
		for (const spelling of spellings) {
			const ending = word.slice(spelling.length);
			if (word.startsWith(spelling) && (ending === '' || ENDINGS.includes(ending))) return { month, spelling, ending };
		}
	}
	return undefined;
}

/** The spelling of a month in the answer's style: its own where the answer names it, else the one that shares its marks. */
function spellingFor(month: number, own: ReadonlyMap<number, string>, marks: readonly RegExp[]): string {
	const spellings = MONTHS[month]!;
	const named = own.get(month);
	if (named !== undefined) return named;
	const score = (s: string) => STYLE_MARKS.filter((mark) => mark.test(s) === marks.includes(mark)).length;
	return spellings.reduce((best, s) => (score(s) > score(best) ? s : best), spellings[0]!);
}

/** A function that writes a date option in the style of `answer`. */
export function dateStyleOf(answer: string): (option: string) => string {
	const own = new Map<number, string>();
	for (const word of ANY_VARIED.test(answer) ? answer.normalize('NFC').split(/[\s,]+/) : []) {
		const found = monthIn(word);
		if (found) own.set(found.month, found.spelling);
	}
	const marks = STYLE_MARKS.filter((mark) => [...own.values()].some((s) => mark.test(s)));
	const digits = /[\u0AE6-\u0AEF]/.test(answer) ? toGujaratiDigits : /[0-9]/.test(answer) ? toAsciiDigits : (s: string) => s;
	return (option) => {
		const text = digits(option);
		if (!ANY_VARIED.test(text)) return text;
		return text
			.split(/(\s+|,)/)
			.map((word) => {
				const found = monthIn(word);
				return found ? spellingFor(found.month, own, marks) + found.ending : word;
			})
			.join('');
	};
}
