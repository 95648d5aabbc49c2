/**
 * Reading what a typed answer counts, the way a student means it: digits in either script with
 * their sign and decimal point, number words (છ, six, and chha in Latin letters), the unit after a
 * number (દિવસ, days, divas), weekdays and months in any script, in full or short, and the case
 * endings, ordinals, postpositions and era words around them that change nothing (૨૦૨૨માં, ૨૦૦૬ થી,
 * ઈ.સ. ૨૦૨૨, mangalvare, મંગળવારના રોજ, 15th August, 1950 to 1953).
 */
import { normalizeForMatch, toAsciiDigits } from '../text/normalize';
import { looseKey } from '../text/translit';
import { ENDINGS, MONTHS, UNITS, WEEKDAYS, WORD_VALUES, YEAR_PREFIX } from './date-kinds';

/** English number words; index is the value. */
const ENGLISH_NUMBERS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty'
];

/** English weekday names in the order of WEEKDAYS, Monday first, each with the short forms a student types. */
const ENGLISH_WEEKDAYS: readonly (readonly string[])[] = [
	['monday', 'mon'],
	['tuesday', 'tue', 'tues'],
	['wednesday', 'wed'],
	['thursday', 'thu', 'thur', 'thurs'],
	['friday', 'fri'],
	['saturday', 'sat'],
	['sunday', 'sun']
];

/** English month names in the order of MONTHS, each with the short forms a student types. */
const ENGLISH_MONTHS: readonly (readonly string[])[] = [
	['january', 'jan'],
	['february', 'feb'],
	['march', 'mar'],
	['april', 'apr'],
	['may'],
	['june', 'jun'],
	['july', 'jul'],
	['august', 'aug'],
	['september', 'sept', 'sep'],
	['october', 'oct'],
	['november', 'nov'],
	['december', 'dec']
];

/** Ordinal endings of a day (૧૫મી, 15th): after a number they change nothing. */
const ORDINALS = new Set(['મી', 'લી', 'જી', 'st', 'nd', 'rd', 'th']);

/**
 * Other names of units, each row led by the name a reading gives them (for all but ટકા, the unit
 * as UNITS writes it, which knows its plural): English names, and Gujarati synonyms that count
 * the same thing (સપ્તાહ, અઠવાડિયું).
 */
const UNIT_NAMES: readonly (readonly string[])[] = [
	['દિવસ', 'day', 'days'],
	['રાત', 'night', 'nights'],
	// વરસ, as many say and write it
	['વર્ષ', 'વરસ', 'year', 'years'],
	['અઠવાડિયું', 'સપ્તાહ', 'week', 'weeks'],
	['મહિનો', 'month', 'months'],
	['કલાક', 'hour', 'hours'],
	['મિનિટ', 'minute', 'minutes'],
	['સેકન્ડ', 'second', 'seconds'],
	['સદી', 'century', 'centuries'],
	['દાયકો', 'decade', 'decades'],
	['વખત', 'વાર', 'time', 'times'],
	['ટકા', 'percent']
];

/** Latin endings besides the looseKey of each of ENDINGS: માં and નું typed without the nasal. */
const LATIN_EXTRA_ENDINGS = ['ma', 'nu'];

const LATIN_WORD = /^\p{Script=Latin}+$/u;
const DIGIT_CHAIN = /\d+(?:[.,]\d+)*/g;
/** A minus at the start or after a space is a sign; after a number (1950 - 53) it joins a range. */
const SIGN_BEFORE = /(?:^|[\s(])[-−–]$/;
const RANGE_BEFORE = /\d\s*[-−–]$/;
const ERA = new RegExp(`(?<=^|\\s)${YEAR_PREFIX}\\s*(?=\\d)`, 'g');

/** A number written in digits: its sign, its digits and where a decimal point stands. */
type Written = { negative: boolean; whole: string; fraction: string | undefined };

/**
 * The numbers in a run of digits and separators: one number when it is a decimal (3.5) or grouped
 * by commas (1,00,000); otherwise one per run of digits (the 12, 03 and 2025 of a date 12.03.2025).
 */
function numbersOfChain(chain: string, negative: boolean): Written[] {
	const decimal = /^(\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.(\d+))?$/.exec(chain);
	if (decimal) return [{ negative, whole: decimal[1]!.replaceAll(',', ''), fraction: decimal[2] }];
	const runs = chain.split(/[.,]/);
	return runs.map((whole, i) => ({ negative: negative && i === 0, whole, fraction: undefined }));
}

/** NFC with ASCII digits. */
/** Roman numerals of a war (WWII, World War I): looseKey folds II into I, so they are read as digits. */
const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5' };
const WAR_NUMERAL = /(?<=\b(?:ww|war) ?)(iv|v|i{1,3})\b/gi;

const shape = (text: string) =>
	toAsciiDigits(text.normalize('NFC')).replace(WAR_NUMERAL, (r) => ROMAN[r.toLowerCase()]!);

/** A shaped text split into the text between numbers and the numbers themselves. */
function scan(shaped: string): (string | Written)[] {
	const out: (string | Written)[] = [];
	let at = 0;
	for (const m of shaped.matchAll(DIGIT_CHAIN)) {
		const before = shaped.slice(0, m.index);
		const negative = SIGN_BEFORE.test(before) && !RANGE_BEFORE.test(before);
		out.push(shaped.slice(at, m.index), ...numbersOfChain(m[0], negative));
		at = m.index + m[0].length;
	}
	out.push(shaped.slice(at));
	return out;
}

/**
 * The digits of a text with its minus signs and decimal points, and nothing else: "-5" for −5,
 * "3.5" for 3.5%, "195053" for 1950-53. normalizeForMatch and looseKey drop signs and points, so
 * two texts that match on those keys still differ in number when these differ.
 */
export function signedDigits(text: string): string {
	const point = (n: Written) => (n.fraction === undefined ? '' : `.${n.fraction}`);
	const written = (n: Written) => (n.negative ? '-' : '') + n.whole + point(n);
	return scan(shape(text))
		.map((part) => (typeof part === 'string' ? part.replace(/\D/g, '') : written(part)))
		.join('');
}

/** A number as one comparable string: no leading zeros, no trailing zeros after the point, no -0. */
function valueOf(n: Written): string {
	const whole = n.whole.replace(/^0+(?=\d)/, '');
	const fraction = (n.fraction ?? '').replace(/0+$/, '');
	const value = fraction === '' ? whole : `${whole}.${fraction}`;
	return n.negative && /[1-9]/.test(value) ? `-${value}` : value;
}

/** Lookup tables, made on first use: most of them need looseKey. */
type Tables = {
	units: Map<string, string>;
	looseUnits: Map<string, string>;
	looseNumbers: Map<string, string>;
	weekdays: Map<string, number>;
	weekdaySkeletons: Map<string, number>;
	months: Map<string, number>;
	latinEndings: string[];
};
let tables: Tables | undefined;

/** A looseKey with its vowels a dropped: shukravar, શુક્રવાર and sukrvar agree on which a is silent. */
const skeleton = (key: string) => key.replace(/a/g, '');

function makeTables(): Tables {
	const canonical = (unit: string) => UNIT_NAMES.find((row) => row.includes(unit))?.[0] ?? unit;
	const units = new Map<string, string>();
	for (const { one, many } of UNITS) {
		units.set(one, canonical(one));
		units.set(many, canonical(one));
	}
	for (const row of UNIT_NAMES) for (const name of row) units.set(name, row[0]!);
	const gujarati = [...units].filter(([name]) => !LATIN_WORD.test(name));
	const weekdays = new Map<string, number>();
	WEEKDAYS.forEach((names, i) => names.forEach((name) => weekdays.set(name, i)));
	ENGLISH_WEEKDAYS.forEach((names, i) => names.forEach((name) => weekdays.set(name, i)));
	const weekdaySkeletons = new Map<string, number>();
	WEEKDAYS.forEach((names, i) => names.forEach((name) => weekdaySkeletons.set(skeleton(looseKey(name)), i)));
	const latinEndings = [...new Set([...ENDINGS.map(looseKey), ...LATIN_EXTRA_ENDINGS])];
	const months = new Map<string, number>();
	[MONTHS, ENGLISH_MONTHS].forEach((table) => table.forEach((names, i) => names.forEach((name) => months.set(name, i))));
	return {
		units,
		looseUnits: new Map(gujarati.map(([name, unit]) => [looseKey(name), unit])),
		looseNumbers: new Map([...WORD_VALUES].map(([word, value]) => [looseKey(word), String(value)])),
		weekdays,
		weekdaySkeletons,
		months,
		latinEndings
	};
}

/** What one typed word or number may be; a Latin spelling of a Gujarati number word needs a unit next. */
type Word = {
	text: string;
	number?: string;
	latinNumber?: string;
	unit?: string;
	weekday?: number;
	month?: number;
	ending?: boolean;
};

/** The word and, for a Gujarati word of two letters or more, the word without one case ending. */
function gujaratiStems(word: string): string[] {
	const stems = ENDINGS.filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length));
	return [word, ...stems.filter((stem) => [...stem].length >= 2)];
}

/** What one normalised word may be, in Gujarati or in Latin letters. */
function readWord(text: string, t: Tables, loose: (text: string) => string): Word {
	if (!LATIN_WORD.test(text)) {
		for (const stem of gujaratiStems(text)) {
			const value = WORD_VALUES.get(stem);
			const number = value === undefined ? undefined : String(value);
			const unit = t.units.get(stem);
			const weekday = t.weekdays.get(stem);
			const month = t.months.get(stem);
			const read = number !== undefined || unit !== undefined || weekday !== undefined || month !== undefined;
			if (read) return { text, number, unit, weekday, month };
		}
		return { text, ending: ENDINGS.includes(text) || ORDINALS.has(text) };
	}
	const english = ENGLISH_NUMBERS.indexOf(text);
	const key = loose(text);
	const stems = [key, ...t.latinEndings.filter((e) => key.endsWith(e)).map((e) => key.slice(0, -e.length))];
	const spelled = stems.map((stem) => t.weekdaySkeletons.get(skeleton(stem))).find((d) => d !== undefined);
	return {
		text,
		number: english >= 0 ? String(english) : undefined,
		latinNumber: t.looseNumbers.get(key),
		unit: t.units.get(text) ?? t.looseUnits.get(key),
		weekday: t.weekdays.get(text) ?? spelled,
		month: t.months.get(text),
		ending: t.latinEndings.includes(key) || ORDINALS.has(text)
	};
}

/** A text read for its numbers. */
export type NumberReading = {
	/**
	 * The text as tokens: numbers as #value, units, weekdays and months by their Gujarati name, other
	 * words by looseKey; endings and ordinals after a number, unit, weekday or month and era words
	 * before a year left out; a date of numbers and months alone in sorted order.
	 * "#6 દિવસ" for છ દિવસ, 6 days, six days, chha divas and ૬ દિવસમાં; "#15 #1947 ઓગસ્ટ" for
	 * ૧૫મી ઓગસ્ટ ૧૯૪૭ and August 15, 1947; "" when nothing counted.
	 */
	key: string;
	/** The numbers alone, in order, words read as numbers: "6" for છ દિવસ, "" for a name. */
	numbers: string;
	/** The weekdays and months alone, in order, by their Gujarati name: "ગુરુવાર" for thursday, "" for none. */
	names: string;
	/** Whether the text has a number, a weekday or a month, the things this reading understands. */
	counted: boolean;
};

/** Shortest stem a Latin ending may leave: a name of three letters or more. */
const MIN_LATIN_STEM = 3;

/**
 * A looseKey typed in Latin letters without each case ending or postposition it may end in
 * (pyongyangma, putinne, dilhithi), one at a time, where at least three letters are left.
 */
export function latinStems(key: string): string[] {
	tables ??= makeTables();
	return tables.latinEndings
		.filter((ending) => key.endsWith(ending) && key.length - ending.length >= MIN_LATIN_STEM)
		.map((ending) => key.slice(0, -ending.length));
}

/** Reads the numbers, units, weekdays and months in a text; see NumberReading. */
export function readNumbers(text: string, loose: (text: string) => string = looseKey): NumberReading {
	tables ??= makeTables();
	const t = tables;
	const shaped = shape(text).replace(ERA, ' ').replace(/%/g, ' ટકા ');
	const words: Word[] = [];
	for (const part of scan(shaped)) {
		if (typeof part !== 'string') words.push({ text: '', number: valueOf(part) });
		else for (const w of normalizeForMatch(part).split(' ')) if (w !== '') words.push(readWord(w, t, loose));
	}
	// other words stay as typed until the end: their looseKey is only needed when something counted
	const tokens: (string | { word: string })[] = [];
	const numbers: string[] = [];
	const names: string[] = [];
	let counted = false;
	let months = 0;
	let last: 'number' | 'named' | 'word' = 'word';
	for (const [i, w] of words.entries()) {
		const next = words[i + 1];
		const unitNext = next === undefined || next.unit !== undefined || next.ending === true;
		// sat alone is Saturday; sat divas is સાત દિવસ
		const latinNumber = next === undefined && w.weekday !== undefined ? undefined : w.latinNumber;
		const number = w.number ?? (unitNext ? latinNumber : undefined);
		// 1950 to 1953 is the range 1950-1953, as ૧૯૫૦ થી ૧૯૫૩ is
		if (w.text === 'to' && last === 'number' && next?.number !== undefined) continue;
		// મંગળવારના રોજ is મંગળવારે: "on the day of" after a date
		if (w.text === 'રોજ' && last !== 'word' && /ના$/.test(words[i - 1]!.text)) continue;
		if (number !== undefined) {
			tokens.push(`#${number}`);
			numbers.push(number);
			counted = true;
			last = 'number';
		} else if (w.weekday !== undefined) {
			tokens.push(WEEKDAYS[w.weekday]![0]!);
			names.push(WEEKDAYS[w.weekday]![0]!);
			counted = true;
			last = 'named';
		} else if (w.month !== undefined) {
			tokens.push(MONTHS[w.month]![0]!);
			names.push(MONTHS[w.month]![0]!);
			counted = true;
			months++;
			last = 'named';
		} else if (w.unit !== undefined && last === 'number') {
			tokens.push(w.unit);
			last = 'named';
		} else if (!w.ending || last === 'word') {
			tokens.push({ word: w.text });
			last = 'word';
		}
	}
	if (!counted) return { key: '', numbers: '', names: '', counted };
	const named = tokens.map((t) => (typeof t === 'string' ? t : loose(t.word) || t.word));
	// a date of numbers and a month is the same date in either order (15 August 1947, August 15, 1947)
	const date = months > 0 && named.length === numbers.length + months;
	const key = (date ? named.sort() : named).join(' ');
	return { key, numbers: numbers.join(' '), names: names.join(' '), counted };
}
