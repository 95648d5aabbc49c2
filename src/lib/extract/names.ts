/**
 * Whether a word can be part of a name, and the nouns and titles the name rules look for.
 * Shared by the person and place rules so both stop at the same words.
 */
import { isDateWord } from './dates';
import { GUJARATI_INITIAL } from '../text/sentences';
import { STOPWORDS } from './stopwords';
import { isGujaratiWord, splitEnding, type Split, type Splitter } from './words';

/** Titles and roles written before a name (વડાપ્રધાન નરેન્દ્ર ..., લેફ્ટનન્ટ જનરલ ...). */
export const TITLES: ReadonlySet<string> = new Set([
	...['રાષ્ટ્રપતિ', 'ઉપરાષ્ટ્રપતિ', 'પ્રમુખ', 'નેતા', 'મંત્રી', 'પ્રધાન', 'મુખ્યમંત્રી', 'વડાપ્રધાન'],
	...['પ્રધાનમંત્રી', 'ગવર્નર', 'રાજ્યપાલ', 'પ્રવક્તા', 'કમાન્ડર', 'જનરલ', 'લેફ્ટનન્ટ', 'કર્નલ'],
	...['મેજર', 'કેપ્ટન', 'ડૉક્ટર', 'પ્રોફેસર', 'ઉપમુખ્યમંત્રી', 'મહામંત્રી', 'મહાસચિવ', 'સેક્રેટરી'],
	...['ઉપાધ્યક્ષ', 'ઉપપ્રમુખ', 'સ્પીકર', 'સેનેટર', 'ચાન્સેલર', 'બ્રિગેડિયર', 'મહંત', 'સ્વામી'],
	// honorifics: the shortened ones are written with a dot that stands outside the word (ડૉ. રમેશ)
	...['શ્રી', 'શ્રીમતી', 'સુશ્રી', 'શ્રીમાન', 'સ્વર્ગસ્થ', 'સ્વર્ગીય', 'પૂજ્ય', 'કુમારી', 'હાજી'],
	...['ડૉ', 'ડો', 'પ્રો', 'સ્વ', 'પૂ', 'કુ'],
	...['સાંસદ', 'ધારાસભ્ય', 'મેયર', 'કલેક્ટર', 'કમિશનર', 'ન્યાયાધીશ', 'જસ્ટિસ', 'ચેરમેન'],
	...['અધ્યક્ષ', 'સચિવ', 'રાજદૂત', 'એમ્બેસેડર', 'ડિરેક્ટર', 'નિર્દેશક', 'કોચ', 'કપ્તાન']
]);

/**
 * Roles written before a name that also stand before common nouns (ખેલાડી તરીકે, શિક્ષક ભરતી):
 * only what looks like a name after one is taken for a person's.
 */
export const ROLES: ReadonlySet<string> = new Set([
	...['ખેલાડી', 'ક્રિકેટર', 'બેટ્સમેન', 'બેટર', 'બોલર', 'ઓલરાઉન્ડર', 'વિકેટકીપર', 'ઓપનર', 'સુકાની'],
	...['સ્પિનર', 'પેસર', 'ફૂટબોલર', 'ગ્રાન્ડમાસ્ટર', 'ગોલકીપર', 'ડિફેન્ડર', 'સ્ટ્રાઇકર', 'રેસલર', 'શટલર'],
	...['અભિનેતા', 'અભિનેત્રી', 'એક્ટર', 'ગાયક', 'ગાયિકા', 'સંગીતકાર', 'લેખક', 'લેખિકા', 'કવિ', 'કવયિત્રી'],
	...['સાહિત્યકાર', 'પત્રકાર', 'વૈજ્ઞાનિક', 'ઉદ્યોગપતિ', 'અધિકારી', 'કલાકાર', 'દિગ્દર્શક', 'નિર્માતા'],
	...['આરોપી', 'શિક્ષક', 'શિક્ષિકા', 'તબીબ', 'એડવોકેટ', 'ધારાશાસ્ત્રી', 'ખેડૂત', 'વિદ્યાર્થી', 'વિદ્યાર્થિની'],
	...['યુવક', 'યુવતી', 'કાર્યકર', 'કાર્યકર્તા', 'આગેવાન', 'અગ્રણી', 'સભ્ય', 'સદસ્ય', 'સ્થાપક', 'સંસ્થાપક'],
	...['માલિક', 'સંચાલક', 'ટ્રસ્ટી', 'ચેમ્પિયન', 'દોડવીર', 'શૂટર', 'બોક્સર', 'કુસ્તીબાજ', 'પહેલવાન'],
	...['એથ્લેટ', 'ગોલ્ફર', 'સ્ટાર', 'ઉમેદવાર', 'અવકાશયાત્રી', 'સૈનિક', 'જવાન', 'શહીદ', 'પુત્ર', 'પુત્રી'],
	...['પત્ની', 'પતિ', 'દીકરો', 'દીકરી', 'પૌત્ર', 'પૌત્રી', 'પિતા', 'માતા', 'ભાઈ', 'ભાઇ', 'બહેન', 'બેન'],
	...['કાકા', 'કાકી', 'મામા', 'મામી', 'ફોઈ', 'માસી', 'દાદા', 'દાદી', 'ભાભી', 'સસરા', 'સાસુ', 'જમાઈ'],
	...['ભત્રીજો', 'ભત્રીજી', 'ભત્રીજા', 'ભાણેજ', 'પુત્રવધૂ', 'પૌત્રો', 'સ્વજન', 'પડોશી', 'મિત્ર', 'સાગરીત'],
	...['ઇન્સ્પેક્ટર', 'પીઆઈ', 'પીએસઆઈ', 'એસપી', 'ડીએસપી', 'ડીસીપી', 'ડીજીપી', 'ડીઆઈજી', 'આઈજી'],
	...['સરપંચ', 'કોર્પોરેટર', 'નગરસેવક', 'તલાટી', 'મામલતદાર', 'પ્રિન્સિપાલ', 'કુલપતિ', 'ઉપકુલપતિ'],
	...['ન્યાયમૂર્તિ', 'જજ', 'ડીવાયએસપી', 'પીઆઇ', 'પીએસઆઇ', 'એએસઆઈ', 'એએસઆઇ', 'કોન્સ્ટેબલ', 'જમાદાર'],
	...['ટીડીઓ', 'ડીડીઓ', 'સીઈઓ', 'સીઇઓ', 'ચેરપર્સન', 'નિયામક', 'અધિક્ષક', 'ડીન', 'પ્રભારી', 'સંયોજક'],
	...['કન્વીનર', 'ઇન્ચાર્જ', 'સંશોધક', 'ઇતિહાસકાર', 'ઉદ્યોગકાર', 'વેપારી', 'અમ્પાયર', 'રેફરી', 'પૂજારી'],
	...['સંત', 'સાધ્વી', 'મુનિ', 'શાયર', 'ફોટોગ્રાફર', 'ડિઝાઇનર', 'વિજેતા', 'તરવૈયો', 'પર્વતારોહક'],
	...['ડ્રાઇવર', 'ડ્રાઈવર', 'ચાલક', 'કંડક્ટર', 'મજૂર', 'શ્રમિક', 'ગૃહિણી', 'પીડિત', 'પીડિતા', 'ફરિયાદી'],
	...['અરજદાર', 'મતદાર', 'નાગરિક', 'રહેવાસી', 'રહીશ', 'વતની', 'પ્રવાસી', 'યાત્રાળુ', 'ભક્ત', 'દર્દી', 'નર્સ'],
	...['સલાહકાર', 'એન્કર', 'યુટ્યુબર', 'ઇન્ફ્લુએન્સર', 'સ્વયંસેવક', 'કર્મચારી', 'અભ્યાસુ', 'નિષ્ણાત', 'તજજ્ઞ', 'દાતા', 'મહેમાન', 'આયોજક'],
	// trades and offices of reports from work, hospitals, forests, letters and churches
	...['મેનેજર', 'ઓફિસર', 'અફસર', 'એન્જિનિયર', 'ઇજનેર', 'ટેકનિશિયન', 'સુપરવાઇઝર', 'ક્લાર્ક', 'ફોરમેન'],
	...['કારીગર', 'ચોકીદાર', 'વોચમેન', 'ગાર્ડ', 'પાઇલટ', 'પાયલટ', 'ઇએમટી', 'આરએફઓ', 'ડીએફઓ', 'વનપાલ'],
	...['વનરક્ષક', 'સંરક્ષક', 'વિવેચક', 'અનુવાદક', 'અભ્યાસી', 'સંપાદક', 'તંત્રી', 'પ્રકાશક', 'નવલકથાકાર', 'નાટ્યકાર'],
	...['ચિત્રકાર', 'શિલ્પકાર', 'નૃત્યાંગના', 'પ્રાધ્યાપક', 'અધ્યાપક', 'સર્જન', 'ફિઝિશિયન', 'ટ્રેનર', 'ખજાનચી'],
	...['ઉપસરપંચ', 'ગ્રામસેવક', 'સિસ્ટર', 'ફાધર', 'પાદરી', 'મૌલાના', 'ઇમામ', 'બિશપ', 'પ્રમોટર', 'બેન્કર'],
	...['રજિસ્ટ્રાર', 'સહાયક', 'સાળા', 'સાળો', 'સાળી', 'બનેવી']
]);

/** Roles of many, before a list of names: મંત્રીઓ ..., ખેલાડીઓ ..., સર્વશ્રી .... */
const LIST_TITLES: ReadonlySet<string> = new Set(['સર્વશ્રી']);

/** Whether a title or role is one a name surely follows (વડાપ્રધાન), or a role that may not (ખેલાડી). */
export type TitleKind = { strong: boolean; many: boolean };

/** Whether `word` is `part` joined to a word before it: ગૃહમંત્રી, શિક્ષણાધિકારી, રિક્ષાચાલક. */
const joinedTo = (word: string, part: string) => word.endsWith(part) && word.length > part.length + 1;

/**
 * A title with શ્રી joined for respect (મુખ્યમંત્રીશ્રી), a ministry joined to મંત્રી (ગૃહમંત્રી) or
 * a field to અધિકારી (શિક્ષણાધિકારી); a title written with ઈ for ઇ (ઈજનેર) is the same title.
 */
function singleTitle(word: string): TitleKind | null {
	const respected = word.length > 'શ્રી'.length + 1 && word.endsWith('શ્રી') ? word.slice(0, -'શ્રી'.length) : word;
	const bare = respected.replaceAll('ઈ', 'ઇ');
	const known = (set: ReadonlySet<string>) => set.has(respected) || set.has(bare);
	if (known(TITLES) || joinedTo(bare, 'મંત્રી') || joinedTo(bare, 'ાધિકારી')) return { strong: true, many: false };
	// a driver of something, joined: ટ્રેક્ટરચાલક, રિક્ષાચાલક; one learned in a field: પક્ષીવિદ્, શિક્ષણવિદ
	const joined = joinedTo(bare, 'ચાલક') || joinedTo(bare, 'વિદ્') || joinedTo(bare, 'વિદ');
	return known(ROLES) || joined ? { strong: false, many: false } : null;
}

/**
 * The kind of title a word is, written bare before a name: one person's (મંત્રી, મંત્રીશ્રી,
 * ગૃહમંત્રી, ખેલાડી) or many people's (મંત્રીઓ, સાંસદો, ખેલાડીઓ); null for any other word.
 */
export function titleOf(word: string): TitleKind | null {
	if (LIST_TITLES.has(word)) return { strong: true, many: true };
	const one = singleTitle(word);
	if (one) return one;
	// plurals: -ઓ after a vowel (મંત્રીઓ), -ો on a consonant (સાંસદો)
	const many = /[ઓો]$/.test(word) && word.length > 2 ? singleTitle(word.slice(0, -1)) : null;
	return many ? { strong: many.strong, many: true } : null;
}

/** Titles shortened with a dot before a name (ડૉ. રમેશ, સ્વ. ઇન્દિરા), as words: without the dot. */
export const DOTTED_TITLES: ReadonlySet<string> = new Set(['ડૉ', 'ડો', 'પ્રો', 'સ્વ', 'પૂ', 'શ્રી', 'કુ']);

/** Letters of the Latin alphabet as Gujarati writes initials: સી. આર. પાટીલ, એમ.એસ. ધોની. */
const INITIALS: ReadonlySet<string> = new Set([
	...['એ', 'બી', 'સી', 'ડી', 'ઈ', 'ઇ', 'એફ', 'જી', 'એચ', 'આઈ', 'આઇ', 'જે', 'કે', 'એલ', 'એમ', 'એન'],
	...['ઓ', 'પી', 'ક્યૂ', 'ક્યુ', 'આર', 'એસ', 'ટી', 'યુ', 'યૂ', 'વી', 'ડબલ્યુ', 'ડબ્લ્યુ', 'એક્સ', 'વાય', 'ઝેડ']
]);

/** A father's or husband's initial in Gujarati letters, as the sentence splitter knows it: મનહરલાલ ર. દેસાઈ. */
const GUJARATI_INITIAL_RE = new RegExp(`^${GUJARATI_INITIAL}$`);

/** Whether a word is initials, which a dot follows: સી, એમ.એસ., ર. */
export function isInitials(word: string): boolean {
	return word.split('.').every((part) => INITIALS.has(part) || GUJARATI_INITIAL_RE.test(part));
}

/** Whether a word is two or more initials run together without dots: કેએલ, એમએસ, પીવી. */
export function isJoinedInitials(word: string, from = 0, count = 0): boolean {
	if (from === word.length) return count >= 2;
	for (const initial of INITIALS) {
		if (word.startsWith(initial, from) && isJoinedInitials(word, from + initial.length, count + 1)) return true;
	}
	return false;
}

/** Nouns that name a city after or before them: "શહેર નાસિક", "ભુજ શહેરમાં". */
export const CITY_NOUNS: ReadonlySet<string> = new Set(['શહેર', 'ગામ', 'મહાનગર', 'નગર', 'રાજધાની']);

/**
 * Nouns after a region's name, left out of the answer: "ભરૂચ જિલ્લાના" -> ભરૂચ. Not રાજ્ય:
 * "ચીની રાજ્ય મીડિયા" is state media far more often than a state's name.
 */
export const REGION_NOUNS: ReadonlySet<string> = new Set(['જિલ્લો', 'જિલ્લા', 'તાલુકો', 'તાલુકા', 'પ્રાંત', 'ટાપુ', 'પંથક']);

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
	...['એજન્સી', 'કાઉન્સિલ', 'દેશ', 'દેશો', 'વિશ્વ', 'વિશ્ર્વ', 'દુનિયા', 'દૂતાવાસ', 'એમ્બેસી']
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
		titleOf(stem) === null &&
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
