/**
 * Grading a typed answer: right when it matches the answer or an accept form after
 * normalisation, in Gujarati or in Latin letters, with a case ending or without;
 * "almost" when one slip away (which still counts as wrong).
 */
import type { Question } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import { looseKey } from '../text/translit';

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
};

/** Endings a student may glue to a typed name (પુતિનને, રશિયાના, મંગળવારે); at most one is taken off. */
const ENDINGS = ['નાં', 'ના', 'ની', 'નું', 'નો', 'ને', 'માં', 'થી', 'એ', 'ે'];

/** Keys of a question's answer and accept forms. `loose` may be a cached looseKey. */
export function answerKeys(
	question: Pick<Question, 'answer' | 'accept'>,
	loose: (text: string) => string = looseKey
): AnswerKeys {
	const all = [question.answer, ...question.accept];
	const forms = new Set(all.map(normalizeForMatch).filter((f) => f !== ''));
	const keys = new Set(all.map(loose).filter((k) => k !== ''));
	return { forms, loose: keys };
}

/** The input as typed and, for each case ending it may end in, without it (પુતિને: પુતિ, પુતિન). */
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

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** One slip away, but never across numbers: 2021 for 2022 is a different year, not a typo. */
function almost(input: string, form: string): boolean {
	if ([...form].length < ALMOST_MIN_LENGTH || digitsOf(input) !== digitsOf(form)) return false;
	return withinOneEdit(input, form);
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
	if (tries.some((t) => keys.forms.has(t)) || looseTries.some((k) => keys.loose.has(k))) return 'right';
	for (const form of keys.forms) if (almost(typed, form)) return 'almost';
	for (const form of keys.loose) if (looseTries.some((k) => almost(k, form))) return 'almost';
	return 'wrong';
}

/**
 * Grades a typed answer. Right: equal to the answer or an accept form after normalizeForMatch
 * (NFC, Gujarati or ASCII digits, spacing, punctuation, case), also with one Gujarati case ending
 * on the end (પુતિનને), or equal by looseKey, which reads Latin letters (putin, pyongyang, 2022)
 * and folds spelling variants (પુટિન/પુતિન). Almost: one edit from a form of at least four letters,
 * on either key, with the same digits. Anything else is wrong.
 */
export function checkTyped(question: Pick<Question, 'answer' | 'accept'>, input: string): TypedResult {
	return matchKeys(answerKeys(question), input);
}
