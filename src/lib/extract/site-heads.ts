/**
 * The common noun a site's name ends in (સોલા સિવિલ હોસ્પિટલ, શાસ્ત્રી મેદાન, ઉધના દરવાજા), with its
 * gender: a question asks the site by it (કઈ હોસ્પિટલમાં, કયા મેદાન પર), which says what is asked
 * where «કયા સ્થળમાં» does not.
 */

/** Grammatical gender, which picks કયો, કયું or કઈ. */
export type Gender = 'm' | 'n' | 'f';

const HEADS: Readonly<Record<Gender, readonly string[]>> = {
	f: ['હોસ્પિટલ', 'યુનિવર્સિટી', 'હાઇસ્કૂલ', 'હાઈસ્કૂલ', 'સ્કૂલ', 'શાળા', 'કોલેજ', 'લેબોરેટરી', 'સંસ્થા'].concat(
		['વિદ્યાપીઠ', 'મસ્જિદ', 'જેલ', 'કચેરી', 'અદાલત', 'હવેલી', 'ટેકરી', 'તળેટી', 'ગુફા', 'વાવ'],
		['ઇન્સ્ટિટ્યૂટ', 'ઇન્સ્ટિટ્યુટ', 'ચોકડી', 'હિલ', 'જીઆઈડીસી', 'કોલોની', 'સોસાયટી', 'હોટલ', 'હોટેલ', 'રેસિડેન્સી']
	),
	n: ['સ્ટેડિયમ', 'મંદિર', 'વિદ્યામંદિર', 'વિદ્યાલય', 'યાર્ડ', 'સર્કલ', 'સ્ટેશન', 'અભયારણ્ય', 'એરપોર્ટ', 'હવાઈમથક'].concat(
		['મેદાન', 'ગ્રાઉન્ડ', 'કેન્દ્ર', 'સેન્ટર', 'સંકુલ', 'જિનાલય', 'દેરાસર', 'સ્મશાનગૃહ', 'સભાગૃહ', 'ભવન', 'ઉદ્યાન'],
		['સંગ્રહાલય', 'મ્યુઝિયમ', 'ઓડિટોરિયમ', 'ચર્ચ', 'બંદર', 'સરોવર', 'તળાવ', 'એક્વેરિયમ', 'સ્મારક', 'સ્થળ', 'એપાર્ટમેન્ટ'],
		['કોમ્પ્લેક્સ']
	),
	// the oblique of a noun in -ો (દરવાજો -> દરવાજા) is what stands before an ending or a postposition
	m: ['ડેમ', 'બ્રિજ', 'પુલ', 'ચોક', 'ઉપાશ્રય', 'આશ્રમ', 'મહેલ', 'ઘાટ', 'પર્વત', 'ડુંગર', 'મોલ', 'હોલ', 'ટાવર'].concat(
		['દરવાજા', 'દરવાજો', 'કિલ્લા', 'કિલ્લો', 'બગીચા', 'બગીચો', 'પોર્ટ', 'પ્લાન્ટ', 'પાર્ક', 'ગુરુદ્વારા', 'ગેટ', 'રિસોર્ટ', 'બીચ']
	)
};

const GENDER_OF = new Map(Object.entries(HEADS).flatMap(([gender, words]) => words.map((w) => [w, gender as Gender])));

/** Words that make one noun with the head after them: કયા પોલીસ સ્ટેશનમાં, કયા માર્કેટિંગ યાર્ડમાં. */
const QUALIFIERS = new Set(['પોલીસ', 'માર્કેટિંગ', 'આરોગ્ય', 'ક્રિકેટ', 'રેલવે', 'બસ']);

/** The head noun of a site's name of two words or more, with a qualifier before it, and its gender; null if none. */
export function siteHead(answer: string): { head: string; gender: Gender } | null {
	const words = answer.split(' ');
	const gender = words.length > 1 ? GENDER_OF.get(words.at(-1)!) : undefined;
	if (!gender) return null;
	const qualified = words.length > 2 && QUALIFIERS.has(words.at(-2)!);
	return { head: words.slice(qualified ? -2 : -1).join(' '), gender };
}
