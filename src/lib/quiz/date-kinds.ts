/**
 * What sort of date an answer is (a year, a weekday, "છ દિવસ"...) and look-alikes of the same
 * sort, so a multiple-choice question about a year offers other years, never "મંગળવાર".
 * Look-alikes keep the answer's digit script, number words, case ending and any year beside it.
 */
import { toAsciiDigits, toGujaratiDigits } from '../text/normalize';

/** The sorts of date answer, from most to least structured. */
export const DATE_KINDS = [
	'year',
	'year-range',
	'month',
	'weekday',
	'day-month',
	'duration',
	'part-of-day',
	'other'
] as const;
/** One sort of date answer. */
export type DateKind = (typeof DATE_KINDS)[number];

/** Month names, first spelling canonical, then spellings seen in Gujarati papers. */
const MONTHS: readonly (readonly string[])[] = [
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

/** Number words એક..વીસ; index is the value. */
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
	'વીસ'
];
/** Value of each number word, દશ (another spelling of દસ) included. */
export const WORD_VALUES = new Map<string, number>([...NUMBER_WORDS.map((w, i) => [w, i] as const), ['દશ', 10]]);
WORD_VALUES.delete('');

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

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const END = `(?:${alt(ENDINGS)})`;
const MONTH = alt(MONTHS.flat());
const WEEKDAY = alt(WEEKDAYS.flat());
const UNIT = alt(UNITS.flatMap((u) => [u.one, u.many]));
const NUMBER = `\\d+|${alt([...WORD_VALUES.keys()])}`;
const PART_OF_DAY = alt(PARTS_OF_DAY.flat());

/** Era words written before a year, as a pattern: સન ૨૦૨૨, ઈ.સ. ૨૦૨૨, ઇ.સ.૨૦૨૨. */
export const YEAR_PREFIX = '(?:સન|[ઈઇ]\\.? ?સ\\.?)';

const YEAR_RE = new RegExp(`^(${YEAR_PREFIX} ?)?(\\d{4})(${END}?)$`);
const RANGE_RE = new RegExp(`^(\\d{4})(\\s*[-–—]\\s*|\\s+થી\\s+)(\\d{4}|\\d{2})(${END}?)$`);
const MONTH_RE = new RegExp(`^(${MONTH})(${END}?(?: \\d{4}${END}?)?)$`);
const WEEKDAY_RE = new RegExp(`^(${WEEKDAY})(${END}?)$`);
const DAY_MONTH_RE = new RegExp(`^(\\d{1,2})(મી|લી|જી|થી)? (${MONTH})(${END}?(?:,? \\d{4}${END}?)?)$`);
const DURATION_RE = new RegExp(`^(${NUMBER}) (${UNIT})(${END}?)$`);
const PART_OF_DAY_RE = new RegExp(`^((?:વહેલી|મોડી) )?(${PART_OF_DAY})(${END}?)$`);

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
	const s = shapeOf(answer);
	if (RANGE_RE.test(s) && rangeOf(s) !== null) return 'year-range';
	if (YEAR_RE.test(s)) return 'year';
	if (DAY_MONTH_RE.test(s) && dayMonthOf(s) !== null) return 'day-month';
	if (MONTH_RE.test(s)) return 'month';
	if (WEEKDAY_RE.test(s)) return 'weekday';
	if (DURATION_RE.test(s)) return 'duration';
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

function dayMonthOf(s: string) {
	const m = DAY_MONTH_RE.exec(s);
	if (!m) return null;
	const day = Number(m[1]);
	const month = indexIn(MONTHS, m[3]!);
	if (day < 1 || day > 31) return null;
	return { day, ordinal: m[2] !== undefined, month, rest: m[4]! };
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

/**
 * Every look-alike of a date answer, of its own kind, nearest first, in the answer's digit script:
 * years within ten either side and not after `maxYear` (or the answer's own year if later);
 * ranges shifted and stretched; the other months and weekdays with the same ending and year;
 * days within ten in the same month and the same day in other months; durations with other
 * numbers (about half the number either side, at least three) and the same unit, as words
 * when the answer used words (up to વીસ); the other parts of the day. An "other" answer (an
 * event such as a war) has none: the bank supplies those.
 */
export function dateLookalikes(answer: string, maxYear: number): string[] {
	const s = shapeOf(answer);
	const out = lookalikes(s, maxYear);
	const gujarati = /[\u0AE6-\u0AEF]/.test(answer);
	return gujarati ? out.map(toGujaratiDigits) : out;
}

function lookalikes(s: string, maxYear: number): string[] {
	const range = rangeOf(s);
	if (range) {
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
	const year = YEAR_RE.exec(s);
	if (year) {
		const y = Number(year[2]);
		const cap = Math.max(maxYear, y);
		return nearestFirst(10)
			.map((d) => y + d)
			.filter((v) => v !== y && v <= cap && v > 0)
			.map((v) => `${year[1] ?? ''}${v}${year[3]}`);
	}
	const date = dayMonthOf(s);
	if (date) {
		const last = MONTH_DAYS[date.month]!;
		const days = around(date.day, Math.max(1, date.day - 10), Math.min(last, date.day + 10));
		const same = days.map((d) => ({ d, m: date.month }));
		const others = MONTHS.map((_, m) => ({ d: date.day, m })).filter(
			({ m }) => m !== date.month && date.day <= MONTH_DAYS[m]!
		);
		return [...same, ...others].map(
			({ d, m }) => `${d}${date.ordinal ? ordinal(d) : ''} ${MONTHS[m]![0]}${date.rest}`
		);
	}
	const month = MONTH_RE.exec(s);
	if (month) {
		const i = indexIn(MONTHS, month[1]!);
		return MONTHS.filter((_, m) => m !== i).map((names) => names[0] + month[2]!);
	}
	const weekday = WEEKDAY_RE.exec(s);
	if (weekday) {
		const i = indexIn(WEEKDAYS, weekday[1]!);
		return WEEKDAYS.filter((_, d) => d !== i).map((names) => names[0] + weekday[2]!);
	}
	const part = PART_OF_DAY_RE.exec(s);
	if (part) {
		// "વહેલી" goes with the morning and "મોડી" with the night: the others are offered bare
		const i = indexIn(PARTS_OF_DAY, part[2]!);
		return PARTS_OF_DAY.filter((_, p) => p !== i).map((names) => names[0] + part[3]!);
	}
	const duration = DURATION_RE.exec(s);
	if (duration) {
		const words = WORD_VALUES.has(duration[1]!);
		const n = words ? WORD_VALUES.get(duration[1]!)! : Number(duration[1]);
		const unit = UNITS.find((u) => u.one === duration[2] || u.many === duration[2])!;
		const ending = duration[3]!;
		const spread = Math.max(3, Math.round(n / 2));
		const top = words ? Math.min(n + spread, NUMBER_WORDS.length - 1) : n + spread;
		const values = around(n, Math.max(1, n - spread), top);
		values.sort((a, b) => Math.abs(a - n) - Math.abs(b - n));
		return values.map((v) => {
			// an ending keeps the oblique form the answer used (મહિનામાં); bare units agree with the number
			const form = ending ? duration[2]! : v === 1 ? unit.one : unit.many;
			return `${words ? NUMBER_WORDS[v] : v} ${form}${ending}`;
		});
	}
	return [];
}

/** Offsets 1, -1, 2, -2, ... up to `n`, and 0 first: nearest changes first. */
function nearestFirst(n: number): number[] {
	const out = [0];
	for (let i = 1; i <= n; i++) out.push(i, -i);
	return out;
}
