/**
 * Common Gujarati words that a place list would take for a place: words read like the Latin name
 * of some town (ગયા: Gaya, ધારી: Dhari, ખૂલતી: Kulti), and words CLDR spells a far place with
 * (હવાના: Havana, but "of the air"; જર્સી: Jersey, but a team's shirt). Written by hand after
 * reading every place name the data sources give against the words of a Gujarati dictionary.
 * scripts/build-places.ts leaves such names out; the words around a place (જિલ્લો, શહેર,
 * ખાતે) can still show that one is meant.
 */
import { HINDU_MONTHS, MONTH_ADJECTIVES, TITHIS } from '../quiz/hindu-calendar';
import { nameKey, placeKey, spellingKey } from './place-key';

/** The words, as written. */
const WORDS: readonly string[] = [
	// verbs and their forms
	...['ગયા', 'ગયાના', 'ઝઘડી', 'ખૂલતી', 'ધારી'],
	// nouns and adjectives
	...['ધોળા', 'મંડળ', 'ભંડારી', 'સમી', 'કડી', 'લાઠી', 'સિક્કા', 'જોડી', 'મૂલ્ય', 'વાદળી', 'કઠોર', 'બેડી', 'ગરબડ', 'વીંછી'],
	...['મંડળી', 'કોથળી', 'મધુરી', 'બુઢ્ઢું', 'ઢોંગી', 'ચૂક', 'ચિતા', 'મદિરા', 'દિલી', 'અડક', 'બરડામાં'],
	...['બિલાડી', 'ડુંગર', 'ડુંગરી', 'બાંધણી', 'ખંડેર', 'નવજીવન', 'લીમડી', 'બેસતાં', 'સેવની', 'ઉંમરની'],
	// numbers, festivals, names of gods and people, English words
	...['ચોર્યાસી', 'ચોરાસી', 'ઉતરાણ', 'ઈસ્ટર', 'મેઘરાજા', 'રોહિણી', 'સુરભિ', 'અદિતિના', 'વિક્ટોરિયા'],
	...['સેનાપતિ', 'ચિંતામણિ', 'ઇસ્માઇલી', 'રાજાશાહી', 'કંસારી'],
	// English words written in Gujarati
	...['કન્ટ્રી', 'શિપિંગ', 'માઇનિંગ', 'વૉકિંગ', 'ટાઈપિંગ', 'જિનિંગ', 'કૉન્સ્ટન્ટ', 'કેન્દ્રીય', 'કિલકારી', 'તાડપત્રી'],
	// indoor and outdoor (a stadium, a hospital's wards): Indore is written ઇન્દોર
	...['ઇન્ડોર', 'ઈન્ડોર', 'આઉટડોર'],
	// bodies and things named like a far place
	...['જર્સી', 'હવાના', 'સાર્ક'],
	// a country's people and things, which a place list reads as the country (જાપાની રોકાણ)
	...['જાપાની', 'ચીની', 'નેપાળી', 'પાકિસ્તાની', 'ઇઝરાયેલી', 'ઈઝરાયેલી', 'ઇરાકી', 'અફઘાની', 'બાંગ્લાદેશી', 'કુવૈતી'],
	// the stem of જુબાની, a witness's testimony in every court report (Juba, South Sudan, much rarer)
	...['જુબા'],
	// the Hindu calendar's months and tithis: નોમ is a tithi before it is Nome, Alaska
	...HINDU_MONTHS.flat(),
	...MONTH_ADJECTIVES.flat(),
	...TITHIS.flat()
];

/** The words as written: one of them in a text is never read as a place it looks like (ઇન્ડોર is not ઇન્દોર). */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(WORDS);

/** Their spelling keys: a Gujarati place name with one of these is left out. */
export const NOT_PLACE_SPELLINGS: ReadonlySet<string> = new Set(WORDS.map((word) => spellingKey(word)));

/** Their place and name keys: a Latin place name with one of these is left out. */
export const NOT_PLACE_KEYS: ReadonlySet<string> = new Set(WORDS.flatMap((word) => [placeKey(word), nameKey(word)]));

/**
 * Place names that are also common nouns, with the words around one that show the noun is meant:
 * કતાર is Qatar, and a queue in every report of a crowd ("લાંબી કતાર લાગી", "કતારમાં ઊભા").
 */
const NOUN_SENSES: ReadonlyMap<string, { before: RegExp; after: RegExp }> = new Map([
	// a queue of many (વાહનોની કતાર), queues (કતારો), or one to stand and wait in
	[
		'કતાર',
		{
			before: /(?:લાંબી|લાંબીલચક|લાઇનબંધ|લાઈનબંધ|ોની)\s+$/u,
			after: /^(?:ો|(?:માં)?\s+(?:લાગ|લગાવ|લગાડ|જામ|ઊભ|ઉભ|જોવા|રાહ))/u
		}
	]
]);

/** Whether the known place `name`, written as `word` between `before` and `after`, is its common noun here. */
export function readsAsNoun(name: string, word: string, before: string, after: string): boolean {
	const sense = NOUN_SENSES.get(name);
	return sense !== undefined && word.startsWith(name) && (sense.before.test(before) || sense.after.test(word.slice(name.length) + after));
}
