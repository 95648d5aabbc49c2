/**
 * Places named in a sentence, found from the words around them: the genitive before a ruler's
 * title (ભારતના વડાપ્રધાન), nouns such as શહેર, જિલ્લો, પ્રદેશ, ટાપુ, નદી and site nouns
 * (એરપોર્ટ, યુનિવર્સિટી, ગ્રાઉન્ડ), postpositions of place (ખાતે, નજીક, -માં આવેલું),
 * English East and West after a word (મિડલ ઇસ્ટ), and the West as a party to world affairs
 * (પશ્ચિમે, પશ્ચિમ સાથે).
 */
import type { PlaceKind } from '../bank/schema';
import {
	CITY_NOUNS,
	CITY_SITES,
	DIRECTIONS,
	isInitials,
	isNameWord,
	NAMED_REGION_NOUNS,
	nameStem as nameStemOf,
	REGION_NOUNS,
	SITE_NOUNS
} from './names';
import { looksLikeModifier, looksLikeVerb } from './stopwords';
import type { Found, Word } from './types';
import { spaced, splitEnding, stemsOf, type Split, type Splitter } from './words';

/** Titles whose holder rules a place, and the kind of place: ભારતના વડાપ્રધાન, સુરતના મેયર. */
const RULER_TITLES = new Map<string, PlaceKind>([
	['રાષ્ટ્રપતિ', 'country'],
	['વડાપ્રધાન', 'country'],
	['પ્રધાનમંત્રી', 'country'],
	['રાજદૂત', 'country'],
	['મુખ્યમંત્રી', 'region'],
	['ગવર્નર', 'region'],
	['રાજ્યપાલ', 'region'],
	['કલેક્ટર', 'region'],
	['મેયર', 'city'],
	// a constituency is named after its town: જાલોરના સાંસદ, ધોરાજીના ધારાસભ્ય
	['સાંસદ', 'city'],
	['ધારાસભ્ય', 'city']
]);

const GENITIVES = new Set(['ના', 'ની', 'નું', 'નો', 'નાં']);

/** A participle, which stands before a town's noun but names none (જોનાર ગામના, આવેલા ટાપુ): not -ીયા, which many towns end in. */
const PARTICIPLE = /(?:ેલા|ેલી|ેલું|ેલો|ેલાં|નાર|નારા|નારી|નારું|તાં)$/u;

/** Words that begin many villages' names, though common words: નાના આસંબિયા, મોટી ખાવડી, નવા વાડજ. */
const VILLAGE_PREFIXES = new Set(['નાના', 'નાની', 'મોટા', 'મોટી', 'નવા', 'નવી', 'જૂના', 'જૂની']);

/** Words after a place meaning "at", "near" or "located in" it. */
const AT_WORDS = new Set(['ખાતે', 'નજીક', 'નજીકના', 'નજીકની', 'નજીકનું', 'સ્થિત']);

/** A person's home after the genitive of a place: લાઠીના વતની, સુરતના રહેવાસી. */
const NATIVE = new Set(['વતની', 'રહેવાસી', 'રહીશ']);
/** Living in a place, after its locative: ગુલાબનગરમાં રહેતી, બેડી વિસ્તારમાં રહેતા. */
const LIVING = new Set(['રહેતા', 'રહેતી', 'રહેતો', 'રહેતાં', 'વસતા', 'વસતી', 'વસતો', 'વસતાં']);
/** States one lives in, not places: મૂંઝવણમાં રહેતા, ચિંતામાં રહેતી, ભાડામાં રહેતા. */
const NOT_LIVED_IN = new Set(['મૂંઝવણ', 'ચિંતા', 'ભય', 'ડર', 'તણાવ', 'દુઃખ', 'મુશ્કેલી', 'ગરીબી', 'ભાડા', 'ભાડે', 'અંધકાર', 'આશા']);

/** Having come from a place, after its ablative: સિરોહીથી આવેલા ભક્તો, જરોદથી આવેલી ટીમ. */
const ARRIVED = new Set(['આવેલા', 'આવેલી', 'આવેલાં', 'આવેલો', 'આવેલું']);
/** Words that come before "from ... came" and name no place: દૂરથી આવેલા, વિદેશથી આવેલા. */
const NOT_FROM = new Set([
	...['દૂર', 'વિદેશ', 'પરદેશ', 'બહારગામ', 'ગામડા', 'ગામડાં', 'પહેલે', 'વર્ષો', 'દિવસો', 'રાજ્ય'],
	// home, the in-laws' and the mother's people: વતનથી આવેલા સ્વજનો, સાસરેથી આવેલી દીકરી
	...['વતન', 'ઘર', 'ઘરે', 'સાસરે', 'સાસરિયે', 'સાસરી', 'પિયર', 'પિયરે', 'મોસાળ', 'મોસાળે', 'ગામે', 'શહેરે']
]);

/** Area nouns (વિસ્તાર) that a common adjective or a unit stands before as often as a name: ગ્રામ્ય વિસ્તાર. */
const AREA_NOUNS = new Set(['વિસ્તાર']);
const AREA_ADJECTIVES = new Set([
	...['ગ્રામ્ય', 'શહેરી', 'પહાડી', 'સરહદી', 'દરિયાકાંઠા', 'દરિયાકાંઠાના', 'કાંઠા', 'જંગલ', 'અસરગ્રસ્ત', 'ડુંગરાળ'],
	...['રહેણાંક', 'ઔદ્યોગિક', 'કોટ', 'પછાત', 'આસપાસ', 'આસપાસના', 'નીચાણવાળા', 'અંતરિયાળ', 'રણ', 'સમગ્ર'],
	...['વિશાળ', 'ખેતી', 'વન', 'શહેર', 'ગામ', 'તાલુકા', 'જિલ્લા', 'પ્રતિબંધિત', 'સંવેદનશીલ', 'વરસાદી'],
	// units of an area's size: ૩૫,૦૦૦ ચોરસ કિલોમીટર વિસ્તાર
	...['કિલોમીટર', 'કિમી', 'મીટર', 'હેક્ટર', 'એકર', 'ફૂટ', 'વીઘા']
]);

/** Auxiliaries and "became" after a verb or an adjective: the word before one is no name (ગામ ખાલી થયું). */
const AUXILIARIES = new Set(['છે', 'હતું', 'હતી', 'હતા', 'હતો', 'હતાં', 'હશે', 'થયું', 'થયો', 'થઈ', 'થયા', 'થયાં', 'થશે', 'બન્યું', 'બની']);

/** "located": X-માં આવેલું. */
const LOCATED = new Set(['આવેલ', 'આવેલા', 'આવેલી', 'આવેલું']);

/** How many words before a site noun may belong to its name. */
const MOST_SITE_WORDS = 4;

/** More nouns that end the name of a site: મેલબોર્ન ક્રિકેટ ગ્રાઉન્ડ, ઉધના દરવાજા, ગબ્બર પર્વત. */
const MORE_SITE_NOUNS = [
	...['ગ્રાઉન્ડ', 'મેદાન', 'ચોક', 'દરવાજા', 'દરવાજો', 'યાર્ડ', 'સંકુલ', 'લેબોરેટરી', 'સ્મશાનગૃહ'],
	...['આશ્રમ', 'તળાવ', 'સરોવર', 'સર્કલ', 'ઘાટ', 'મસ્જિદ', 'દેરાસર', 'ગુરુદ્વારા', 'પર્વત', 'ડુંગર'],
	// schools and halls, named like colleges: જે. બી. શાહ હાઇસ્કૂલ, આદર્શ વિદ્યાલય, ટાઉન હોલ
	...['હાઇસ્કૂલ', 'હાઈસ્કૂલ', 'સ્કૂલ', 'વિદ્યાલય', 'વિદ્યામંદિર', 'ઇન્સ્ટિટ્યૂટ', 'ઇન્સ્ટિટ્યુટ', 'હોલ', 'મોલ'],
	// gates, junctions, halls, hills and industrial estates: ખંભાળિયા ગેટ, માધાપર ચોકડી, સાયખા જીઆઈડીસી
	...['ગેટ', 'ચોકડી', 'સભાગૃહ', 'ઓડિટોરિયમ', 'હિલ', 'જીઆઈડીસી', 'કોલોની', 'સોસાયટી'],
	// gardens, churches and towers named after someone: કમલા નહેરુ ઉદ્યાન, સેન્ટ મેરી ચર્ચ
	...['ઉદ્યાન', 'ચર્ચ', 'ટાવર'],
	// sanctuaries and the halls and temples of Jains: ખીજડિયા પક્ષી અભયારણ્ય, અમૃત વિહાર ઉપાશ્રય
	...['અભયારણ્ય', 'ઉપાશ્રય', 'જિનાલય'],
	// hotels and resorts, where meetings and weddings are held: તાજ હોટલ ખાતે
	...['હોટલ', 'હોટેલ', 'રિસોર્ટ'],
	// homes and beaches, where people live and fish: શ્રીજી રેસિડેન્સીમાં રહેતા, તાલિસે બીચ નજીક
	...['રેસિડેન્સી', 'એપાર્ટમેન્ટ', 'કોમ્પ્લેક્સ', 'બીચ']
];

/**
 * Site nouns that follow common words as often as names (પ્રવાસન સ્થળ, આરોગ્ય કેન્દ્ર): a site
 * only with two or more words of its name before them (અવકાશ પ્રક્ષેપણ સ્થળ).
 */
const WEAK_SITE_NOUNS = new Set(['સ્થળ', 'કેન્દ્ર', 'સેન્ટર']);

/** Every noun that ends a site's name; each has its gender in `site-heads.ts`, to ask by it. */
export const SITES: ReadonlySet<string> = new Set([...SITE_NOUNS, ...MORE_SITE_NOUNS, ...WEAK_SITE_NOUNS]);

/** Nouns after a region's name that stay out of the answer, besides જિલ્લો and the like: નર્મદા નદી. */
const MORE_REGION_NOUNS = new Set(['નદી', 'નદીના', 'નદીની', 'નદીનું', 'નદીનાં', 'નદીમાં', 'નદીએ', 'નદીને', 'નદીથી']);

/** The West: the compass word as a party (પશ્ચિમે અલગ કર્યા, પશ્ચિમ સાથે સ્ટેન્ડઓફ). */
const WEST = new Set(['પશ્ચિમ', 'પશ્ર્ચિમ']);

/** Endings and words after પશ્ચિમ that make it the West, not a direction (પશ્ચિમ ભાગ, પશ્ચિમ કચ્છ). */
const WEST_ENDINGS = new Set(['ે', 'ના', 'ની', 'નું', 'નો', 'ને', 'થી']);
const WEST_AFTER = new Set(['સાથે', 'સામે', 'વિરુદ્ધ', 'તરફથી']);

/** Words that begin no site's name: what comes before it (અમદાવાદ સ્થિત, સૌથી મોટા ગણાતા, ચોથી ટેસ્ટ). */
const SITE_BREAKS = new Set([
	...['પહેલો', 'પહેલી', 'પહેલું', 'બીજો', 'બીજું', 'ત્રીજો', 'ત્રીજી', 'ત્રીજું', 'ચોથો', 'ચોથી', 'ચોથું'],
	...['સ્થિત', 'મુખ્ય', 'ગણાતા', 'ગણાતી', 'ગણાતું', 'ગણાતો', 'આવેલ', 'આવેલા', 'આવેલી', 'આવેલું', 'આવેલો', 'પ્રખ્યાત'],
	...['જાણીતા', 'જાણીતી', 'જાણીતું', 'જાણીતો', 'ઐતિહાસિક', 'નવો', 'નવા', 'નવી', 'નવું', 'જૂનો', 'જૂના', 'જૂની', 'સરકારી', 'ખાનગી'],
	...['ટેસ્ટ', 'મેચ', 'વનડે', 'ફાઇનલ', 'સેમિફાઇનલ'],
	// what goes to a site, named before it: યાત્રા શિશુવિહાર સર્કલ થઈને, ટ્રેન અમદાવાદ સ્ટેશન
	...['યાત્રા', 'રથયાત્રા', 'શોભાયાત્રા', 'રેલી', 'સરઘસ', 'ટ્રેન', 'બસ', 'વિમાન', 'ફ્લાઇટ', 'હૃદય']
]);

/** Titles of respect before the initials of a founder a site is named after: શેઠ કે. એમ. દેસાઈ હાઈસ્કૂલ. */
export const SITE_TITLES: ReadonlySet<string> = new Set(['શેઠ', 'શ્રી', 'શ્રીમતી', 'સર', 'સ્વ']);

/** Titles of someone a site is named after, which its name keeps: સ્વામી વિવેકાનંદ ઓડિટોરિયમ, શહીદ ભગતસિંહ ઉદ્યાન. */
const NAMESAKE_TITLES = new Set(['સ્વામી', 'શહીદ', 'સંત', 'ભગવાન', 'વીર', 'લોકમાન્ય', 'નેતાજી', 'રાજમાતા', 'મહારાજા', 'ગુરુ']);

/** Common words that site names carry (મેલબોર્ન ક્રિકેટ ગ્રાઉન્ડ, સિવિલ હોસ્પિટલ), though no person's name would. */
const SITE_NAME_WORDS = new Set([
	...['ક્રિકેટ', 'ફૂટબોલ', 'હોકી', 'ટેનિસ', 'બેડમિન્ટન', 'આંતરરાષ્ટ્રીય', 'રાષ્ટ્રીય', 'સિવિલ', 'જનરલ'],
	...['મેડિકલ', 'પોલીસ', 'મેઈન', 'મેઇન', 'હાઉસિંગ', 'પક્ષી', 'વન્યજીવ', 'જૈન', 'રેલવે', 'નેશનલ', 'ઇન્ટરનેશનલ'],
	...['સેન્ટ્રલ', 'જિલ્લા', 'તાલુકા', 'પ્રાથમિક', 'માધ્યમિક', 'કન્યા', 'કુમાર', 'સામૂહિક', 'પ્રાદેશિક', 'ક્રાઈમ', 'ક્રાઇમ'],
	// kinds of health centre, named so in every town: અર્બન હેલ્થ સેન્ટર, કોમ્યુનિટી હેલ્થ સેન્ટર
	...['અર્બન', 'હેલ્થ', 'કોમ્યુનિટી', 'પ્રાઇમરી', 'શહેરી', 'આરોગ્ય', 'રેફરલ'],
	// what a centre, a station or a plant does, which names no one of them: મિશન કંટ્રોલ સેન્ટર, ગ્રાઉન્ડ સ્ટેશન, પાઉડર પ્લાન્ટ
	...['મિશન', 'કંટ્રોલ', 'કોમર્શિયલ', 'ગ્રાઉન્ડ', 'ભૂગર્ભ', 'અંતરિક્ષ', 'ઇમરજન્સી', 'ઓપરેશન', 'નેચર', 'પાઉડર', 'મિલ્ક', 'રમત', 'રમતગમત']
]);

/** East and West in English, written in Gujarati: the second word of a region's name (મિડલ ઇસ્ટ). */
const COMPASS_NOUNS = new Set(['ઇસ્ટ', 'ઈસ્ટ', 'વેસ્ટ']);

/** All the nouns the rules look for. */
const NOUNS = new Set([...CITY_NOUNS, ...REGION_NOUNS, ...NAMED_REGION_NOUNS, ...SITES, 'દેશ']);

/** Words read once per text: each splitter (one per text) keeps its own readings. */
const readings = new WeakMap<Splitter, { nouns: Map<string, Split>; names: Map<string, Split | null> }>();

/** The memo of `split`'s text. */
function memoOf(split: Splitter) {
	let memo = readings.get(split);
	if (!memo) readings.set(split, (memo = { nouns: new Map(), names: new Map() }));
	return memo;
}

/** nameStem of names.ts, worked out once per word of a text. */
function nameStemFor(word: string, split: Splitter): Split | null {
	const { names } = memoOf(split);
	let value = names.get(word);
	if (value === undefined) names.set(word, (value = nameStemOf(word, split)));
	return value;
}

/** A word split at its case ending, reading a known noun whole: રાજધાની is not રાજધા + ની. */
function nounSplit(word: string, split: Splitter): Split {
	const { nouns } = memoOf(split);
	let value = nouns.get(word);
	if (value === undefined) nouns.set(word, (value = readNoun(word, split)));
	return value;
}

/** nounSplit, not remembered. A locative may stand before the ending: ગામેથી is ગામ. */
function readNoun(word: string, split: Splitter): Split {
	const noun = stemsOf(word)
		.flatMap((s) => (s.endsWith('ે') && s !== word ? [s, s.slice(0, -1)] : [s]))
		.find((s) => NOUNS.has(s));
	return noun === undefined ? split(word) : { stem: noun, ending: word.slice(noun.length) };
}

/** A place ending at the stem of word `at` and starting at word `from`. */
function placeAt(words: readonly Word[], from: number, at: number, kind: PlaceKind, split: Splitter): Found {
	const last = words[at]!;
	const end = last.start + nounSplit(last.text, split).stem.length;
	return { category: 'place', kind, start: words[from]!.start, end, rule: 'place-word' };
}

/** Every place the context points to in the words of one sentence; `split` reads case endings. */
export function findPlaces(text: string, words: readonly Word[], split: Splitter = splitEnding): Found[] {
	const found: Found[] = [];
	const nameStem = (word: string) => nameStemFor(word, split);
	const place = (from: number, at: number, kind: PlaceKind) => placeAt(words, from, at, kind, split);
	words.forEach((word, i) => {
		const prev = words[i - 1];
		const next = words[i + 1];
		const { stem, ending } = nounSplit(word.text, split);
		const prevName = spaced(text, prev, word) ? nameStem(prev!.text) : null;

		const ruler = next && spaced(text, word, next) ? RULER_TITLES.get(next.text) : undefined;
		const owner = nameStem(word.text);
		if (ruler && owner && GENITIVES.has(owner.ending)) {
			// a compass word before the name belongs to it: દક્ષિણ આફ્રિકાના રાષ્ટ્રપતિ
			const from = prev && DIRECTIONS.has(prev.text) && spaced(text, prev, word) ? i - 1 : i;
			found.push({ ...place(from, i, ruler), rule: 'genitive-title' });
		}
		if (CITY_NOUNS.has(stem)) {
			// "શહેર ડૂબે છે": a verb, not a name, stands before an auxiliary
			const verb = AUXILIARIES.has(words[i + 2]?.text ?? '') && spaced(text, next, words[i + 2]);
			const after = ending === '' && spaced(text, word, next) && !verb ? nameStem(next!.text) : null;
			if (after) found.push(place(i + 1, i + 1, 'city'));
			else if (prevName?.ending === '' && !PARTICIPLE.test(prev!.text)) {
				// નાના આસંબિયા, મોટી ખાવડી: a village's name may begin with its size or age
				const sized = i > 1 && VILLAGE_PREFIXES.has(words[i - 2]!.text) && spaced(text, words[i - 2], prev);
				found.push(place(sized ? i - 2 : i - 1, i - 1, 'city'));
			}
		}
		const regionNoun = REGION_NOUNS.has(stem) || MORE_REGION_NOUNS.has(word.text);
		if (regionNoun && prevName?.ending === '' && !PARTICIPLE.test(prev!.text)) found.push(place(i - 1, i - 1, 'region'));
		// a compass word is a whole name before પ્રદેશ: ઉત્તર પ્રદેશ, મધ્ય પ્રદેશ
		const compass = prev !== undefined && DIRECTIONS.has(prev.text) && spaced(text, prev, word);
		if (NAMED_REGION_NOUNS.has(stem) && (prevName?.ending === '' || compass))
			found.push(place(i - 1, i, 'region'));
		if (stem === 'દેશ' && prevName?.ending === '') found.push(place(i - 1, i - 1, 'country'));
		if (SITES.has(stem)) found.push(...site(text, words, i, split));
		const west = [...WEST].find((w) => word.text.startsWith(w));
		if (west !== undefined) {
			const rest = word.text.slice(west.length);
			const party = rest === '' ? spaced(text, word, next) && WEST_AFTER.has(next!.text) : WEST_ENDINGS.has(rest);
			const end = word.start + west.length;
			if (party) found.push({ category: 'place', kind: 'region', start: word.start, end, rule: 'place-word' });
		}
		// a site's noun before ખાતે is the site's, found above: સાયખા જીઆઈડીસી ખાતે
		const atSite = prev !== undefined && SITES.has(nounSplit(prev.text, split).stem);
		// a compass word before the name makes it a pole or a part, no city: ચંદ્રના દક્ષિણ ધ્રુવ નજીક
		const compassed = i > 1 && DIRECTIONS.has(words[i - 2]!.text) && spaced(text, words[i - 2], prev);
		if (AT_WORDS.has(word.text) && prevName?.ending === '' && !atSite && !compassed) found.push(place(i - 1, i - 1, 'city'));
		if (AREA_NOUNS.has(stem) && prevName?.ending === '' && !AREA_ADJECTIVES.has(prev!.text) && !PARTICIPLE.test(prev!.text)) {
			found.push(place(i - 1, i - 1, 'region'));
		}
		const home = spaced(text, word, next) && owner;
		// મૂળ (originally) may stand between: સાદડીના મૂળ વતની
		const native = next?.text === 'મૂળ' && spaced(text, next, words[i + 2]) ? words[i + 2]! : next;
		if (home && GENITIVES.has(owner.ending) && NATIVE.has(splitEnding(native!.text).stem)) found.push(place(i, i, 'city'));
		const lived = home && owner.ending === 'માં' && LIVING.has(next!.text) && !AREA_NOUNS.has(stem) && !NOT_LIVED_IN.has(owner.stem);
		// a site's noun is found with its name above: શાંતિવન સોસાયટીમાં રહેતા
		if (lived && !SITES.has(stem)) found.push(place(i, i, 'city'));
		if (home && owner.ending === 'થી' && ARRIVED.has(next!.text) && !NOT_FROM.has(owner.stem)) found.push(place(i, i, 'city'));
		const english = stemsOf(word.text).find((s) => COMPASS_NOUNS.has(s));
		if (english && prevName?.ending === '') {
			found.push({ category: 'place', kind: 'region', start: prev!.start, end: word.start + english.length, rule: 'place-word' });
		}
		// "-વામાં આવેલું" is the passive of a verb (દર્શાવવામાં આવેલા), not a place
		if (ending === 'માં' && next && LOCATED.has(next.text) && owner && !stem.endsWith('વા')) {
			found.push(place(i, i, 'city'));
		}
	});
	// two rules may point to the same words: નાસિકના સ્ટેશન after "શહેર"
	return found.filter((f, i) => found.findIndex((g) => g.start === f.start && g.end === f.end) === i);
}

/** A site named by the words before its noun (રેલવે સ્ટેશન), and the city owning it (અમદાવાદના એરપોર્ટ). */
function site(text: string, words: readonly Word[], at: number, split: Splitter): Found[] {
	const nameStem = (word: string) => nameStemFor(word, split);
	const place = (from: number, to: number, kind: PlaceKind) => placeAt(words, from, to, kind, split);
	let from = at;
	while (from > 0 && at - from < MOST_SITE_WORDS && spaced(text, words[from - 1], words[from])) {
		const word = words[from - 1]!.text;
		// a participle before a site is no part of its name (નીકળેલી અંતિમયાત્રા), an adjective of its name is (આંતરરાષ્ટ્રીય)
		const named = SITE_NAME_WORDS.has(word);
		if (!named && (SITE_BREAKS.has(word) || looksLikeModifier(word) || looksLikeVerb(word))) break;
		// towns joined by a hyphen are places each (વાપી-દમણ), found apart: no name of the site after them
		if (word.includes('-') && !isInitials(word)) break;
		const name = nameStem(word);
		// English "-way" words end like an ergative but carry none: રેલવે સ્ટેશન, હાઇવે
		const way = word.endsWith('વે') && isNameWord(word);
		if (!way && !SITE_NAME_WORDS.has(word) && (!name || name.ending !== '')) break;
		from--;
	}
	// initials before the name belong to it: યુ. આર. રાવ સેટેલાઇટ સેન્ટર
	const initial = (k: number) => isInitials(words[k]!.text) && /^\. ?$/.test(text.slice(words[k]!.end, words[k + 1]!.start));
	const afterInitials = from;
	while (from > 0 && from < at && initial(from - 1)) from--;
	// two initials or more are a name by themselves: એમ. એસ. યુનિવર્સિટી
	let first = at;
	while (from === at && first > 0 && initial(first - 1)) first--;
	if (at - first >= 2) from = first;
	// a title of respect may stand before its initials: શેઠ કે. એમ. દેસાઈ હાઈસ્કૂલ
	const titled = (titles: ReadonlySet<string>) =>
		from > 0 && spaced(text, words[from - 1], words[from]) && titles.has(words[from - 1]!.text);
	if (from < afterInitials && titled(SITE_TITLES)) from--;
	else if (from < at && titled(NAMESAKE_TITLES)) from--;
	const found: Found[] = [];
	const least = WEAK_SITE_NOUNS.has(nounSplit(words[at]!.text, split).stem) ? 2 : 1;
	// words every such site has (સિવિલ હોસ્પિટલ, પોલીસ સ્ટેશન) name none of them
	const generic = words.slice(from, at).every((w) => SITE_NAME_WORDS.has(w.text));
	if (at - from >= least && !generic) found.push(place(from, at, 'site'));
	const owner = spaced(text, words[from - 1], words[from]) ? nameStem(words[from - 1]!.text) : null;
	const noun = nounSplit(words[at]!.text, split).stem;
	if (owner && GENITIVES.has(owner.ending) && CITY_SITES.has(noun))
		found.push(place(from - 1, from - 1, 'city'));
	return found;
}
