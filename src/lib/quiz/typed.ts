/**
 * Grading a typed answer: right when it matches the answer or an accept form after
 * normalisation, in Gujarati or in Latin letters, with a case ending or without, by a well-known
 * short form, or by the same numbers, units, weekdays and months in words or digits, or, for a question
 * with a numeric range, by any one number in that range; also followed by the postposition the
 * question asks with (કયા ટાપુ પર); "almost" when one slip away (which still counts as wrong).
 */
import type { NumericRange, Question } from '../bank/schema';
import { formWords, spelledInEnglish, typedWords } from '../text/english-spelling';
import { normalizeForMatch, toAsciiDigits } from '../text/normalize';
import { looseKey } from '../text/translit';
import { ENDINGS } from './date-kinds';
import { latinStems, readNumbers, signedDigits, type NumberReading } from './numbers';
import { nameForms, withoutHonorifics } from './name-forms';
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
	/** readNumbers weekdays and months of each form: a slip never makes another weekday or month. */
	names: Set<string>;
	/** The question's numeric range: any one number typed in it is right, any other number wrong. */
	range?: NumericRange;
	/** The one number each form reads as (see typedNumbers): a number the teacher listed is right even outside the range. */
	values: Set<number>;
	/** formWords of each form, for an answer typed in English spelling: made at the first one. */
	english?: string[][][];
	/** Postpositions the prompt puts right after its question word (કયા ટાપુ પર): an answer may end in one. */
	echoes: string[];
};

/** The words of the forms a question may be graded on, and the prompt the answer may echo. */
type Graded = Pick<Question, 'answer' | 'accept'> & Partial<Pick<Question, 'numeric' | 'prompt'>>;

/** Question words (કેટલાં, કયા, કોના) after which a postposition tells what the answer should end in. */
const QUESTION_WORDS = new Set([
	...['કેટલા', 'કેટલાં', 'કેટલી', 'કેટલો', 'કેટલું'],
	...['કયા', 'કયાં', 'કયો', 'કઈ', 'કઇ', 'કયું', 'ક્યા', 'ક્યો', 'ક્યું'],
	...['કોના', 'કોની']
]);
/** Postpositions an answer may repeat from its question: કેટલાં વર્ષ પછી? ૨૪ વર્ષ પછી. */
const ECHOED = new Set(['પછી', 'બાદ', 'પર']);

/** The postpositions a prompt puts right after a question word, or a question word and one more word. */
function echoesOf(prompt: string | undefined): string[] {
	if (prompt === undefined) return [];
	const words = prompt.normalize('NFC').split(/[\s\p{P}]+/u);
	const out = new Set<string>();
	words.forEach((word, i) => {
		if (!QUESTION_WORDS.has(word)) return;
		const echo = [words[i + 1], words[i + 2]].find((w) => w !== undefined && ECHOED.has(w));
		if (echo !== undefined) out.add(echo);
	});
	return [...out];
}

/** Keys of a question's answer and accept forms. `loose` may be a cached looseKey. */
export function answerKeys(question: Graded, loose: (text: string) => string = looseKey): AnswerKeys {
	const all = [question.answer, ...question.accept];
	// a name without its honorifics, and each name of an alias, is the same name (see nameForms)
	const spelled = all.map(normalizeForMatch).filter((f) => f !== '');
	const named = spelled.flatMap(nameForms);
	const forms = new Set([...spelled, ...named]);
	const keys = new Set([...all, ...named].map(loose).filter((k) => k !== ''));
	const read = all.map((form) => readNumbers(form, loose));
	return {
		forms,
		loose: keys,
		digits: new Set(all.map(signedDigits)),
		shortForms: new Set(all.map((form) => shortFormRow(form, loose)).filter((row) => row !== undefined)),
		counts: new Set(read.filter((r) => r.counted).map((r) => r.key)),
		numbers: new Set(read.map((r) => r.numbers)),
		names: new Set(read.map((r) => r.names)),
		...(question.numeric ? { range: question.numeric } : {}),
		values: new Set(question.numeric ? all.flatMap((form) => typedNumbers(form, loose)?.[0] ?? []) : []),
		echoes: echoesOf(question.prompt)
	};
}

/** Words that count a number in thousands, lakhs, crores…: ૫ લાખ is 500000. */
const SCALES: readonly (readonly [number, readonly string[]])[] = [
	[1e3, ['હજાર', 'thousand', 'thousands']],
	[1e5, ['લાખ', 'lakh', 'lakhs', 'lac', 'lacs']],
	[1e6, ['મિલિયન', 'million', 'millions']],
	[1e7, ['કરોડ', 'crore', 'crores']],
	[1e9, ['અબજ', 'બિલિયન', 'billion', 'billions']]
];
let scales: Map<string, number> | undefined;

/** A currency sign or word before an amount (₹ 500, Rs. 500, રૂ. ૫૦૦): the amount is the number. */
const CURRENCY_BEFORE = /^(?:₹|\$|rs\.?|inr|રૂ\.?)\s*/i;
/** At most this many words may follow the number: a unit (કિ.મી., km, લાખ રૂપિયા), not a sentence. */
const MAX_WORDS_AFTER = 3;

/**
 * The one number a typed answer gives, as a student writes it: digits in either script, a minus
 * (also spaced, "- 5"), a decimal point (".5" too), thousands grouped by commas (1,500, 1,00,000)
 * or by spaces (10 000), a currency sign before it, a number word (ચાર, four), and up to three
 * words after it (a unit, an ending: ૨૦૨૨માં, 4 km, 35%). Undefined when the text is not one number.
 * When a scale word follows (૫ લાખ), its value multiplied comes second: the question may count in lakhs or not.
 */
export function typedNumbers(input: string, loose: (text: string) => string = looseKey): number[] | undefined {
	const text = toAsciiDigits(input.normalize('NFC'))
		.trim()
		.replace(CURRENCY_BEFORE, '')
		.replace(/^([-−–+])\s+(?=[\d.])/, '$1')
		.replace(/(?<![\d.,])\.(?=\d)/g, '0.')
		// 10 000: a space between groups of three is a thousands separator
		.replace(/(?<![\d.,] ?)\b\d{1,3}(?: \d{3})+(?![\d.,]| \d)/g, (grouped) => grouped.replaceAll(' ', ''));
	const reading = readNumbers(text, loose);
	const tokens = reading.key.split(' ');
	if (reading.numbers === '' || reading.numbers.includes(' ') || !tokens[0]!.startsWith('#')) return undefined;
	if (tokens.length - 1 > MAX_WORDS_AFTER) return undefined;
	const value = Number(reading.numbers);
	if (!Number.isFinite(value)) return undefined;
	scales ??= new Map(SCALES.flatMap(([scale, words]) => words.map((word) => [looseKey(word), scale] as const)));
	const scale = tokens[1] === undefined ? undefined : scales.get(tokens[1]);
	return scale === undefined ? [value] : [value, value * scale];
}

/** Whether a number falls in the range, ends included; a rounding slip at an end (0.3 − 0.1) does not shut it out. */
export function inRange(value: number, range: NumericRange): boolean {
	const slack = 1e-9 * Math.max(1, Math.abs(range.min), Math.abs(range.max));
	return value >= range.min - slack && value <= range.max + slack;
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

/** Latin letters and no Gujarati: a name as English spells it may be meant. */
const LATIN_ONLY = /^[^\u0A80-\u0AFF]*[a-z][^\u0A80-\u0AFF]*$/i;

/** Whether a Latin input is an English spelling of one of the forms (Trump for ટ્રમ્પ, Ukraine for યુક્રેન). */
function inEnglish(typed: string, keys: AnswerKeys, loose: (text: string) => string): boolean {
	if (!LATIN_ONLY.test(typed)) return false;
	keys.english ??= [...keys.forms].map((form) => formWords(form, loose));
	const words = typedWords(typed, loose);
	return keys.english.some((form) => spelledInEnglish(words, form));
}

/** Grades an input against prepared keys; see checkTyped. */
export function matchKeys(
	keys: AnswerKeys,
	input: string,
	loose: (text: string) => string = looseKey
): TypedResult {
	// રસ્કી ટાપુ પર for કયા ટાપુ પર…? is the answer with the question's own postposition
	const nfc = input.normalize('NFC');
	for (const echo of keys.echoes) {
		const stem = nfc.replace(new RegExp(`\\s+${echo}[\\s\\p{P}]*$`, 'u'), '');
		if (stem !== nfc && grade(keys, stem, loose) === 'right') return 'right';
	}
	return grade(keys, input, loose);
}

/** Grades an input as typed, with no postposition taken off. */
function grade(keys: AnswerKeys, input: string, loose: (text: string) => string): TypedResult {
	const typed = normalizeForMatch(input);
	if (typed === '') return 'wrong';
	const range = keys.range;
	const values = range ? typedNumbers(input, loose) : undefined;
	// a number is right in the range and wrong outside it, never one slip away
	if (range && values) return values.some((v) => inRange(v, range) || keys.values.has(v)) ? 'right' : 'wrong';
	// an honorific typed with a name it was not asked with is no mistake: હર્ષદભાઈ પટેલ for હર્ષદ પટેલ
	const bare = withoutHonorifics(typed);
	const tries = bare === typed ? readings(typed) : [...readings(typed), ...readings(bare)];
	const looseTries = tries.map(loose).filter((k) => k !== '');
	// a name typed in Latin letters may carry its case ending too (pyongyangma)
	if (LATIN_ONLY.test(typed)) looseTries.push(...latinStems(looseTries[0] ?? ''));
	const spelled = tries.some((t) => keys.forms.has(t)) || looseTries.some((k) => keys.loose.has(k));
	// both keys drop punctuation, so -5 spells 5 and 3.5 spells 35: the numbers must agree as written
	if (spelled && keys.digits.has(signedDigits(input))) return 'right';
	const rows = keys.shortForms.size > 0 ? tries.map((t) => shortFormRow(t, loose)) : [];
	if (rows.some((row) => row !== undefined && keys.shortForms.has(row))) return 'right';
	let read: NumberReading | undefined;
	const reading = () => (read ??= readNumbers(input, loose));
	if (keys.counts.size > 0 && keys.counts.has(reading().key)) return 'right';
	// an English spelling differs in vowels only: its numbers, in digits or words, must be the form's
	const sameNumbers = () => keys.digits.has(signedDigits(input)) && keys.numbers.has(reading().numbers);
	if (!spelled && inEnglish(typed, keys, loose) && sameNumbers()) return 'right';
	const slip =
		[...keys.forms].some((form) => almost(typed, form)) ||
		[...keys.loose].some((form) => looseTries.some((k) => almost(k, form)));
	// 2021 for 2022 or ચાર દિવસ for છ દિવસ is another number, not a typo; thursday for tuesday another day
	const sameNames = reading().names === '' || keys.names.has(reading().names);
	return slip && keys.numbers.has(reading().numbers) && sameNames ? 'almost' : 'wrong';
}

/**
 * Grades a typed answer. Right: equal to the answer or an accept form after normalizeForMatch
 * (NFC, Gujarati or ASCII digits, spacing, punctuation, case), also with one case ending on the
 * end, in Gujarati or Latin letters (પુતિનને, putinne), or equal by looseKey, which reads Latin letters (putin, pyongyang, 2022)
 * and folds spelling variants (પુટિન/પુતિન), in both cases with the same signs and decimal points
 * (-5 is not 5, 3.5 not 35); or, typed in Latin letters, an English spelling of a form (Trump for
 * ટ્રમ્પ, Ukraine for યુક્રેન: see soundsLike); or another name in the answer's SHORT_FORMS row (DPRK, ઉ. કોરિયા);
 * or the same readNumbers key: numbers in digits or words with their units, weekdays and months in
 * any script, endings, ordinals, postpositions and era words aside (૨૦૨૨માં, ઈ.સ. 2022, six days,
 * mangalvare, Tue, Aug 15th 1947, 1950 to 1953, મંગળવારના રોજ); each of these also followed by a
 * postposition the prompt puts right after its question word (રસ્કી ટાપુ પર for કયા ટાપુ પર…?).
 * Almost: one edit from a form of at least four letters, on either key, with the same numbers
 * (words read as numbers) and no other weekday or month (thursday is not a slip of tuesday).
 * Anything else is wrong. A question with a `numeric` range takes any input that is one number
 * (see typedNumbers) as right within the range, ends included, or equal to a form's number, and as
 * wrong otherwise; other input is graded as above.
 */
export function checkTyped(question: Graded, input: string): TypedResult {
	return matchKeys(answerKeys(question), input);
}
