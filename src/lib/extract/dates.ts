/**
 * Dates in a sentence: years (૨૦૨૨, 2011), year ranges (૧૯૫૦-૫૩), months with or without a day
 * or year, weekdays (મંગળવારે -> મંગળવાર), spans of time (છ દિવસ, ૨૪ વર્ષ), times of day
 * (બપોરે) and the world wars that date other events. The shapes come from quiz/date-kinds.
 */
import { classifyDate, type DateKind } from '../quiz/date-kinds';
import { toAsciiDigits } from '../text/normalize';
import type { Found, Word } from './types';
import { splitEnding } from './words';

/** Times of day in the locative, with their base form as written (રાત્રે has none apart). */
const TIMES_OF_DAY = new Map([
	['સવારે', 'સવાર'],
	['બપોરે', 'બપોર'],
	['સાંજે', 'સાંજ'],
	['રાત્રે', 'રાત્રે'],
	['મધરાતે', 'મધરાત'],
	['મધ્યરાત્રિએ', 'મધ્યરાત્રિ'],
	['પરોઢે', 'પરોઢ']
]);

/** Words that make a time of day more exact: વહેલી સવારે, મોડી રાત્રે. */
const TIME_QUALIFIERS = new Set(['વહેલી', 'વહેલા', 'મોડી', 'મોડા']);

/** Units of a count of times, not of time: "ચાર વખત" is how often, not when. */
const COUNT_UNITS = new Set(['વખત', 'વાર']);

/** What a four-digit number followed by these counts is not a year: 1500 કિલોમીટર. */
const MEASURES = new Set(
	['કિલોમીટર', 'કિમી', 'મીટર', 'માઇલ', 'રૂપિયા', 'ડોલર', 'કરોડ', 'લાખ', 'હજાર', 'લોકો'].concat(
		['ટન', 'કિલો', 'ગ્રામ', 'ફૂટ', 'ટકા', 'મત', 'બેઠકો', 'કેસ', 'વિદ્યાર્થીઓ', 'સૈનિકો']
	)
);

/** Ordinals before વિશ્વયુદ્ધ: the world war an event is dated by. */
const WAR_ORDINALS = new Set(['પહેલા', 'પહેલું', 'પ્રથમ', 'બીજા', 'બીજું', 'બીજી']);
const WORLD_WAR = /^વિશ્(?:ર્)?વ ?યુદ્ધ/;

/** Clock times: ૧૧ વાગ્યે, 10:30 વાગ્યે. */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?$/;
const CLOCK_WORDS = new Set(['વાગ્યે', 'વાગે', 'વાગ્યા', 'વાગ્યાથી']);

const MOST_WORDS = 3;

/** Whether a word is a number, in digits or words (બે, ચાર): the date shapes know the words. */
export function isNumberWord(word: string): boolean {
	return classifyDate(`${word} દિવસ`) === 'duration';
}

/** Whether a word is a unit of time (વર્ષ, મહિના, દિવસની): one follows a number as a span. */
function isTimeUnit(word: string): boolean {
	return classifyDate(`બે ${word}`) === 'duration';
}

/** Whether a word is (part of) a date, a time of day, a unit of time or a number: such a word ends a name. */
export function isDateWord(word: string): boolean {
	return (
		TIMES_OF_DAY.has(word) ||
		TIME_QUALIFIERS.has(word) ||
		classifyDate(word) !== 'other' ||
		isNumberWord(word) ||
		isTimeUnit(word)
	);
}

/** Whether only spaces (or a comma, as in "૧૨ માર્ચ, ૨૦૨૫") separate two words. */
function adjacent(text: string, a: Word, b: Word): boolean {
	return /^,? +$/.test(text.slice(a.end, b.start));
}

/** Whether a phrase of a given kind is a date worth asking about, not a look-alike. */
function plausible(kind: DateKind, phrase: string, words: readonly Word[], next: Word | undefined) {
	const last = words[words.length - 1]!;
	if (kind === 'month') return !/^મે(?:\s|$)/.test(phrase) || words.length > 1;
	if (kind === 'duration') return !COUNT_UNITS.has(splitEnding(last.text).stem);
	if (kind === 'year') {
		const year = Number(/\d{4}/.exec(toAsciiDigits(phrase))?.[0]);
		return year >= 1000 && year < 2200 && !(next && MEASURES.has(splitEnding(next.text).stem));
	}
	return true;
}

/** The phrase without the case ending on its last word, when it is still a date of the same kind. */
function baseEnd(text: string, words: readonly Word[], kind: DateKind): number {
	const last = words[words.length - 1]!;
	const { stem } = splitEnding(last.text);
	if (stem === last.text) return last.end;
	const base = text.slice(words[0]!.start, last.start) + stem;
	return classifyDate(base) === kind ? last.end - (last.text.length - stem.length) : last.end;
}

/**
 * Every date in a run of words (one sentence), longest phrase first so "એપ્રિલ 2019" is one date.
 * `text` is the whole input; word offsets point into it.
 */
export function findDates(text: string, words: readonly Word[]): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < words.length; ) {
		const hit = dateAt(text, words, i);
		if (hit) {
			found.push(hit.found);
			i += hit.length;
		} else i++;
	}
	return found;
}

function dateAt(text: string, words: readonly Word[], i: number): { found: Found; length: number } | null {
	const word = words[i]!;
	const next = words[i + 1];
	const near = next !== undefined && adjacent(text, word, next);
	if (near && WAR_ORDINALS.has(word.text) && WORLD_WAR.test(next.text)) {
		const end = next.start + splitEnding(next.text).stem.length;
		return { found: { category: 'date', start: word.start, end, rule: 'event' }, length: 2 };
	}
	if (near && CLOCK.test(toAsciiDigits(word.text)) && CLOCK_WORDS.has(next.text)) {
		return { found: { category: 'date', start: word.start, end: next.end, rule: 'time-of-day' }, length: 2 };
	}
	const time = TIMES_OF_DAY.get(next !== undefined && near && TIME_QUALIFIERS.has(word.text) ? next.text : word.text);
	if (time !== undefined) {
		const qualified = !TIMES_OF_DAY.has(word.text);
		const at = qualified ? next! : word;
		const found: Found = { category: 'date', start: word.start, end: at.start + time.length, rule: 'time-of-day' };
		return { found, length: qualified ? 2 : 1 };
	}
	for (let n = MOST_WORDS; n >= 1; n--) {
		const span = words.slice(i, i + n);
		if (span.length < n || span.some((w, j) => j > 0 && !adjacent(text, span[j - 1]!, w))) continue;
		const phrase = text.slice(span[0]!.start, span[n - 1]!.end);
		const kind = classifyDate(phrase);
		// times of day are found above, with their qualifiers
		if (kind === 'other' || kind === 'part-of-day' || !plausible(kind, phrase, span, words[i + n])) continue;
		const end = baseEnd(text, span, kind);
		return { found: { category: 'date', start: span[0]!.start, end, rule: 'date' }, length: n };
	}
	return null;
}
