/**
 * English for a draft question: dates word by word (મંગળવાર -> Tuesday, ૨૪ વર્ષ -> 24 years,
 * એપ્રિલ 2019 -> April 2019) and names in Latin letters, so a teacher sees at a glance what was
 * found and a learner may type the English answer.
 */
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
			['પહેલા', 'First'],
			['પ્રથમ', 'First'],
			['બીજા', 'Second'],
			['બીજું', 'Second'],
			['વિશ્વયુદ્ધ', 'World War'],
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

/** Number words one to twenty, by loose key. */
const NUMBERS = new Map(
	['એક', 'બે', 'ત્રણ', 'ચાર', 'પાંચ', 'છ', 'સાત', 'આઠ', 'નવ', 'દસ', 'અગિયાર', 'બાર', 'તેર', 'ચૌદ', 'પંદર']
		.concat(['સોળ', 'સત્તર', 'અઢાર', 'ઓગણીસ', 'વીસ'])
		.map((w, i) => [looseKey(w), i + 1])
);

/** A date in English, or null when some word of it has no English here. */
export function englishDate(answer: string): string | null {
	const out: string[] = [];
	let count: number | null = null;
	for (const word of toAsciiDigits(answer).split(/\s+/)) {
		const digits = /^(\d[\d,.:-]*)(?:મી|લી|જી|થી)?$/.exec(word);
		const key = looseKey(word);
		const number = digits ? null : NUMBERS.get(key);
		const unit = UNITS.get(key);
		if (digits || number !== undefined) {
			count = number ?? Number(digits![1]);
			out.push(digits ? digits[1]! : String(number));
		} else if (unit) out.push(count === 1 ? unit[0] : unit[1]);
		else if (ENGLISH.has(key)) out.push(ENGLISH.get(key)!);
		else return null;
	}
	return out.join(' ');
}

/** A Gujarati name in plain Latin letters, each word capitalised: કાઠમંડુ -> Kathmandu. */
export function latinName(name: string): string {
	return gujaratiToLatin(name)
		.replace(/ṃ/g, 'n')
		.replace(/[śṣ]/g, 'sh')
		.replace(/ṛ/g, 'ri')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
