/**
 * Grading a typed answer: right when it matches the answer or an accept form after
 * normalisation, in Gujarati or in Latin letters, with a case ending or without, by a well-known
 * short form, or by the same numbers, units and weekdays in words or digits;
 * "almost" when one slip away (which still counts as wrong).
 */
import type { Question } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import { looseKey } from '../text/translit';
import { ENDINGS } from './date-kinds';
import { readNumbers, signedDigits, type NumberReading } from './numbers';
import { shortFormRow } from './short-forms';

/** What a typed answer earned. 'almost' is wrong, but the screen can say it was a slip. */
export type TypedResult = 'right' | 'almost' | 'wrong';

/** Shortest answer (in letters of its key) where a one-letter slip is called 'almost'. */
export const ALMOST_MIN_LENGTH = 4;

/** The comparison keys of an answer and its accept forms, made once per question. */
export type AnswerKeys = {
	/** normalizeForMatch of each form. */
	forms: Set<string>;
	/** looseKey of each form (empty keys left out). */
	loose: Set<string>;
	/** signedDigits of each form: a match on forms or loose must keep the sign and decimal point. */
	digits: Set<string>;
	/** SHORT_FORMS rows the forms name: any name in those rows is right too. */
	shortForms: Set<number>;
	/** readNumbers keys of the forms that have a number or a weekday (#6 દિવસ for છ દિવસ). */
	counts: Set<string>;
	/** readNumbers numbers of each form: a slip never changes a number. */
	numbers: Set<string>;
};

/** Keys of a question's answer and accept forms. `loose` may be a cached looseKey. */
export function answerKeys(
	question: Pick<Question, 'answer' | 'accept'>,
	loose: (text: string) => string = looseKey
): AnswerKeys {
	const all = [question.answer, ...question.accept];
	const forms = new Set(all.map(normalizeForMatch).filter((f) => f !== ''));
	const keys = new Set(all.map(loose).filter((k) => k !== ''));
	const read = all.map((form) => readNumbers(form, loose));
	return {
		forms,
		loose: keys,
		digits: new Set(all.map(signedDigits)),
		shortForms: new Set(all.map((form) => shortFormRow(form, loose)).filter((row) => row !== undefined)),
		counts: new Set(read.filter((r) => r.counted).map((r) => r.key)),
		numbers: new Set(read.map((r) => r.numbers))
	};
}

/**
 * The input as typed and, for each case ending or postposition of ENDINGS it may end in, without
 * it; at most one is taken off (પુતિને: પુતિ, પુતિન; રશિયાના, મંગળવારે).
 */
function readings(input: string): string[] {
	const out = [input];
	for (const ending of ENDINGS) {
		const stem = input.slice(0, -ending.length);
		// only a whole Gujarati word of two or more letters is left standing
		const lastWord = stem.split(' ').pop()!;
		if (input.endsWith(ending) && [...lastWord].length >= 2 && /[\u0A80-\u0AFF]$/.test(stem)) out.push(stem);
	}
	return out;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
	const p = [...a];
	const q = [...b];
	const [x, y] = p.length >= q.length ? [p, q] : [q, p];
	if (x.length - y.length > 1) return false;
	let i = 0;
	while (i < y.length && x[i] === y[i]) i++;
	if (i === y.length) return true;
	const rest = (chars: string[], from: number) => chars.slice(from).join('');
	// same length: skip one letter in both; one longer: skip it in the longer only
	return rest(x, i + 1) === rest(y, x.length === y.length ? i + 1 : i);
}

/** One slip away from a form long enough for a slip to show. */
function almost(input: string, form: string): boolean {
	return [...form].length >= ALMOST_MIN_LENGTH && withinOneEdit(input, form);
}

/** Grades an input against prepared keys; see checkTyped. */
export function matchKeys(
	keys: AnswerKeys,
	input: string,
	loose: (text: string) => string = looseKey
): TypedResult {
	const typed = normalizeForMatch(input);
	if (typed === '') return 'wrong';
	const tries = readings(typed);
	const looseTries = tries.map(loose).filter((k) => k !== '');
	const spelled = tries.some((t) => keys.forms.has(t)) || looseTries.some((k) => keys.loose.has(k));
	// both keys drop punctuation, so -5 spells 5 and 3.5 spells 35: the numbers must agree as written
	if (spelled && keys.digits.has(signedDigits(input))) return 'right';
	const rows = keys.shortForms.size > 0 ? tries.map((t) => shortFormRow(t, loose)) : [];
	if (rows.some((row) => row !== undefined && keys.shortForms.has(row))) return 'right';
	let read: NumberReading | undefined;
	const reading = () => (read ??= readNumbers(input, loose));
	if (keys.counts.size > 0 && keys.counts.has(reading().key)) return 'right';
	const slip =
		[...keys.forms].some((form) => almost(typed, form)) ||
		[...keys.loose].some((form) => looseTries.some((k) => almost(k, form)));
	// 2021 for 2022 or ચાર દિવસ for છ દિવસ is another number, not a typo
	return slip && keys.numbers.has(reading().numbers) ? 'almost' : 'wrong';
}

/**
 * Grades a typed answer. Right: equal to the answer or an accept form after normalizeForMatch
 * (NFC, Gujarati or ASCII digits, spacing, punctuation, case), also with one Gujarati case ending
 * on the end (પુતિનને), or equal by looseKey, which reads Latin letters (putin, pyongyang, 2022)
 * and folds spelling variants (પુટિન/પુતિન), in both cases with the same signs and decimal points
 * (-5 is not 5, 3.5 not 35); or another name in the answer's SHORT_FORMS row (DPRK, ઉ. કોરિયા);
 * or the same readNumbers key: numbers in digits or words with their units, weekdays in any
 * script, endings, postpositions and era words aside (૨૦૨૨માં, ઈ.સ. 2022, six days, mangalvare).
 * Almost: one edit from a form of at least four letters, on either key, with the same numbers
 * (words read as numbers). Anything else is wrong.
 */
export function checkTyped(question: Pick<Question, 'answer' | 'accept'>, input: string): TypedResult {
	return matchKeys(answerKeys(question), input);
}
