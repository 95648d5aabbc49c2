/**
 * Dates in a sentence: years (૨૦૨૨, 2011), year ranges (૧૯૫૦-૫૩), decades (૧૯૯૦ના દાયકા),
 * months of either calendar with or without a day or year, dates written with તા. or in digits
 * (૧૨/૦૩/૨૦૨૫), ranges of days (૯ થી ૧૧ ઓક્ટોબર), tithis (આસો સુદ ૧૦, અષાઢી બીજ), weekdays
 * (મંગળવારે -> મંગળવાર), spans of time (છ દિવસ, અઢી કલાક), clock times (સવારે ૧૧ વાગ્યે),
 * times of day (બપોરે) and the world wars that date other events. The shapes come from
 * quiz/date-kinds.
 */
import { classifyDate, mayEndDate, type DateKind } from '../quiz/date-kinds';
import {
	AMBIGUOUS_MONTHS,
	FESTIVAL_PREFIXES,
	FULL_MOON,
	HINDU_MONTHS,
	MONTH_ADJECTIVES,
	NEW_MOON,
	TITHIS
} from '../quiz/hindu-calendar';
import { toAsciiDigits } from '../text/normalize';
import type { Found, Word } from './types';
import { looksLikeVerb } from './stopwords';
import { CASE_ENDINGS, splitEnding } from './words';

/** Times of day in the locative, with their base form as written (રાત્રે has none apart). */
const TIMES_OF_DAY = new Map([
	['સવારે', 'સવાર'],
	['બપોરે', 'બપોર'],
	['સાંજે', 'સાંજ'],
	['રાત્રે', 'રાત્રે'],
	['રાતે', 'રાત'],
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
	['કિલોમીટર', 'કિમી', 'મીટર', 'માઇલ', 'રૂપિયા', 'ડોલર', 'કરોડ', 'લાખ', 'હજાર', 'લોકો', 'નંબર'].concat(
		['ટન', 'કિલો', 'ગ્રામ', 'ફૂટ', 'ટકા', 'મત', 'બેઠકો', 'કેસ', 'વિદ્યાર્થીઓ', 'સૈનિકો'],
		// a market's and a farm's units, points of an index, a team's runs, and herds
		['મણ', 'ગુણી', 'બોરી', 'ગાંસડી', 'ક્વિન્ટલ', 'લિટર', 'હેક્ટર', 'એકર', 'વીઘા', 'પોઇન્ટ', 'પોઈન્ટ', 'રન'],
		['ઘેટાં', 'બકરાં', 'પશુ', 'પશુઓ', 'ઢોર']
	)
);

/**
 * What a number after these is, not a year: a price (₹૧૯૫૦, રૂ. ૧૬૧૫), a number of a thing (નં. ૨૦૨૪)
 * or a helpline's, and the next of a list of them (હેલ્પલાઇન નંબર ૧૦૭૦ અને ૧૦૭૭).
 */
const NOT_YEAR_BEFORE =
	/(?:₹|રૂ\.?|રૂપિયા|Rs\.?|નં\.|નંબર|ક્રમાંક|હેલ્પલાઇન|હેલ્પલાઈન|ટોલ ?ફ્રી)\s*(?:[\p{N}]+\s*(?:,|અને|તથા)\s*)*$/u;

/** Whether a word after a number says it counts things: a measure (1500 કિલોમીટર) or a plural noun (૧૨૦૦ ખેડૂતોએ). */
function counts(word: string): boolean {
	const { stem } = splitEnding(word);
	return MEASURES.has(stem) || (/[ોઓ]$/u.test(stem) && [...stem].length >= 3 && !looksLikeVerb(word));
}

/** Ordinals before વિશ્વયુદ્ધ: the world war an event is dated by. */
const WAR_ORDINALS = new Set(['પહેલા', 'પહેલું', 'પ્રથમ', 'બીજા', 'બીજું', 'બીજી']);
const WORLD_WAR = /^વિશ્(?:ર્)?વ ?યુદ્ધ/;

/** Words before a date that say "dated" and are not part of it: તા. ૧૨ માર્ચ, તારીખ ૧૨/૦૩/૨૦૨૫. */
const DATE_PREFIXES = new Set(['તા.', 'તારીખ']);

/** Endings after a day of the month alone (૧૫મીએ) that make it a date. */
const DAY_ENDINGS = new Set(['એ', 'થી', 'ના', 'ની', 'નું', 'નો', 'સુધી']);

/** Words after a Hindu month that show it is one: મહા મહિનામાં, પોષ માસ. */
const MONTH_NOUN = /^(?:મહિન|માસ)/;

/** The full and new moon, which may stand alone as a date (પૂનમે, અમાસના દિવસે). */
const MOONS = new Set([...TITHIS[FULL_MOON]!, ...TITHIS[NEW_MOON]!]);
/** Words after a bare પૂનમ or અમાસ that show it is the day, not a name (પૂનમ માડમ). */
const MOON_NOUNS = /^(?:દિવસ|રાત|તિથિ|નિમિત્તે|પર્વ|મેળ|ઉત્સવ)/;
/** Case endings after પૂનમ or અમાસ that make it the day: not ને, which a name takes as often. */
const MOON_ENDINGS = new Set(['ના', 'ની', 'નું', 'નો', 'નાં', 'થી', 'ે', 'એ', 'માં']);

/** Words of the Hindu calendar, which are also names (પૂનમ, શ્રાવણ) and must not end one. */
const HINDU_WORDS = new Set([...HINDU_MONTHS.flat(), ...MONTH_ADJECTIVES.flat(), ...TITHIS.flat()]);

/** Whether a word is a time of day (સવારે, વહેલી, રાતના) rather than the count of a clock time. */
function startsWithPartOfDay(word: string): boolean {
	return TIMES_OF_DAY.has(word) || TIME_QUALIFIERS.has(word) || /^(?:સવાર|બપોર|સાંજ|રાત|રાત્રિ)ના$/.test(word);
}

/** Hours from one to another (૭:૩૦થી ૯:૦૦, પાંચથી સાત, ૧૦-૧૨): a range keeps its parts of the day. */
const HOUR_RANGE = /[\p{L}\p{M}\p{N}](?:થી |\s+થી\s+|\s*[-–]\s*)[\p{L}\p{N}]/u;

/** The most words a date may take: "વહેલી સવારે સાડા દસ વાગ્યે", "૯ થી ૧૧ ઓક્ટોબર ૨૦૨૪". */
const MOST_WORDS = 6;

/** Whether a word is a number, in digits or words (બે, ચાર, દોઢ): the date shapes know the words. */
export function isNumberWord(word: string): boolean {
	return classifyDate(`${word} દિવસ`) === 'duration';
}

/** Whether a word is a unit of time (વર્ષ, મહિના, દિવસની): one follows a number as a span. */
function isTimeUnit(word: string): boolean {
	return classifyDate(`બે ${word}`) === 'duration';
}

/** Whether a word is (part of) a date, a time of day, a unit of time or a number: such a word ends a name. */
export function isDateWord(word: string): boolean {
	let value = dateWordMemo.get(word);
	if (value === undefined) {
		value = readsAsDate(word);
		if (dateWordMemo.size >= 50_000) dateWordMemo.clear();
		dateWordMemo.set(word, value);
	}
	return value;
}

/** The name rules ask isDateWord of every word beside a name, many times over: each word is read once. */
const dateWordMemo = new Map<string, boolean>();

/** Forgets the words read: called as a new text is read. */
export function forgetDateWords(): void {
	dateWordMemo.clear();
}

function readsAsDate(word: string): boolean {
	if (HINDU_WORDS.has(word) || HINDU_WORDS.has(splitEnding(word).stem)) return false;
	return (
		TIMES_OF_DAY.has(word) ||
		TIME_QUALIFIERS.has(word) ||
		classifyDate(word) !== 'other' ||
		isNumberWord(word) ||
		isTimeUnit(word)
	);
}

/**
 * The sentence's words as dates read them: "તા.૧૨" is the prefix તા. and ૧૨; "તા" before a
 * dot is "તા."; digits joined by / or : are one word (૧૨/૦૩/૨૦૨૫, ૧૦:૩૦).
 */
function dateWords(text: string, words: readonly Word[]): Word[] {
	const out: Word[] = [];
	for (const word of words) {
		const last = out[out.length - 1];
		if (last && /^[\d/:\u0AE6-\u0AEF]+$/.test(last.text) && /^[\d\u0AE6-\u0AEF]/.test(word.text)) {
			const gap = text.slice(last.end, word.start);
			if (gap === '/' || gap === ':') {
				out[out.length - 1] = { text: text.slice(last.start, word.end), start: last.start, end: word.end };
				continue;
			}
		}
		const glued = /^તા\.(?=[\d\u0AE6-\u0AEF])/.exec(word.text);
		if (glued) {
			out.push({ text: 'તા.', start: word.start, end: word.start + 3 });
			out.push({ text: word.text.slice(3), start: word.start + 3, end: word.end });
		} else if (word.text === 'તા' && text[word.end] === '.') {
			out.push({ text: 'તા.', start: word.start, end: word.end + 1 });
		} else out.push(word);
	}
	return out;
}

/** Whether only spaces (or a comma, as in "૧૨ માર્ચ, ૨૦૨૫") separate two words; nothing after તા. */
function adjacent(text: string, a: Word, b: Word): boolean {
	const gap = text.slice(a.end, b.start);
	return /^,? +$/.test(gap) || (a.text === 'તા.' && /^ ?$/.test(gap));
}

/** Whether a phrase of a given kind is a date worth asking about, not a look-alike. */
function plausible(kind: DateKind, phrase: string, words: readonly Word[], next: Word | undefined, before: string) {
	const last = words[words.length - 1]!;
	const { stem, ending } = splitEnding(last.text);
	if (kind === 'month') {
		if (words.length === 1 && AMBIGUOUS_MONTHS.has(stem)) return ending === 'માં' || MONTH_NOUN.test(next?.text ?? '');
		return !/^મે(?:\s|$)/.test(phrase) || words.length > 1;
	}
	if (kind === 'tithi' && words.length === 1) {
		// one word is a festival's tithi (ધનતેરસ), or the full or new moon as a day: પૂનમે, પૂનમના દિવસે
		if (FESTIVAL_PREFIXES.some((p) => stem.startsWith(p) && stem.length > p.length + 1)) return true;
		const moon = MOONS.has(last.text) ? { stem: last.text, ending: '' } : { stem, ending };
		return MOONS.has(moon.stem) && (MOON_ENDINGS.has(moon.ending) || MOON_NOUNS.test(next?.text ?? ''));
	}
	// the minutes of a clock time are no span: ૧૦ વાગીને ૨૪ મિનિટે
	if (kind === 'duration') return !COUNT_UNITS.has(stem) && !/વાગી(?:ને)? +$|વાગ્યા(?:ને)? +$/u.test(before);
	if (kind === 'day-month' && words.length === 1) {
		// a day alone is one with its ending, "on" or "from" it: ૧૫મીએ, ૧લીથી (૭૫મી વર્ષગાંઠ is not)
		const day = /^\d{1,2}(?:મી|લી|જી|થી)(.*)$/.exec(toAsciiDigits(last.text));
		return day === null || DAY_ENDINGS.has(day[1]!);
	}
	if (kind === 'year') {
		const year = Number(/\d{4}/.exec(toAsciiDigits(phrase))?.[0]);
		// a year written with its ending (૨૦૧૮માં) counts nothing
		const counted = next !== undefined && words.length === 1 && /^[0-9૦-૯,]+$/u.test(words[0]!.text) && counts(next.text);
		return year >= 1000 && year < 2200 && !counted && !NOT_YEAR_BEFORE.test(before);
	}
	return true;
}

/**
 * The phrase without the case ending on its last word, when it is still a date of the same kind;
 * a short stem is allowed here, as the shape decides (૧૨ના -> ૧૨ in "તા. ૧૨ના").
 */
function baseEnd(text: string, words: readonly Word[], kind: DateKind): number {
	const last = words[words.length - 1]!;
	for (const ending of CASE_ENDINGS) {
		if (!last.text.endsWith(ending) || last.text.length === ending.length) continue;
		const end = last.end - ending.length;
		if (classifyDate(text.slice(words[0]!.start, end)) === kind) return end;
	}
	return last.end;
}

/**
 * Every date in a run of words (one sentence), longest phrase first so "એપ્રિલ 2019" is one date.
 * `text` is the whole input; word offsets point into it.
 */
export function findDates(text: string, sentenceWords: readonly Word[]): Found[] {
	const words = dateWords(text, sentenceWords);
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

type Hit = { found: Found; length: number };

function dateAt(text: string, words: readonly Word[], i: number): Hit | null {
	const word = words[i]!;
	const next = words[i + 1];
	const near = next !== undefined && adjacent(text, word, next);
	if (near && WAR_ORDINALS.has(word.text) && WORLD_WAR.test(next.text)) {
		const end = next.start + splitEnding(next.text).stem.length;
		return { found: { category: 'date', start: word.start, end, rule: 'event' }, length: 2 };
	}
	if (near && DATE_PREFIXES.has(word.text)) {
		// the date after તા. without it (૧૨ માર્ચ ૨૦૨૫); a bare day keeps it (તા. ૧૨)
		const after = phraseAt(text, words, i + 1);
		if (after) return { ...after, length: after.length + 1 };
		return phraseAt(text, words, i);
	}
	const phrase = phraseAt(text, words, i);
	if (phrase) return phrase;
	// a time of day from or until which: બપોરથી, સાંજ સુધી, with its qualifier: મોડી રાતથી
	const qualifier = near && TIME_QUALIFIERS.has(word.text);
	const spanWord = qualifier ? next : word;
	const after = qualifier ? words[i + 2] : next;
	const span = /^(સવાર|બપોર|સાંજ|રાત|મધરાત)(થી)?$/.exec(spanWord.text);
	if (span && (span[2] !== undefined || (after !== undefined && adjacent(text, spanWord, after) && after.text.startsWith('સુધી')))) {
		const end = spanWord.start + span[1]!.length;
		const found: Found = { category: 'date', start: word.start, end, rule: 'time-of-day' };
		return { found, length: qualifier ? 2 : 1 };
	}
	const time = TIMES_OF_DAY.get(near && TIME_QUALIFIERS.has(word.text) ? next.text : word.text);
	if (time !== undefined) {
		const qualified = !TIMES_OF_DAY.has(word.text);
		const at = qualified ? next! : word;
		// before a clock time it is part of that time, asked with it: શનિવારે સવારે કેટલા વાગ્યે, not શનિવારે _____ ૬ વાગ્યે
		const clock = words[i + (qualified ? 2 : 1)];
		if (clock && adjacent(text, at, clock) && phraseAt(text, words, i + (qualified ? 2 : 1))?.found.rule === 'time-of-day') return null;
		const found: Found = { category: 'date', start: word.start, end: at.start + time.length, rule: 'time-of-day' };
		// the word as written (સવારે) answers a blank that takes it whole
		const whole = text.slice(word.start, at.end);
		return { found: whole === text.slice(found.start, found.end) ? found : { ...found, forms: [whole] }, length: qualified ? 2 : 1 };
	}
	return null;
}

/** The longest date phrase of some kind starting at word i, without its case ending. */
function phraseAt(text: string, words: readonly Word[], i: number): Hit | null {
	for (let n = MOST_WORDS; n >= 1; n--) {
		const span = words.slice(i, i + n);
		if (span.length < n || !mayEndDate(span[n - 1]!.text)) continue;
		if (span.some((w, j) => j > 0 && !adjacent(text, span[j - 1]!, w))) continue;
		const phrase = text.slice(span[0]!.start, span[n - 1]!.end);
		const kind = classifyDate(phrase);
		// times of day are found by dateAt, with their qualifiers
		const before = text.slice(Math.max(0, span[0]!.start - 40), span[0]!.start);
		if (kind === 'other' || kind === 'part-of-day' || !plausible(kind, phrase, span, words[i + n], before)) continue;
		// a clock time is asked apart from the time of day before it: સવારે | ૧૧ વાગ્યે
		const range = HOUR_RANGE.test(phrase);
		if (kind === 'clock-time' && startsWithPartOfDay(span[0]!.text) && !range) continue;
		const end = baseEnd(text, span, kind);
		const rule = kind === 'clock-time' ? 'time-of-day' : 'date';
		return { found: { category: 'date', start: span[0]!.start, end, rule }, length: n };
	}
	return null;
}
