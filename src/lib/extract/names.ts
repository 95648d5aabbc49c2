/**
 * Whether a word can be part of a name, and the nouns and titles the name rules look for.
 * Shared by the person and place rules so both stop at the same words.
 */
import { isDateWord } from './dates';
import { STOPWORDS } from './stopwords';
import { isGujaratiWord, splitEnding, type Split, type Splitter } from './words';

/** Titles and roles written before a name (વડાપ્રધાન નરેન્દ્ર ..., લેફ્ટનન્ટ જનરલ ...). */
export const TITLES: ReadonlySet<string> = new Set([
	...['રાષ્ટ્રપતિ', 'ઉપરાષ્ટ્રપતિ', 'પ્રમુખ', 'નેતા', 'મંત્રી', 'પ્રધાન', 'મુખ્યમંત્રી', 'વડાપ્રધાન'],
	...['પ્રધાનમંત્રી', 'ગવર્નર', 'રાજ્યપાલ', 'પ્રવક્તા', 'કમાન્ડર', 'જનરલ', 'લેફ્ટનન્ટ', 'કર્નલ'],
	...['મેજર', 'કેપ્ટન', 'શ્રી', 'શ્રીમતી', 'સુશ્રી', 'ડૉ.', 'ડો.', 'ડૉક્ટર', 'પ્રોફેસર', 'પ્રો.'],
	...['સાંસદ', 'ધારાસભ્ય', 'મેયર', 'કલેક્ટર', 'કમિશનર', 'ન્યાયાધીશ', 'જસ્ટિસ', 'ચેરમેન'],
	...['અધ્યક્ષ', 'સચિવ', 'રાજદૂત', 'એમ્બેસેડર', 'ડિરેક્ટર', 'નિર્દેશક', 'કોચ', 'કપ્તાન']
]);

/** Nouns that name a city after or before them: "શહેર નાસિક", "ભુજ શહેરમાં". */
export const CITY_NOUNS: ReadonlySet<string> = new Set(['શહેર', 'ગામ', 'મહાનગર', 'નગર', 'રાજધાની']);

/**
 * Nouns after a region's name, left out of the answer: "ભરૂચ જિલ્લાના" -> ભરૂચ. Not રાજ્ય:
 * "ચીની રાજ્ય મીડિયા" is state media far more often than a state's name.
 */
export const REGION_NOUNS: ReadonlySet<string> = new Set(['જિલ્લો', 'જિલ્લા', 'તાલુકો', 'તાલુકા', 'પ્રાંત', 'ટાપુ']);

/** Nouns that are part of a region's name: ઉત્તર પ્રદેશ, રોબેન આઇલેન્ડ. */
export const NAMED_REGION_NOUNS: ReadonlySet<string> = new Set(['પ્રદેશ', 'આઇલેન્ડ', 'આઈલેન્ડ']);

/** Nouns that end the name of a site: "સરદાર પટેલ યુનિવર્સિટી", "રેલવે સ્ટેશન". */
export const SITE_NOUNS: ReadonlySet<string> = new Set([
	...['એરપોર્ટ', 'હવાઈમથક', 'સ્ટેશન', 'બંદર', 'પોર્ટ', 'સ્ટેડિયમ', 'યુનિવર્સિટી', 'મંદિર'],
	...['હોસ્પિટલ', 'એક્વેરિયમ', 'પ્લાન્ટ', 'કિલ્લો', 'મહેલ', 'મ્યુઝિયમ', 'સંગ્રહાલય', 'ડેમ'],
	...['બ્રિજ', 'પાર્ક', 'સ્મારક', 'કોલેજ']
]);

/**
 * Sites that belong to a city, so "X-ના એરપોર્ટ" names the city X. Not temples or memorials:
 * "સરદાર પટેલનું સ્મારક" belongs to a person.
 */
export const CITY_SITES: ReadonlySet<string> = new Set(
	['એરપોર્ટ', 'હવાઈમથક', 'સ્ટેશન', 'બંદર', 'પોર્ટ', 'સ્ટેડિયમ', 'યુનિવર્સિટી', 'મ્યુઝિયમ']
);

/** Bodies and groups whose names take the genitive before a title, and are not places. */
const INSTITUTIONS = new Set([
	...['પરિષદ', 'સરકાર', 'પક્ષ', 'મંત્રાલય', 'સંઘ', 'બોર્ડ', 'કંપની', 'બેંક', 'સમિતિ', 'ફોર્સ'],
	...['સેના', 'સૈન્ય', 'પોલીસ', 'કોર્ટ', 'અદાલત', 'સંસ્થા', 'વિભાગ', 'ટીમ', 'ક્લબ', 'મીડિયા'],
	...['એજન્સી', 'કાઉન્સિલ', 'દેશ', 'દેશો', 'વિશ્વ', 'વિશ્ર્વ', 'દુનિયા']
]);

/** The compass words that begin many names: ઉત્તર પ્રદેશ, દક્ષિણ આફ્રિકા. */
export const DIRECTIONS: ReadonlySet<string> = new Set(['ઉત્તર', 'દક્ષિણ', 'પૂર્વ', 'પશ્ચિમ', 'પશ્ર્ચિમ', 'મધ્ય']);

const NOUNS = [CITY_NOUNS, REGION_NOUNS, NAMED_REGION_NOUNS, SITE_NOUNS];

/** Whether a word (without its case ending) may be part of a name: Gujarati, and not a common word. */
export function isNameWord(stem: string): boolean {
	return (
		isGujaratiWord(stem) &&
		[...stem].length >= 2 &&
		!STOPWORDS.has(stem) &&
		!TITLES.has(stem) &&
		!INSTITUTIONS.has(stem) &&
		!DIRECTIONS.has(stem) &&
		!NOUNS.some((nouns) => nouns.has(stem)) &&
		!isDateWord(stem)
	);
}

/**
 * The word split at its case ending if its stem may be part of a name, else null; the whole word
 * must not be a stopword either. `split` reads the ending (the text's own usage may guide it).
 */
export function nameStem(word: string, split: Splitter = splitEnding): Split | null {
	if (STOPWORDS.has(word) || isDateWord(word)) return null;
	const parts = split(word);
	return isNameWord(parts.stem) ? parts : null;
}
