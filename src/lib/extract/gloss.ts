/**
 * English for a draft question: dates word by word (મંગળવાર -> Tuesday, ૨૪ વર્ષ -> 24 years,
 * અઢી કલાક -> 2.5 hours, આસો સુદ ૧૦ -> Aso Sud 10) and names in Latin letters, so a teacher sees
 * at a glance what was found and a learner may type the English answer.
 */
import { COUNT_VALUES, WORD_VALUES } from '../quiz/date-kinds';
import { MONTH_ADJECTIVES, TITHIS } from '../quiz/hindu-calendar';
import { ALIAS } from '../quiz/name-forms';
import { toAsciiDigits } from '../text/normalize';
import { gujaratiToLatin, looseKey } from '../text/translit';

/** English words for the Gujarati words a date is made of, looked up by their loose key. */
const ENGLISH = new Map<string, string>(
	(
		[
			['સોમવાર', 'Monday'],
			['મંગળવાર', 'Tuesday'],
			['બુધવાર', 'Wednesday'],
			['ગુરુવાર', 'Thursday'],
			['શુક્રવાર', 'Friday'],
			['શનિવાર', 'Saturday'],
			['રવિવાર', 'Sunday'],
			['જાન્યુઆરી', 'January'],
			['ફેબ્રુઆરી', 'February'],
			['માર્ચ', 'March'],
			['એપ્રિલ', 'April'],
			['મે', 'May'],
			['જૂન', 'June'],
			['જુલાઈ', 'July'],
			['ઓગસ્ટ', 'August'],
			['સપ્ટેમ્બર', 'September'],
			['ઓક્ટોબર', 'October'],
			['નવેમ્બર', 'November'],
			['ડિસેમ્બર', 'December'],
			['સવાર', 'morning'],
			['બપોર', 'afternoon'],
			['સાંજ', 'evening'],
			['રાત્રે', 'night'],
			['મધરાત', 'midnight'],
			['મધ્યરાત્રિ', 'midnight'],
			['પરોઢ', 'dawn'],
			['વહેલી', 'early'],
			['મોડી', 'late'],
			['વાગ્યે', "o'clock"],
			['વાગે', "o'clock"],
			['વાગ્યા', "o'clock"],
			['થી', 'to'],
			['તારીખ', 'of the month'],
			['કારતક', 'Kartak'],
			['માગશર', 'Magshar'],
			['પોષ', 'Posh'],
			['મહા', 'Maha'],
			['ફાગણ', 'Fagan'],
			['ચૈત્ર', 'Chaitra'],
			['વૈશાખ', 'Vaishakh'],
			['જેઠ', 'Jeth'],
			['અષાઢ', 'Ashadh'],
			['શ્રાવણ', 'Shravan'],
			['ભાદરવો', 'Bhadarvo'],
			['ભાદરવા', 'Bhadarvo'],
			['આસો', 'Aso'],
			['સુદ', 'Sud'],
			['વદ', 'Vad'],
			['પૂનમ', 'Punam (full moon)'],
			['અમાસ', 'Amas (new moon)'],
			['પહેલા', 'First'],
			['પ્રથમ', 'First'],
			['બીજા', 'Second'],
			['બીજું', 'Second'],
			['વિશ્વયુદ્ધ', 'World War'],
			['વિક્રમ', 'Vikram'],
			['સંવત', 'Samvat'],
			['વિશ્ર્વયુદ્ધ', 'World War']
		] as const
	).map(([gu, en]) => [looseKey(gu), en])
);

/** Units of time: singular and plural English. */
const UNITS = new Map<string, [string, string]>(
	(
		[
			['દિવસ', 'day', 'days'],
			['રાત', 'night', 'nights'],
			['વર્ષ', 'year', 'years'],
			['મહિનો', 'month', 'months'],
			['મહિના', 'month', 'months'],
			['અઠવાડિયું', 'week', 'weeks'],
			['અઠવાડિયા', 'week', 'weeks'],
			['સપ્તાહ', 'week', 'weeks'],
			['કલાક', 'hour', 'hours'],
			['મિનિટ', 'minute', 'minutes'],
			['દાયકો', 'decade', 'decades'],
			['દાયકા', 'decade', 'decades'],
			['સદી', 'century', 'centuries']
		] as const
	).map(([gu, one, many]) => [looseKey(gu), [one, many]])
);

/** Number words up to વીસ by loose key (spellings vary); larger ones as written (સાઠ is not સાત). */
const NUMBERS = new Map([...WORD_VALUES].map(([word, value]) => [looseKey(word), value]));
const numberOf = (word: string) => COUNT_VALUES.get(word) ?? NUMBERS.get(looseKey(word));

/** Fraction words alone, as a count: દોઢ કલાક is 1.5 hours. */
const FRACTIONS = new Map(
	(
		[
			['અડધો', 0.5],
			['અડધા', 0.5],
			['અડધી', 0.5],
			['પોણો', 0.75],
			['સવા', 1.25],
			['દોઢ', 1.5],
			['અઢી', 2.5]
		] as const
	).map(([gu, n]) => [looseKey(gu), n])
);

/** Words before a number that add to it: સવા બે is 2.25, સાડા ત્રણ 3.5, પોણા બે 1.75. */
const SHIFTS = new Map(
	(
		[
			['સવા', 0.25],
			['સાડા', 0.5],
			['પોણા', -0.25]
		] as const
	).map(([gu, n]) => [looseKey(gu), n])
);

/** Tithis and the month adjectives before them, glossed in Latin letters: અષાઢી બીજ -> Ashadhi Bij. */
const TITHI_WORDS = new Set([...TITHIS.slice(1, 15).flat(), ...MONTH_ADJECTIVES.flat()]);

/** A date in English, or null when some word of it has no English here. */
export function englishDate(answer: string): string | null {
	const s = toAsciiDigits(answer).trim();
	const decade = /^(\d{2,4})(?:ના|ની|નો|નું) દાય(?:કા|કો)$/.exec(s);
	if (decade) return `the ${decade[1]}s`;
	const prefixed = /^(?:તા\.|તારીખ) ?(\d{1,2})$/.exec(s);
	if (prefixed) return `${prefixed[1]} (day of the month)`;
	const out: string[] = [];
	let count: number | null = null;
	let shift = 0;
	const words = s.split(/\s+/);
	const clock = /^વાગ/.test(words[words.length - 1]!);
	words.forEach((word, i) => {
		const digits = /^(\d[\d,.:/-]*)(?:મી|લી|જી|થી)?$/.exec(word);
		const key = looseKey(word);
		const number = digits ? undefined : (numberOf(word) ?? (count === null ? FRACTIONS.get(key) : undefined));
		const unit = UNITS.get(key);
		const nextIsNumber = i + 1 < words.length && (/^\d/.test(words[i + 1]!) || numberOf(words[i + 1]!) !== undefined);
		// a count from one number to another, in words: ચાર-પાંચ, પાંચથી (સાત)
		const pair = /^(.+?)[-–](.+)$/.exec(word);
		const from = /^(.+)થી$/.exec(word);
		if (pair && numberOf(pair[1]!) !== undefined && numberOf(pair[2]!) !== undefined) {
			count = numberOf(pair[2]!)!;
			out.push(`${numberOf(pair[1]!)}-${count}`);
		} else if (from && numberOf(from[1]!) !== undefined) out.push(`${numberOf(from[1]!)} to`);
		// a month from which: જુલાઈથી ઓક્ટોબર -> July to October
		else if (from && ENGLISH.has(looseKey(from[1]!))) out.push(`${ENGLISH.get(looseKey(from[1]!))} to`);
		else if (pair && ENGLISH.has(looseKey(pair[1]!)) && ENGLISH.has(looseKey(pair[2]!)))
			out.push(`${ENGLISH.get(looseKey(pair[1]!))}-${ENGLISH.get(looseKey(pair[2]!))}`);
		else if (SHIFTS.has(key) && nextIsNumber) shift = SHIFTS.get(key)!;
		else if (digits || number !== undefined) {
			count = (number ?? Number(digits![1])) + shift;
			out.push(digits && shift === 0 ? digits[1]! : clock ? clockTime(count) : String(count));
			// a number from which: ૯થી ૧૧ વાગ્યા -> 9 to 11 o'clock
			if (digits && word.endsWith('થી')) out.push('to');
			shift = 0;
		} else if (unit) out.push(count === 1 ? unit[0] : unit[1]);
		else if (ENGLISH.has(key)) out.push(ENGLISH.get(key)!);
		else if (TITHI_WORDS.has(word)) out.push(latinName(word));
		else out.push('');
	});
	if (out.includes('')) return null;
	// a clock time reads 7:30, not 7:30 o'clock
	return (clock && out[out.length - 2]?.includes(':') ? out.slice(0, -1) : out).join(' ');
}

/** A count of hours as a clock time: 7.5 -> 7:30. */
function clockTime(hours: number): string {
	const minutes = Math.round((hours % 1) * 60);
	return minutes === 0 ? String(hours) : `${Math.floor(hours)}:${String(minutes).padStart(2, '0')}`;
}

/** A Gujarati name in plain Latin letters, each word capitalised: કાઠમંડુ -> Kathmandu. */
export function latinName(name: string): string {
	// an alias is said in English: સલીમ ઉર્ફે બબલુ શેખ -> Salim alias Bablu Shekh
	return name
		.split(' ')
		.map((word) => (ALIAS.has(word) ? 'alias' : latinWord(word)))
		.join(' ');
}

/** One word in plain Latin letters, capitalised (and each part after a hyphen). */
function latinWord(word: string): string {
	return gujaratiToLatin(word)
		.replace(/ṃ/g, 'n')
		.replace(/[śṣ]/g, 'sh')
		.replace(/ṛ/g, 'ri')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
