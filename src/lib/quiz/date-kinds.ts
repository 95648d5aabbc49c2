/**
 * What sort of date an answer is (a year, a weekday, "છ દિવસ", "આસો સુદ ૧૦"...) and look-alikes
 * of the same sort, so a multiple-choice question about a year offers other years, never "મંગળવાર".
 * Look-alikes keep the answer's digit script, number words, case ending and any year beside it.
 */
import { toAsciiDigits, toGujaratiDigits } from '../text/normalize';
import {
	FESTIVAL_PREFIXES,
	FESTIVAL_TITHIS,
	FORTNIGHTS,
	FULL_MOON,
	HINDU_MONTHS,
	MONTH_ADJECTIVES,
	NEW_MOON,
	OBLIQUE_MONTHS,
	TITHIS
} from './hindu-calendar';

/** The sorts of date answer, from most to least structured. */
export const DATE_KINDS = [
	'year',
	'year-range',
	'decade',
	'month',
	'weekday',
	'day-month',
	'day-range',
	'tithi',
	'duration',
	'clock-time',
	'part-of-day',
	'other'
] as const;
/** One sort of date answer. */
export type DateKind = (typeof DATE_KINDS)[number];

/** Month names, first spelling canonical, then spellings seen in Gujarati papers. */
export const MONTHS: readonly (readonly string[])[] = [
	['જાન્યુઆરી', 'જાન્યુઆરિ'],
	['ફેબ્રુઆરી', 'ફેબ્રુઆરિ'],
	['માર્ચ'],
	['એપ્રિલ'],
	['મે'],
	['જૂન', 'જુન'],
	['જુલાઈ', 'જુલાઇ'],
	['ઓગસ્ટ', 'ઑગસ્ટ', 'ઓગષ્ટ'],
	['સપ્ટેમ્બર', 'સપ્ટેંબર'],
	['ઓક્ટોબર', 'ઑક્ટોબર'],
	['નવેમ્બર', 'નવેંબર'],
	['ડિસેમ્બર', 'ડિસેંબર']
];

/** Days in each month; February as 28 so a look-alike date is never impossible. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days a look-alike may have when the month is not written (૧૨ તારીખ, તા. ૧૨). */
const ANY_MONTH_DAYS = 30;

/** Weekday names, સોમવાર first, then spellings seen in Gujarati papers. */
export const WEEKDAYS: readonly (readonly string[])[] = [
	['સોમવાર'],
	['મંગળવાર'],
	['બુધવાર'],
	['ગુરુવાર', 'ગુરૂવાર'],
	['શુક્રવાર'],
	['શનિવાર'],
	['રવિવાર']
];

/** Parts of the day (સવાર, બપોર...): "when" of a single event, never offered beside a war or a year. */
const PARTS_OF_DAY: readonly (readonly string[])[] = [['સવાર'], ['બપોર'], ['સાંજ'], ['રાત', 'રાત્રિ'], ['મધરાત']];

/** Number words એક..નવ્વાણું; index is the value. */
const NUMBER_WORDS = [
	'',
	'એક',
	'બે',
	'ત્રણ',
	'ચાર',
	'પાંચ',
	'છ',
	'સાત',
	'આઠ',
	'નવ',
	'દસ',
	'અગિયાર',
	'બાર',
	'તેર',
	'ચૌદ',
	'પંદર',
	'સોળ',
	'સત્તર',
	'અઢાર',
	'ઓગણીસ',
	'વીસ',
	...['એકવીસ', 'બાવીસ', 'ત્રેવીસ', 'ચોવીસ', 'પચીસ', 'છવીસ', 'સત્તાવીસ', 'અઠ્ઠાવીસ', 'ઓગણત્રીસ', 'ત્રીસ'],
	...['એકત્રીસ', 'બત્રીસ', 'તેત્રીસ', 'ચોત્રીસ', 'પાંત્રીસ', 'છત્રીસ', 'સાડત્રીસ', 'આડત્રીસ', 'ઓગણચાલીસ', 'ચાલીસ'],
	...['એકતાલીસ', 'બેતાલીસ', 'તેતાલીસ', 'ચુંમાલીસ', 'પિસ્તાલીસ', 'છેતાલીસ', 'સુડતાલીસ', 'અડતાલીસ', 'ઓગણપચાસ', 'પચાસ'],
	...['એકાવન', 'બાવન', 'ત્રેપન', 'ચોપન', 'પંચાવન', 'છપ્પન', 'સત્તાવન', 'અઠ્ઠાવન', 'ઓગણસાઠ', 'સાઠ'],
	...['એકસઠ', 'બાસઠ', 'ત્રેસઠ', 'ચોસઠ', 'પાંસઠ', 'છાસઠ', 'સડસઠ', 'અડસઠ', 'અગણોસિત્તેર', 'સિત્તેર'],
	...['એકોતેર', 'બોતેર', 'તોતેર', 'ચુમોતેર', 'પંચોતેર', 'છોતેર', 'સિત્યોતેર', 'ઇઠ્યોતેર', 'ઓગણાએંસી', 'એંસી'],
	...['એક્યાસી', 'બ્યાસી', 'ત્યાસી', 'ચોર્યાસી', 'પંચાસી', 'છ્યાસી', 'સિત્યાસી', 'ઈઠ્યાસી', 'નેવ્યાસી', 'નેવું'],
	...['એકાણું', 'બાણું', 'ત્રાણું', 'ચોરાણું', 'પંચાણું', 'છન્નું', 'સત્તાણું', 'અઠ્ઠાણું', 'નવ્વાણું']
];
/**
 * Value of each number word up to વીસ, દશ (another spelling of દસ) included: the words a typed
 * answer is read with (numbers.ts), where a loose spelling of a larger one (સાઠ) would be taken
 * for a smaller one (સાત).
 */
export const WORD_VALUES = new Map<string, number>([
	...NUMBER_WORDS.slice(1, 21).map((w, i) => [w, i + 1] as const),
	['દશ', 10]
]);
/** Value of every number word, એક..નવ્વાણું, as written: the counts a date may have. */
export const COUNT_VALUES = new Map<string, number>([...NUMBER_WORDS.map((w, i) => [w, i] as const), ['દશ', 10]]);
COUNT_VALUES.delete('');

/**
 * Fraction words that are a whole count, in quarters: અડધો કલાક, દોઢ કલાક, અઢી વર્ષ, સવા કલાક.
 * સવા, સાડા and પોણા also stand before a number (સવા બે, સાડા ત્રણ, પોણા બે): see FRACTION_SHIFT.
 */
const FRACTION_QUARTERS = new Map([
	['અડધો', 2],
	['અડધા', 2],
	['અડધી', 2],
	['અડધું', 2],
	['પોણો', 3],
	['પોણી', 3],
	['સવા', 5],
	['દોઢ', 6],
	['અઢી', 10]
]);
/** Quarters that a word before a number adds to it: સવા બે is 2¼, સાડા ત્રણ 3½, પોણા બે 1¾. */
const FRACTION_SHIFT = new Map([
	['સવા', 1],
	['સાડા', 2],
	['પોણા', -1]
]);

/** Units of a duration or count that are the same for one and many (એક દિવસ, બે દિવસ). */
const SAME_UNITS = ['દિવસ', 'રાત', 'વર્ષ', 'સપ્તાહ', 'કલાક', 'મિનિટ', 'સેકન્ડ', 'સદી', 'વખત', 'વાર'];

/** Every unit, singular and plural (મહિનો, મહિના). */
export const UNITS: readonly { one: string; many: string }[] = [
	...SAME_UNITS.map((unit) => ({ one: unit, many: unit })),
	{ one: 'મહિનો', many: 'મહિના' },
	{ one: 'અઠવાડિયું', many: 'અઠવાડિયા' },
	{ one: 'દાયકો', many: 'દાયકા' }
];

/** Case endings and postpositions written joined to a date: ૨૦૨૨માં, મંગળવારે, દિવસની. */
export const ENDINGS = ['સુધી', 'માં', 'નાં', 'ના', 'ની', 'નું', 'નો', 'ને', 'થી', 'એ', 'ે'];

/** Words before a date that say "dated": તા. ૧૨ માર્ચ, તારીખ ૧૨/૦૩/૨૦૨૫. Not part of the answer. */
export const DATE_PREFIX = '(?:તા\\.|તારીખ)';

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const END = `(?:${alt(ENDINGS)})`;
const GREGORIAN = alt(MONTHS.flat());
const MONTH = alt([...MONTHS.flat(), ...HINDU_MONTHS.flat()]);
const HINDU_MONTH = alt(HINDU_MONTHS.flat());
const WEEKDAY = alt(WEEKDAYS.flat());
const UNIT = alt(UNITS.flatMap((u) => [u.one, u.many]));
const NUMBER = `\\d+|${alt([...COUNT_VALUES.keys()])}`;
const COUNT = `(?:(${alt([...FRACTION_SHIFT.keys()])}) )?(${NUMBER})|(${alt([...FRACTION_QUARTERS.keys()])})`;
const PART_OF_DAY = alt(PARTS_OF_DAY.flat());
const ORDINAL = '(?:મી|લી|જી|થી)';
const TITHI = alt(TITHIS.flat());
const FORTNIGHT = alt(FORTNIGHTS);
/** A part of the day in the locative or genitive before a clock time: સવારે ૧૧ વાગ્યે, રાતના ૮ વાગ્યે. */
const CLOCK_PART = `(?:(?:વહેલી|મોડી) )?(?:સવારે|સવારના|બપોરે|બપોરના|સાંજે|સાંજના|રાત્રે|રાતે|રાતના|રાત્રિના|મધરાતે)`;
const CLOCK_WORD = '(?:વાગ્યે|વાગે|વાગ્યા)';
/** What every clock word begins with: a text without it is no clock time of CLOCK_RE's, nor a range that says it is one. */
const CLOCK_STEM = 'વાગ';
/** An hour with its minutes, if written: ૯, ૭:૩૦, પાંચ (two groups). */
const HOUR = `(\\d{1,2}|${alt(NUMBER_WORDS.slice(1, 13))})([:.]\\d{2})?`;
/** A year after a day and month, perhaps after a comma: ૧૨ માર્ચ, ૨૦૨૫ના. */
const YEAR_AFTER = `(?:,? \\d{4}${END}?)`;

/** Era words written before a year, as a pattern: સન ૨૦૨૨, ઈ.સ. ૨૦૨૨, ઇ.સ.૨૦૨૨, વિક્રમ સંવત ૨૦૮૨, વિ.સં. ૨૦૮૨. */
export const YEAR_PREFIX = '(?:સન|[ઈઇ]\\.? ?સ\\.?|(?:વિક્રમ )?સંવત|વિ\\. ?સં\\.)';

const YEAR_RE = new RegExp(`^(${YEAR_PREFIX} ?)?(\\d{4})(${END}?)$`);
const RANGE_RE = new RegExp(`^(\\d{4})(\\s*[-–—]\\s*|\\s+થી\\s+)(\\d{4}|\\d{2})(${END}?)$`);
const DECADE_RE = new RegExp(`^(\\d{4}|\\d{2})(ના|ની|નો|નું) (દાયકા|દાયકો|દાયકાં|દશકા|દશક)(${END}?)$`);
const MONTH_RE = new RegExp(`^(${MONTH})(${END}?(?:,? \\d{4}${END}?)?)$`);
/** Months from one to another: ઓક્ટોબરથી માર્ચ, એપ્રિલ-જૂન. */
const MONTH_RANGE_RE = new RegExp(`^(${MONTH})(થી | થી |\\s*[-–]\\s*)(${MONTH})(${END}?)$`);
const WEEKDAY_RE = new RegExp(`^(${WEEKDAY})(${END}?)$`);
const DAY_MONTH_RE = new RegExp(`^(\\d{1,2})(${ORDINAL})? (${GREGORIAN}|તારીખ)(${END}?(?:,? \\d{4}${END}?)?)$`);
const PREFIXED_DAY_RE = new RegExp(`^(${DATE_PREFIX} ?)?(\\d{1,2})(${ORDINAL})?(${END}?)$`);
const NUMERIC_DATE_RE = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(${END}?)$`);
const DAY_RANGE_RE = new RegExp(
	`^(\\d{1,2})(?: (${GREGORIAN}))?(\\s*[-–]\\s*|થી | થી )(\\d{1,2})(${ORDINAL})? (${GREGORIAN}|તારીખ)(${END}?${YEAR_AFTER}?)$`
);
const TITHI_RE = new RegExp(`^(?:(${HINDU_MONTH}) )?(${FORTNIGHT}) (\\d{1,2}|${TITHI})(${END}?)$`);
const NAMED_TITHI_RE = new RegExp(
	`^(?:(${alt(MONTH_ADJECTIVES.flat())}|${HINDU_MONTH}) |(${alt(FESTIVAL_PREFIXES)}) ?)?(${TITHI})(${END}?)$`
);
const DURATION_RE = new RegExp(`^(?:${COUNT}) (${UNIT})(${END}?)$`);
/**
 * A span in two units, the second the next smaller one (2 કલાક 18 મિનિટ, બે કલાક સાત મિનિટ): each
 * pair with how many of the smaller make the larger, which the smaller count stays under.
 */
const UNIT_PAIRS: readonly (readonly [readonly string[], readonly string[], number])[] = [
	[['વર્ષ'], ['મહિનો', 'મહિના'], 12],
	[['મહિનો', 'મહિના'], ['દિવસ'], 31],
	[['દિવસ'], ['કલાક'], 24],
	[['કલાક'], ['મિનિટ'], 60],
	[['મિનિટ'], ['સેકન્ડ'], 60]
];
let twoUnitsRe: RegExp | undefined;
/** A span in two units, the smaller perhaps a decimal (1 મિનિટ 47.61 સેકન્ડ): made at its first use, for a text of four words. */
const twoUnits = () => (twoUnitsRe ??= new RegExp(`^(${NUMBER}) (${UNIT}) (\\d+\\.\\d{1,3}|${NUMBER}) (${UNIT})(${END}?)$`));
/** A span with a decimal count, as a race's time is written: 12.84 સેકન્ડ, 2.5 કલાક. */
const DECIMAL_DURATION_RE = new RegExp(`^(\\d{1,4}\\.\\d{1,3}) (${UNIT})(${END}?)$`);
/** A span with a count from one number to another: ચાર-પાંચ દિવસ, ૧૦થી ૧૨ દિવસ. */
const DURATION_RANGE_RE = new RegExp(`^(${NUMBER})(\\s*[-–]\\s*|થી | થી )(${NUMBER}) (${UNIT})(${END}?)$`);
const CLOCK_RE = new RegExp(`^(${CLOCK_PART} )?(?:${COUNT}|(\\d{1,2})[:.](\\d{2})) ${CLOCK_WORD}(${END}?)$`);
/** Hours from one time to another: સવારે ૭:૩૦થી રાત્રે ૯:૦૦, ૯થી ૧૧ વાગ્યા. */
const CLOCK_RANGE_RE = new RegExp(
	`^(${CLOCK_PART} )?${HOUR}(થી |\\s+થી\\s+|\\s*[-–]\\s*)(${CLOCK_PART} )?${HOUR}((?: ${CLOCK_WORD})?${END}?)$`
);
/**
 * Whether a text holds a range's separator (a dash or થી), without which DAY_RANGE_RE, DURATION_RANGE_RE
 * and CLOCK_RANGE_RE match nothing: they are run only then, as a phone's first run of a pattern compiles it.
 */
const mayBeRange = (s: string) => s.includes('-') || s.includes('–') || s.includes('થી');
const PART_OF_DAY_RE = new RegExp(`^((?:વહેલી|મોડી) )?(${PART_OF_DAY})(${END}?)$`);
/**
 * The words every shape above may end with (a number, month, two months joined by a dash, weekday, tithi, unit,
 * clock word, part of the day, decade or તારીખ, a tithi perhaps joined to its festival, perhaps with an ending):
 * a phrase ending otherwise is no date.
 */
const LAST_WORD_RE = new RegExp(
	`^(?:.*\\d.*|(?:(?:${MONTH})[-–])?(?:${alt(FESTIVAL_PREFIXES)})?(?:${MONTH}|${WEEKDAY}|${TITHI}|${UNIT}|${PART_OF_DAY}|${alt(NUMBER_WORDS.slice(1, 13))}|વાગ્યે|વાગે|વાગ્યા|દાયકાં|દશકા|દશક|તારીખ|રાત્રે)${END}?)$`
);

/** Whether a date of some kind may end with this word: lets a caller skip phrases that cannot be one. */
export function mayEndDate(word: string): boolean {
	return LAST_WORD_RE.test(toAsciiDigits(word.normalize('NFC')));
}

/** The answer as the patterns see it: NFC, ASCII digits, single spaces. */
function shapeOf(answer: string): string {
	return toAsciiDigits(answer.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** Index of a month or weekday name in its table. */
function indexIn(table: readonly (readonly string[])[], name: string): number {
	return table.findIndex((spellings) => spellings.includes(name));
}

/** Sorts a date answer by its shape, after digit normalisation: ૨૦૨૨ is a year, "૨૪ વર્ષ" a duration. */
export function classifyDate(answer: string): DateKind {
	let kind = kinds.get(answer);
	if (kind === undefined) {
		kind = kindOf(shapeOf(answer));
		if (kinds.size >= MOST_KINDS) kinds.clear();
		kinds.set(answer, kind);
	}
	return kind;
}

/** Whether a date is a day of no month or year, however written: તા. ૧૬, ૧૫મી. */
export function isDayOfNoMonth(answer: string): boolean {
	const shape = shapeOf(answer);
	return calendarDateOf(shape)?.month === -1 && !/\d{4}/.test(shape);
}

/** The draft extractor asks about every phrase of a text, often the same one: each is read once. */
const kinds = new Map<string, DateKind>();
/** Bound on the memo: about the phrases of one long article. */
const MOST_KINDS = 50_000;

/** Forgets the phrases read: called as a new text is read. */
export function forgetDateKinds(): void {
	kinds.clear();
}

function kindOf(s: string): DateKind {
	if (rangeOf(s) !== null) return 'year-range';
	if (YEAR_RE.test(s)) return 'year';
	if (decadeOf(s) !== null) return 'decade';
	if (calendarDateOf(s) !== null) return 'day-month';
	if (dayRangeOf(s) !== null) return 'day-range';
	if (MONTH_RE.test(s) || (mayBeRange(s) && monthRangeOf(s) !== null)) return 'month';
	if (WEEKDAY_RE.test(s)) return 'weekday';
	if (tithiOf(s) !== null) return 'tithi';
	if (durationOf(s) !== null) return 'duration';
	if (clockOf(s) !== null) return 'clock-time';
	if (PART_OF_DAY_RE.test(s) || s === 'રાત્રે') return 'part-of-day';
	return 'other';
}

/** The latest plausible year (1000-2199) written in a text, or null. */
export function latestYearIn(text: string): number | null {
	let latest: number | null = null;
	for (const m of toAsciiDigits(text).matchAll(/(?<!\d)\d{4}(?!\d)/g)) {
		const y = Number(m[0]);
		if (y >= 1000 && y < 2200 && (latest === null || y > latest)) latest = y;
	}
	return latest;
}

function rangeOf(s: string) {
	const m = RANGE_RE.exec(s);
	if (!m) return null;
	const from = Number(m[1]);
	const short = m[3]!.length === 2;
	let to = short ? Math.floor(from / 100) * 100 + Number(m[3]) : Number(m[3]);
	if (short && to <= from) to += 100;
	// a short end reads as the next century only for a near one (૧૯૯૮-૦૧), not ૧૯૫૩-૫૦
	if (to <= from || (short && to - from > 50)) return null;
	return { from, to, sep: m[2]!, short, end: m[4]! };
}

/** A decade: ૧૯૯૦ના દાયકા, ૯૦ના દાયકામાં. The number must end in zero. */
function decadeOf(s: string) {
	const m = DECADE_RE.exec(s);
	if (!m || !m[1]!.endsWith('0')) return null;
	return { start: Number(m[1]), digits: m[1]!.length, rest: s.slice(m[1]!.length) };
}

/**
 * A day of a month, however written: ૨૫ નવેમ્બર, ૧૨મી ઓગસ્ટ ૨૦૨૪, ૧૨ તારીખ, તા. ૧૨, ૧૫મી, ૧૨/૦૩/૨૦૨૫.
 * `month` is -1 when the text gives none; `render` writes another day and month the same way.
 */
function calendarDateOf(s: string): { day: number; month: number; render: (d: number, m: number) => string } | null {
	const named = DAY_MONTH_RE.exec(s);
	if (named) {
		const day = Number(named[1]);
		const month = named[3] === 'તારીખ' ? -1 : indexIn(MONTHS, named[3]!);
		if (!dayFits(day, month)) return null;
		const ordinalOf = (d: number) => (named[2] === undefined ? '' : ordinal(d));
		const render = (d: number, m: number) => `${d}${ordinalOf(d)} ${m < 0 ? named[3] : MONTHS[m]![0]}${named[4]}`;
		return { day, month, render };
	}
	// a day alone needs તા. or an ordinal to be one: તા. ૧૨, ૧૫મી
	const day = PREFIXED_DAY_RE.exec(s);
	if (day && (day[1] !== undefined || day[3] !== undefined) && dayFits(Number(day[2]), -1)) {
		const [prefix, ordinalled, rest] = [day[1] ?? '', day[3] !== undefined, day[4]];
		return { day: Number(day[2]), month: -1, render: (d) => `${prefix}${d}${ordinalled ? ordinal(d) : ''}${rest}` };
	}
	const numeric = NUMERIC_DATE_RE.exec(s);
	if (numeric) {
		const day = Number(numeric[1]);
		const month = Number(numeric[3]) - 1;
		if (month < 0 || month > 11 || !dayFits(day, month)) return null;
		const pad = (n: number, like: string) => String(n).padStart(like.length, '0');
		const sep = numeric[2]!;
		const render = (d: number, m: number) =>
			`${pad(d, numeric[1]!)}${sep}${pad(m + 1, numeric[3]!)}${sep}${numeric[4]}${numeric[5]}`;
		return { day, month, render };
	}
	return null;
}

/** Whether a day exists in a month (index, or -1 for a month not given). */
function dayFits(day: number, month: number): boolean {
	return day >= 1 && day <= (month < 0 ? 31 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!);
}

/** A range of days: ૯ થી ૧૧ ઓક્ટોબર, 17-27 સપ્ટેમ્બર, ૧૨ થી ૧૫ તારીખ, ૨૯ સપ્ટેમ્બરથી ૩ ઓક્ટોબર. */
function dayRangeOf(s: string) {
	const m = mayBeRange(s) ? DAY_RANGE_RE.exec(s) : null;
	if (!m) return null;
	const from = Number(m[1]);
	const to = Number(m[4]);
	const toMonth = m[6] === 'તારીખ' ? -1 : indexIn(MONTHS, m[6]!);
	const fromMonth = m[2] === undefined ? toMonth : indexIn(MONTHS, m[2]);
	if (!dayFits(from, fromMonth) || !dayFits(to, toMonth)) return null;
	if (fromMonth === toMonth && from >= to) return null;
	const render = (a: number, b: number) =>
		`${a}${m[2] === undefined ? '' : ` ${m[2]}`}${m[3]}${b}${m[5] === undefined ? '' : ordinal(b)} ${m[6]}${m[7]}`;
	return { from, to, fromMonth, toMonth, render };
}

/** A tithi: આસો સુદ ૧૦, શ્રાવણ વદ આઠમ, અષાઢી બીજ, ચૈત્રી પૂનમ, પૂનમ, અમાસ. */
function tithiOf(s: string) {
	const m = TITHI_RE.exec(s);
	if (m) {
		const digits = /^\d+$/.test(m[3]!);
		const day = digits ? Number(m[3]) : indexIn(TITHIS, m[3]!);
		const fortnight = m[2] as (typeof FORTNIGHTS)[number];
		// the bright fortnight ends at પૂનમ and the dark one at અમાસ (written ૧૫ or ૩૦)
		if (day < 1 || day > (digits ? (fortnight === 'સુદ' ? 15 : 30) : NEW_MOON)) return null;
		if (!digits && day === (fortnight === 'સુદ' ? NEW_MOON : FULL_MOON)) return null;
		return { month: m[1], fortnight, day, digits, end: m[4]! };
	}
	const named = NAMED_TITHI_RE.exec(s);
	if (!named) return null;
	const day = indexIn(TITHIS, named[3]!);
	// a month name (not its adjective) goes only with the full or new moon: કારતક પૂનમ
	const month = named[1] !== undefined && indexIn(HINDU_MONTHS, named[1]) >= 0;
	if (month && day !== FULL_MOON && day !== NEW_MOON) return null;
	return { prefix: named[1], festival: named[2] !== undefined, day, end: named[4]! };
}

/** A span of time as durationOf reads it; a range (`span`) or a span in two units (`smaller`) says so. */
type Duration = {
	quarters: number;
	whole: boolean;
	words: boolean;
	unit: string;
	end: string;
	span?: { from: number; to: number; sep: string };
	smaller?: { count: number; unit: string; below: number; decimal?: Decimal };
	decimal?: Decimal;
};

/** A decimal count as written: 47.61 is 47 and "61". */
type Decimal = { whole: number; fraction: string };

/** A count written with a decimal point, read as a Decimal; null for a whole number or a word. */
function decimalIn(count: string): Decimal | null {
	const m = /^(\d+)\.(\d+)$/.exec(count);
	return m ? { whole: Number(m[1]), fraction: m[2]! } : null;
}

/** A count of time: ૨૮ કલાક, છ દિવસ, દોઢ કલાક, સવા બે કલાક, સાડા ત્રણ વર્ષ. `quarters` is the count ×4. */
function durationOf(s: string): Duration | null {
	const range = mayBeRange(s) ? DURATION_RANGE_RE.exec(s) : null;
	if (range) {
		const [from, to] = [COUNT_VALUES.get(range[1]!) ?? Number(range[1]), COUNT_VALUES.get(range[3]!) ?? Number(range[3])];
		if (from < 1 || to <= from) return null;
		const words = COUNT_VALUES.has(range[1]!);
		const span = { from, to, sep: range[2]! };
		return { quarters: from * 4, whole: true, words, unit: range[4]!, end: range[5]!, span };
	}
	const m = DURATION_RE.exec(s);
	if (!m) return twoUnitsOf(s) ?? decimalOf(s);
	const quarters = countQuarters(m[1], m[2], m[3]);
	if (quarters === null) return null;
	const words = m[3] !== undefined || COUNT_VALUES.has(m[2]!);
	return { quarters, whole: m[1] === undefined && m[3] === undefined, words, unit: m[4]!, end: m[5]! };
}

/** Whether a date answer is a span in two units (2 કલાક 18 મિનિટ): it is asked as a time, not a count of one unit. */
export function spansTwoUnits(answer: string): boolean {
	return durationOf(shapeOf(answer))?.smaller !== undefined;
}

/** A span in two units (1 મિનિટ 41 સેકન્ડ), read as durationOf reads one, with its smaller part. */
function twoUnitsOf(s: string): Duration | null {
	const m = s.split(' ').length === 4 ? twoUnits().exec(s) : null;
	if (!m) return null;
	const [large, small] = [COUNT_VALUES.get(m[1]!) ?? Number(m[1]), COUNT_VALUES.get(m[3]!) ?? Number(m[3])];
	const pair = UNIT_PAIRS.find(([big, little]) => big.includes(m[2]!) && little.includes(m[4]!));
	if (!pair || large < 1 || small < 1 || small >= pair[2]) return null;
	const words = COUNT_VALUES.has(m[1]!);
	const decimal = decimalIn(m[3]!);
	const smaller = { count: small, unit: m[4]!, below: pair[2], ...(decimal ? { decimal } : {}) };
	return { quarters: large * 4, whole: true, words, unit: m[2]!, end: m[5]!, smaller };
}

/** A span with a decimal count (12.84 સેકન્ડ), its digits kept as written for its look-alikes. */
function decimalOf(s: string): Duration | null {
	const m = DECIMAL_DURATION_RE.exec(s);
	const decimal = m ? decimalIn(m[1]!) : null;
	if (!decimal) return null;
	return { quarters: decimal.whole * 4, whole: false, words: false, unit: m![2]!, end: m![3]!, decimal };
}

/** A count written with fraction words, in quarters: સાડા ત્રણ is 14; null when it makes no sense. */
function countQuarters(shift: string | undefined, number: string | undefined, alone: string | undefined) {
	if (alone !== undefined) return FRACTION_QUARTERS.get(alone)!;
	const n = COUNT_VALUES.get(number!) ?? Number(number);
	const quarters = n * 4 + (shift === undefined ? 0 : FRACTION_SHIFT.get(shift)!);
	// સાડા goes with three and more (દોઢ and અઢી say 1½ and 2½); પોણા with two and more
	if ((shift === 'સાડા' && n < 3) || (shift === 'પોણા' && n < 2)) return null;
	return quarters > 0 ? quarters : null;
}

/**
 * A clock time: ૧૧ વાગ્યે, સવારે ૧૧ વાગ્યે, ૧૦:૩૦ વાગ્યે, સાડા દસ વાગ્યે; or a range of hours
 * with minutes, a part of the day or વાગ્યા to show it is one (સવારે ૭:૩૦થી રાત્રે ૯:૦૦).
 */
function clockOf(s: string) {
	const range = mayBeRange(s) ? CLOCK_RANGE_RE.exec(s) : null;
	if (range) {
		const hourOf = (h: string) => COUNT_VALUES.get(h) ?? Number(h);
		const [from, to] = [hourOf(range[2]!), hourOf(range[6]!)];
		const write = (h: number) => (COUNT_VALUES.has(range[2]!) ? NUMBER_WORDS[h]! : String(h));
		const shown = range[3] !== undefined || range[1] !== undefined || range[8]!.includes(CLOCK_STEM);
		// the same hour twice is a range only from one part of the day to another: સવારે ૬થી સાંજે ૬
		const parted = range[1] !== undefined && range[5] !== undefined && range[1] !== range[5];
		if (!shown || from > 23 || to > 23 || (from === to && !parted)) return null;
		// a range on a twelve-hour clock stays on it
		const last = Math.max(from, to) > 12 ? 23 : 12;
		const render = (q: number) => {
			const [a, b] = [q / 4, to + q / 4 - from];
			if (b < 1 || b > last) return null;
			return `${range[1] ?? ''}${write(a)}${range[3] ?? ''}${range[4]}${range[5] ?? ''}${write(b)}${range[7] ?? ''}${range[8]}`;
		};
		return { part: range[1] ?? '', quarters: from * 4, render };
	}
	const m = s.includes(CLOCK_STEM) ? CLOCK_RE.exec(s) : null;
	if (!m) return null;
	const part = m[1] ?? '';
	const tail = s.slice(s.lastIndexOf(' ') + 1);
	if (m[5] !== undefined) {
		const hour = Number(m[5]);
		if (hour > 23 || Number(m[6]) > 59) return null;
		const minutes = s.slice(part.length + m[5].length, s.lastIndexOf(' '));
		return { part, quarters: hour * 4, render: (q: number): string | null => `${part}${q / 4}${minutes} ${tail}` };
	}
	const quarters = countQuarters(m[2], m[3], m[4]);
	if (quarters === null || quarters > 24 * 4) return null;
	const words = m[4] !== undefined || COUNT_VALUES.has(m[3]!);
	return { part, quarters, render: (q: number): string | null => `${part}${writeCount(q, words, '')} ${tail}` };
}

/** Gujarati ordinal suffix of a day of the month: ૧લી, ૨જી, ૪થી, ૫મી. */
function ordinal(day: number): string {
	if (day === 1) return 'લી';
	if (day === 2 || day === 3) return 'જી';
	if (day === 4) return 'થી';
	return 'મી';
}

/** Whole numbers in [from, to] except `not`. */
function around(n: number, from: number, to: number): number[] {
	const out: number[] = [];
	for (let i = from; i <= to; i++) if (i !== n) out.push(i);
	return out;
}

/** Values in [from, to] other than n, nearest first. */
function nearest(n: number, from: number, to: number): number[] {
	return around(n, from, to).sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b);
}

/**
 * A count in quarters written as Gujarati says it: બે, સવા બે, અઢી, સાડા ત્રણ, પોણા ચાર; as words
 * when `words` (up to નવ્વાણું), else in digits; `half` is the word for one half (અડધો) if any.
 */
function writeCount(quarters: number, words: boolean, half: string): string {
	const whole = Math.floor(quarters / 4);
	const write = (n: number) => (words && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n));
	switch (quarters % 4) {
		case 0:
			return write(whole);
		case 1:
			return whole === 1 ? 'સવા' : `સવા ${write(whole)}`;
		case 2:
			if (whole === 0) return half;
			if (whole === 1) return 'દોઢ';
			if (whole === 2) return 'અઢી';
			return `સાડા ${write(whole)}`;
		default:
			return whole === 0 ? 'પોણો' : `પોણા ${write(whole + 1)}`;
	}
}

/**
 * Every look-alike of a date answer, of its own kind, nearest first, in the answer's digit script:
 * years within ten either side and not after `maxYear` (or the answer's own year if later);
 * ranges shifted and stretched; decades either side; the other months (of the answer's calendar)
 * and weekdays with the same ending and year; days within ten in the same month and the same day
 * in other months, written as the answer writes its date; ranges of days shifted and stretched;
 * other tithis of the same fortnight, then the other fortnight; durations with other numbers
 * (about half the number either side, at least three, in steps of a half for a fraction such
 * as અઢી) and the same unit, as words when the answer used words (up to નવ્વાણું); other hours of the
 * same part of the day; the other parts of the day. An "other" answer (an event such as a war)
 * has none: the bank supplies those.
 */
export function dateLookalikes(answer: string, maxYear: number): string[] {
	const s = shapeOf(answer);
	const out = lookalikes(s, maxYear);
	const gujarati = /[\u0AE6-\u0AEF]/.test(answer);
	return gujarati ? out.map(toGujaratiDigits) : out;
}

function lookalikes(s: string, maxYear: number): string[] {
	switch (classifyDate(s)) {
		case 'year-range':
			return rangeLookalikes(rangeOf(s)!, maxYear);
		case 'year': {
			const year = YEAR_RE.exec(s)!;
			const y = Number(year[2]);
			const cap = Math.max(maxYear, y);
			return nearestFirst(10)
				.map((d) => y + d)
				.filter((v) => v !== y && v <= cap && v > 0)
				.map((v) => `${year[1] ?? ''}${v}${year[3]}`);
		}
		case 'decade':
			return decadeLookalikes(decadeOf(s)!, maxYear);
		case 'day-month':
			return dateOfMonthLookalikes(calendarDateOf(s)!);
		case 'day-range':
			return dayRangeLookalikes(dayRangeOf(s)!);
		case 'month': {
			const range = mayBeRange(s) ? monthRangeOf(s) : null;
			return range ? monthRangeLookalikes(range) : monthLookalikes(MONTH_RE.exec(s)!);
		}
		case 'weekday': {
			const weekday = WEEKDAY_RE.exec(s)!;
			const i = indexIn(WEEKDAYS, weekday[1]!);
			return WEEKDAYS.filter((_, d) => d !== i).map((names) => names[0] + weekday[2]!);
		}
		case 'tithi':
			return tithiLookalikes(tithiOf(s)!, s);
		case 'duration':
			return durationLookalikes(durationOf(s)!, s);
		case 'clock-time': {
			const clock = clockOf(s)!;
			// other whole hours (a fraction such as સાડા kept), within the same half of the day
			const hours = nearest(clock.quarters, clock.quarters - 16, clock.quarters + 16).filter(
				(q) => (q - clock.quarters) % 4 === 0 && q >= 4 && q <= (clock.quarters > 48 ? 96 : 48)
			);
			return hours.flatMap((q) => clock.render(q) ?? []).slice(0, 8);
		}
		case 'part-of-day': {
			const part = PART_OF_DAY_RE.exec(s);
			if (!part) return PARTS_OF_DAY.filter((_, p) => p !== 3).map((names) => `${names[0]}ે`);
			// "વહેલી" goes with the morning and "મોડી" with the night: the others are offered bare
			const i = indexIn(PARTS_OF_DAY, part[2]!);
			return PARTS_OF_DAY.filter((_, p) => p !== i).map((names) => names[0] + part[3]!);
		}
		default:
			return [];
	}
}

function rangeLookalikes(range: NonNullable<ReturnType<typeof rangeOf>>, maxYear: number): string[] {
	const cap = Math.max(maxYear, range.to);
	const out: string[] = [];
	for (const shift of nearestFirst(8)) {
		for (const stretch of [0, 1, -1, 2, -2]) {
			const from = range.from + shift;
			const to = range.to + shift + stretch;
			if ((shift === 0 && stretch === 0) || to <= from || to > cap) continue;
			const end = range.short ? String(to % 100).padStart(2, '0') : String(to);
			out.push(`${from}${range.sep}${end}${range.end}`);
		}
	}
	return out;
}

function decadeLookalikes(decade: NonNullable<ReturnType<typeof decadeOf>>, maxYear: number): string[] {
	// a two-digit decade (૯૦ના દાયકા) stays within one century
	const [low, high] = decade.digits === 2 ? [10, 90] : [decade.start - 50, Math.max(decade.start, maxYear)];
	return nearestFirst(5)
		.map((d) => decade.start + d * 10)
		.filter((v) => v !== decade.start && v >= low && v <= high)
		.map((v) => `${v}${decade.rest}`);
}

function dateOfMonthLookalikes(date: NonNullable<ReturnType<typeof calendarDateOf>>): string[] {
	const last = date.month < 0 ? ANY_MONTH_DAYS : MONTH_DAYS[date.month]!;
	const days = nearest(date.day, Math.max(1, date.day - 10), Math.min(last, date.day + 10));
	const same = days.map((d) => ({ d, m: date.month }));
	const others =
		date.month < 0
			? []
			: MONTHS.map((_, m) => ({ d: date.day, m })).filter(({ m }) => m !== date.month && date.day <= MONTH_DAYS[m]!);
	return [...same, ...others].map(({ d, m }) => date.render(d, m));
}

function dayRangeLookalikes(range: NonNullable<ReturnType<typeof dayRangeOf>>): string[] {
	const lastOf = (month: number) => (month < 0 ? ANY_MONTH_DAYS : MONTH_DAYS[month]!);
	const out: string[] = [];
	for (const shift of nearestFirst(6)) {
		for (const stretch of [0, 1, -1, 2, -2]) {
			const from = range.from + shift;
			const to = range.to + shift + stretch;
			if (shift === 0 && stretch === 0) continue;
			if (from < 1 || to < 1 || from > lastOf(range.fromMonth) || to > lastOf(range.toMonth)) continue;
			if (range.fromMonth === range.toMonth && to <= from) continue;
			out.push(range.render(from, to));
		}
	}
	return out;
}

/** A range of months of one calendar (ઓક્ટોબરથી માર્ચ), as the indices of its months in that calendar's table. */
function monthRangeOf(s: string) {
	const m = MONTH_RANGE_RE.exec(s);
	if (!m) return null;
	const table = [MONTHS, HINDU_MONTHS].find((t) => indexIn(t, m[1]!) >= 0 && indexIn(t, m[3]!) >= 0);
	if (!table || indexIn(table, m[1]!) === indexIn(table, m[3]!)) return null;
	return { table, from: indexIn(table, m[1]!), to: indexIn(table, m[3]!), sep: m[2]!, end: m[4]! };
}

/** Whether a date answer is a range of months (ઓક્ટોબરથી માર્ચ), asked as from which month to which. */
export function isMonthRange(answer: string): boolean {
	const s = shapeOf(answer);
	return mayBeRange(s) && monthRangeOf(s) !== null;
}

/** A range of months moved a month or two either way, its length kept: ઓક્ટોબરથી માર્ચ -> નવેમ્બરથી એપ્રિલ. */
function monthRangeLookalikes(range: NonNullable<ReturnType<typeof monthRangeOf>>): string[] {
	const { table, from, to, sep, end } = range;
	// a Hindu month takes its oblique form before an ending: ભાદરવાથી
	const at = (i: number, ending: boolean) => {
		const m = (i + table.length * 2) % table.length;
		return (ending && table === HINDU_MONTHS ? OBLIQUE_MONTHS.get(m) : undefined) ?? table[m]![0]!;
	};
	return nearestFirst(3)
		.filter((d) => d !== 0)
		.map((d) => `${at(from + d, sep.includes('થી'))}${sep}${at(to + d, end !== '')}${end}`);
}

function monthLookalikes(month: RegExpExecArray): string[] {
	const rest = month[2]!;
	const gregorian = indexIn(MONTHS, month[1]!);
	if (gregorian >= 0) return MONTHS.filter((_, m) => m !== gregorian).map((names) => names[0] + rest);
	const i = indexIn(HINDU_MONTHS, month[1]!);
	// ભાદરવો takes its oblique form before an ending, as the answer's month did
	const oblique = rest !== '' || month[1] === 'ભાદરવા';
	return HINDU_MONTHS.flatMap((names, m) =>
		m === i ? [] : [`${(oblique ? OBLIQUE_MONTHS.get(m) : undefined) ?? names[0]}${rest}`]
	);
}

function tithiLookalikes(tithi: NonNullable<ReturnType<typeof tithiOf>>, s: string): string[] {
	if ('fortnight' in tithi) {
		const month = tithi.month === undefined ? '' : `${tithi.month} `;
		const last = tithi.digits ? (tithi.fortnight === 'સુદ' ? 15 : 30) : 14;
		const days = nearest(tithi.day, 1, last);
		const word = (d: number) => (tithi.digits ? String(d) : TITHIS[d]![0]!);
		const same = days.map((d) => `${month}${tithi.fortnight} ${word(d)}${tithi.end}`);
		// the same day of the other fortnight, when it has one (અમાસ and પૂનમ have not)
		const other = FORTNIGHTS.find((f) => f !== tithi.fortnight)!;
		const flipped = tithi.day <= 14 ? [`${month}${other} ${word(tithi.day)}${tithi.end}`] : [];
		return [...flipped, ...same];
	}
	if (tithi.festival) {
		const own = s.slice(0, s.length - tithi.end.length).replace(' ', '');
		return FESTIVAL_TITHIS.filter((f) => f.replace(' ', '') !== own).map((f) => f + tithi.end);
	}
	const prefix = tithi.prefix === undefined ? '' : `${tithi.prefix} `;
	const moons = tithi.day === FULL_MOON ? [NEW_MOON] : tithi.day === NEW_MOON ? [FULL_MOON] : [];
	const monthPrefix = tithi.prefix !== undefined && indexIn(HINDU_MONTHS, tithi.prefix) >= 0;
	if (monthPrefix) {
		// કારતક પૂનમ: the full moon of other months
		const i = indexIn(HINDU_MONTHS, tithi.prefix!);
		return HINDU_MONTHS.filter((_, m) => m !== i).map((names) => `${names[0]} ${TITHIS[tithi.day]![0]}${tithi.end}`);
	}
	const days = [...moons, ...nearest(tithi.day, 1, FULL_MOON).filter((d) => !moons.includes(d))];
	return days.map((d) => `${prefix}${TITHIS[d]![0]}${tithi.end}`);
}

function durationLookalikes(duration: Duration, s: string): string[] {
	const unit = UNITS.find((u) => u.one === duration.unit || u.many === duration.unit)!;
	const ending = duration.end;
	// an ending keeps the oblique form the answer used (મહિનામાં); bare units agree with the number
	const unitFor = (quarters: number) => (ending ? duration.unit : quarters < 8 ? unit.one : unit.many);
	const write = (n: number) => (duration.words ? NUMBER_WORDS[n]! : String(n));
	if (duration.smaller) {
		// a span in two units keeps its larger part and moves the smaller: 2 કલાક 18 મિનિટ -> 2 કલાક 17 મિનિટ
		const { count, unit: small, below, decimal } = duration.smaller;
		const larger = `${write(duration.quarters / 4)} ${duration.unit}`;
		// a decimal smaller part moves as a decimal count does, and stays under what makes the larger
		if (decimal) return decimalLookalikes(decimal, '').filter((v) => Number(v) < below).map((v) => `${larger} ${v} ${small}${ending}`);
		return nearest(count, 1, below - 1)
			.slice(0, 10)
			.map((v) => `${write(duration.quarters / 4)} ${duration.unit} ${write(v)} ${small}${ending}`);
	}
	if (duration.decimal) return decimalLookalikes(duration.decimal, duration.unit + ending);
	if (duration.span) {
		// a range shifts as a whole: ચાર-પાંચ દિવસ -> ત્રણ-ચાર દિવસ, પાંચ-છ દિવસ
		const { from, to, sep } = duration.span;
		const shifts = nearestFirst(3).filter((d) => d !== 0 && from + d >= 1 && (!duration.words || to + d < NUMBER_WORDS.length));
		return shifts.map((d) => `${write(from + d)}${sep}${write(to + d)} ${ending ? duration.unit : unit.many}${ending}`);
	}
	if (duration.whole) {
		const n = duration.quarters / 4;
		const spread = Math.max(3, Math.round(n / 2));
		const top = duration.words ? Math.min(n + spread, NUMBER_WORDS.length - 1) : n + spread;
		const values = nearest(n, Math.max(1, n - spread), top);
		return values.map((v) => `${duration.words ? NUMBER_WORDS[v] : v} ${unitFor(v * 4)}${ending}`);
	}
	// a fraction: other counts a half apart, from one up
	const half = s.split(' ')[0]!;
	const q = duration.quarters;
	const values = nearest(q, Math.max(4, q - 12), q + 12).filter((v) => (v - q) % 2 === 0);
	return values.slice(0, 8).map((v) => `${writeCount(v, duration.words, half)} ${unitFor(v)}${ending}`);
}

/**
 * Other decimal counts with as many places, about 1 % apart (12.84 -> 12.71, 12.97): a race's
 * times differ in the last places, and a step of one there would be too close to tell.
 */
function decimalLookalikes({ whole, fraction }: Decimal, tail: string): string[] {
	const scale = 10 ** fraction.length;
	const value = whole * scale + Number(fraction);
	const step = Math.max(1, Math.round(value / 100));
	return nearestFirst(8)
		.filter((d) => d !== 0 && value + d * step > 0)
		.map((d) => {
			const v = value + d * step;
			const count = `${Math.floor(v / scale)}.${String(v % scale).padStart(fraction.length, '0')}`;
			return tail ? `${count} ${tail}` : count;
		});
}

/** Offsets 1, -1, 2, -2, ... up to `n`, and 0 first: nearest changes first. */
function nearestFirst(n: number): number[] {
	const out = [0];
	for (let i = 1; i <= n; i++) out.push(i, -i);
	return out;
}
