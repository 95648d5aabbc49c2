/**
 * Places known before reading, from places-data.json (built by `npm run build:places`): every
 * country and territory, the world's regions and larger cities, India's states and larger cities,
 * and Gujarat's districts, talukas, towns and city areas. A name written in Gujarati is found by
 * its spelling key, so બ્રિસબેન finds બ્રિસ્બેન; a name the sources give only in Latin letters
 * by the keys the data file lists with it, so Kaprada finds કપરાડા. A name may span words
 * (ઉત્તર પ્રદેશ, ગીર સોમનાથ) and its last word may carry a case ending (અમદાવાદમાં, રાજકોટથી).
 */
import type { PlaceKind } from '../bank/schema';
import type { Name } from './gazetteer';
import { GIVEN_NAMES } from './given-names';
import { isNameWord } from './names';
import { NOT_PLACE_WORDS, readsAsNoun } from './not-places';
import { isGujarati, looseSpelling, nameKey, phraseKey, phraseSpelling, placeKey, spellingKey } from './place-key';
import data from './places-data.json';
import { SURNAMES } from './surnames';
import type { Found, Word } from './types';
import { spaced, stemsOf, type Splitter } from './words';

/** A known place and how many words its name has. */
type Entry = { name: Name; words: number };

/** The places by key, ready for matching. */
export type PlaceIndex = {
	/** Gujarati names by the spelling keys of their words, run together. */
	bySpelling: ReadonlyMap<string, Entry>;
	/** Long Gujarati names by the same keys without viramas (બ્રિસબેન, બ્રિસ્બેન). */
	byLooseSpelling: ReadonlyMap<string, Entry>;
	/** Latin names by their place keys (placeKey of each word, run together). */
	byKey: ReadonlyMap<string, Entry>;
	/** Latin names by their name keys (nameKey, that is looseKey, of each word, run together). */
	byName: ReadonlyMap<string, Entry>;
	/** The place keys of the names in byName: only a word with one of these needs its name key. */
	nameGate: ReadonlySet<string>;
	/** The first word's keys of every name of several words, with the most words such a name has. */
	firstWords: ReadonlyMap<string, number>;
};

const KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'site'];

let built: PlaceIndex | undefined;

/** The index of the known places, built on first use and kept. */
export function placeIndex(): PlaceIndex {
	built ??= indexPlaces(data);
	return built;
}

/**
 * Indexes place data of the shape places-data.json has: each place its forms joined by "|", a
 * Latin form as "name/place key/name key" with the keys it may be matched on (either may be
 * empty). A key listed twice keeps its first place.
 */
export function indexPlaces(places: Readonly<Record<PlaceKind, readonly string[]>>): PlaceIndex {
	const index = {
		bySpelling: new Map<string, Entry>(),
		byLooseSpelling: new Map<string, Entry>(),
		byKey: new Map<string, Entry>(),
		byName: new Map<string, Entry>(),
		nameGate: new Set<string>(),
		firstWords: new Map<string, number>()
	};
	const first = (key: string, words: number) => {
		if (words > 1) index.firstWords.set(key, Math.max(words, index.firstWords.get(key) ?? 0));
	};
	const add = (map: Map<string, Entry>, key: string, entry: Entry) => {
		if (key !== '' && !map.has(key)) map.set(key, entry);
	};
	for (const kind of KINDS) {
		for (const line of places[kind]) {
			const forms = line.split('|').map((form) => form.split('/'));
			const name: Name = { category: 'place', kind, answer: forms[0]![0]!, forms: forms.map(([form]) => form!) };
			for (const [form, key = '', strict = ''] of forms) {
				const words = form!.split(' ');
				const entry = { name, words: words.length };
				if (isGujarati(form!)) {
					const spelling = phraseSpelling(form!);
					add(index.bySpelling, spelling, entry);
					add(index.byLooseSpelling, looseSpelling(spelling), entry);
					first(`s:${spellingKey(words[0]!)}`, words.length);
				} else {
					add(index.byKey, key, entry);
					add(index.byName, strict, entry);
					if (strict !== '') index.nameGate.add(phraseKey(form!));
					// a first word with a short key (San, La, El) would send every short word to manyAt
					const firstKey = placeKey(words[0]!);
					if (firstKey.length >= MIN_FIRST_KEY) first(`k:${firstKey}`, words.length);
				}
			}
		}
	}
	return index;
}

/** Shortest place key of the first word of a Latin name of several words that is matched. */
const MIN_FIRST_KEY = 3;

/** A memo of one key function: an article repeats its words. */
function memo(key: (word: string) => string): (word: string) => string {
	const seen = new Map<string, string>();
	return (word) => {
		let value = seen.get(word);
		if (value === undefined) seen.set(word, (value = key(word)));
		return value;
	};
}

/** A place one word names: the place, and how long the word's stem is (without its case ending). */
type Single = { entry: Entry; length: number } | null;

/** Keys of the words of one text, each worked out once: an article repeats its words. */
export class WordKeys {
	/** The spelling key of a word or stem. */
	readonly spelling = memo(spellingKey);
	/** The spelling key without viramas, if long enough (looseSpelling). */
	readonly looseSpelling = memo((word) => looseSpelling(this.spelling(word)));
	/** The place key of a word or stem. */
	readonly place = memo(placeKey);
	/** The name key (looseKey) of a word or stem. */
	readonly name = memo(nameKey);
	private readonly singles = new Map<string, Single>();
	private readonly wholes = new Map<string, boolean>();
	private readonly starts = new Map<string, number>();

	/** The place a word names by itself, once per word; `split` reads its case ending. */
	single(word: string, index: PlaceIndex, split: Splitter): Single {
		let value = this.singles.get(word);
		if (value === undefined) this.singles.set(word, (value = singlePlace(word, index, this, split)));
		return value;
	}

	/** Whether a stem, whole, names a place. */
	whole(stem: string, index: PlaceIndex): boolean {
		let value = this.wholes.get(stem);
		if (value === undefined) {
			const single = singlePlace(stem, index, this, (word) => ({ stem: word, ending: '' }));
			this.wholes.set(stem, (value = single?.length === stem.length));
		}
		return value;
	}

	/** The most words of a place's name that a word may begin (1: none of several words). */
	startsMany(word: string, index: PlaceIndex): number {
		let value = this.starts.get(word);
		if (value === undefined) {
			const { firstWords } = index;
			value = Math.max(firstWords.get(`s:${this.spelling(word)}`) ?? 1, firstWords.get(`k:${this.place(word)}`) ?? 1);
			this.starts.set(word, value);
		}
		return value;
	}
}

/** Whether a stem may be read as a Latin-listed place: a name word, and no one's first name or surname. */
function mayBeListedPlace(stem: string): boolean {
	return isNameWord(stem) && !GIVEN_NAMES.has(stem) && !SURNAMES.has(stem);
}

/** The place one word names: a Gujarati name with any case ending, or a Latin-listed one as the text splits the word. */
function singlePlace(word: string, index: PlaceIndex, keys: WordKeys, split: Splitter): Single {
	let loose: Single = null;
	for (const stem of stemsOf(word)) {
		// a name of several words written as one (ન્યૂયોર્ક, મધ્યપ્રદેશ) has their spelling run together
		const entry = index.bySpelling.get(keys.spelling(stem)) ?? index.byLooseSpelling.get(keys.looseSpelling(stem));
		if (!entry) continue;
		const single = { entry: entry.words === 1 ? entry : { ...entry, words: 1 }, length: stem.length };
		// a stem written as the place is that place and an ending: જાપાનની is જાપાન + ની, though it reads loosely as જાપાની
		if (entry.name.forms.includes(stem)) return single;
		loose ??= single;
	}
	if (loose) return loose;
	const { stem } = split(word);
	const place = keys.place(stem);
	const entry = index.byKey.get(place) ?? (index.nameGate.has(place) ? index.byName.get(keys.name(stem)) : undefined);
	return entry?.words === 1 && mayBeListedPlace(stem) ? { entry, length: stem.length } : null;
}

/** A place matched at a word: its entry, the end of its last word's stem, and that word. */
type Hit = { entry: Entry; end: number; last: number };

/** Whether words `from`..`to` stand together with only spaces between. */
function together(text: string, words: readonly Word[], from: number, to: number): boolean {
	for (let k = from + 1; k <= to; k++) if (!spaced(text, words[k - 1], words[k])) return false;
	return true;
}

/** The longest known place of several words starting at word `i`, or null. */
function manyAt(
	text: string,
	words: readonly Word[],
	i: number,
	most: number,
	index: PlaceIndex,
	keys: WordKeys,
	split: Splitter
): Hit | null {
	for (let count = Math.min(most, words.length - i); count > 1; count--) {
		const at = i + count - 1;
		if (!together(text, words, i, at)) continue;
		const last = words[at]!;
		let spelling = '';
		let place = '';
		for (let k = i; k < at; k++) {
			spelling += keys.spelling(words[k]!.text);
			place += keys.place(words[k]!.text);
		}
		const name = () => words.slice(i, at).reduce((key, w) => key + keys.name(w.text), '');
		for (const stem of stemsOf(last.text)) {
			const key = spelling + keys.spelling(stem);
			const entry = index.bySpelling.get(key) ?? index.byLooseSpelling.get(looseSpelling(key));
			if (entry?.words === count) return { entry, end: last.start + stem.length, last: at };
		}
		const { stem } = split(last.text);
		const whole = place + keys.place(stem);
		const entry =
			index.byKey.get(whole) ?? (index.nameGate.has(whole) ? index.byName.get(name() + keys.name(stem)) : undefined);
		if (entry?.words === count) return { entry, end: last.start + stem.length, last: at };
	}
	return null;
}

/** The longest known place starting at word `i`, or null. */
function placeAt(text: string, words: readonly Word[], i: number, index: PlaceIndex, keys: WordKeys, split: Splitter): Hit | null {
	const word = words[i]!;
	const most = keys.startsMany(word.text, index);
	const many = most > 1 ? manyAt(text, words, i, most, index, keys, split) : null;
	if (many) return many;
	const single = keys.single(word.text, index, split);
	return single && { entry: single.entry, end: word.start + single.length, last: i };
}

/** Nouns after a name that make it a region or a city whatever its usual kind: ભરૂચ જિલ્લામાં. */
const REGION_AFTER = /^(?:જિલ્લ|તાલુક)(?:ો|ા|ાઓ|ાનું|ાના|ાની|ાનો|ામાં|ાઓમાં|ાઓના|ાઓની|ાથી|ાએ)$/;
const CITY_AFTER = /^(?:શહેર|ગામ|નગર)(?:|ે|માં|ના|ની|નું|નો|થી|ોમાં|ો)$/;

/** Words after a place that make it part of the name of a body, a team or a train: ગુજરાત હાઈકોર્ટ, વંદે ભારત એક્સપ્રેસ. */
const PART_OF_NAME = new Set([
	...['હાઈકોર્ટ', 'હાઇકોર્ટ', 'એક્સપ્રેસ', 'ટાઇટન્સ', 'ટાઈટન્સ', 'જાયન્ટ્સ', 'મ્યુનિસિપલ', 'મહાનગરપાલિકા'],
	...['નગરપાલિકા', 'કોર્પોરેશન', 'વિધાનસભા', 'પોલીસ', 'ક્રાઇમ', 'ક્રાઈમ', 'રેલવે', 'રેલ્વે'],
	// an association or a chamber named after its region: ગુજરાત એસોસિએશન, ગુજરાત ચેમ્બર ઓફ કોમર્સ
	...['એસોસિએશન', 'ચેમ્બર'],
	// teams: મુંબઈ ઇન્ડિયન્સ, ચેન્નઈ સુપર કિંગ્સ, દિલ્હી કેપિટલ્સ
	...['ઇન્ડિયન્સ', 'સુપર', 'નાઇટ', 'કેપિટલ્સ', 'રોયલ્સ', 'કિંગ્સ', 'વોરિયર્સ']
]);

/**
 * Institutes named by their initials and their city (આઈઆઈએમ અમદાવાદ, એઈમ્સ રાજકોટ), and bodies
 * named in English, the place after "of" (સ્પોર્ટ્સ ઓથોરિટી ઓફ ગુજરાત, બેંક ઓફ બરોડા).
 */
const INSTITUTE_INITIALS = /(?:^|[\s(])(?:આઈઆઈએમ|આઇઆઇએમ|આઈઆઈટી|આઇઆઇટી|એનઆઈટી|એનઆઇટી|એઈમ્સ|એઇમ્સ|ઈસરો|ઇસરો|ઓફ|ઑફ) +$/u;

/** Whether the place starting at `start` ends the name of an institute or a body: આઈઆઈએમ અમદાવાદના બે વિદ્યાર્થીઓ. */
export function endsInstituteName(text: string, start: number): boolean {
	return INSTITUTE_INITIALS.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * Bodies and offices whose name may hold words between the place and them: સૌરાષ્ટ્ર ક્રિકેટ
 * એસોસિએશન, ગુજરાત પ્રવાસન નિગમ, ગુજરાત માધ્યમિક અને ઉચ્ચતર માધ્યમિક શિક્ષણ બોર્ડ, અંબાજી માતા
 * દેવસ્થાન ટ્રસ્ટ, ખેડા જિલ્લા કલેક્ટર, મહેસાણા એલસીબી, જૂનાગઢ વન્યપ્રાણી વર્તુળ; and roads, barrages and
 * colonies named after a place (કાલાવડ રોડ, વાસણા બેરેજ, આજી વસાહત).
 */
const BODY_AFTER_WORDS = new Set(
	['એસોસિએશન', 'ફેડરેશન', 'નિગમ', 'બોર્ડ', 'વિદ્યાપીઠ', 'ટ્રસ્ટ', 'મંડળ', 'મહામંડળ', 'પરિષદ', 'કાઉન્સિલ', 'બેંક', 'બેન્ક'].concat(
		['કમિટી', 'સમિતિ', 'વર્તુળ', 'સમાજ', 'કલેક્ટર', 'ડિવિઝન', 'એલસીબી', 'એસઓજી', 'શિક્ષણાધિકારી', 'અધિકારી', 'વડા'],
		['પંચાયત', 'રોડ', 'બેરેજ', 'વસાહત']
	)
);
/** The most words a body's name holds between its place and its noun. */
const BODY_GAP = 6;
/** A word that ends the words of a body's name: one with a case ending, or a verb (આવ્યા, જશે, જઈને, પહોંચેલા). */
const OUT_OF_BODY_NAME = /(?:ના|ની|નું|નો|નાં|એ|ે|ને|માં|થી|્યા|્યો|્યું|્યાં|શે|વું|ઈને|ઇને|તાં|તું|ેલા|ેલી|ેલું|ેલો)$/u;
/** Words that stand between a place and a body without being in its name: અમદાવાદ સ્થિત એક ટ્રસ્ટ. */
const BETWEEN_WORDS = new Set(
	['સ્થિત', 'ખાતે', 'એક', 'પાસે', 'નજીક', 'તથા', 'તેમજ', 'કે', 'અથવા', 'સહિત', 'તરફથી', 'દ્વારા', 'અંગે', 'પર', 'ઉપર'].concat(
		['હેઠળ', 'વચ્ચે', 'સાથે', 'માટે', 'બાદ', 'પછી', 'સુધી', 'તેમ', 'જ', 'પણ', 'તો', 'છે', 'હતું', 'હતા', 'હતી', 'હતો', 'આ', 'તે']
	)
);

/**
 * Whether the place ending at `end` begins the name of a body (પશ્ચિમ રેલવે, ગુજરાત હાઈકોર્ટ): the
 * word right after it says so, or a body's noun a few words on, with no case ending between.
 */
export function beginsBodyName(text: string, end: number): boolean {
	// a place joined by a hyphen to the next (વાસણા-ભાયલી રોડ) begins the name with it
	const next = /^(?:-[\p{L}\p{M}]+)?((?: +[\p{L}\p{M}]+)+)/u.exec(text.slice(end, end + 160))?.[1]!.trim().split(/ +/) ?? [];
	if (next.length === 0) return false;
	if (stemsOf(next[0]!).some((s) => PART_OF_NAME.has(s))) return true;
	for (const [i, word] of next.slice(0, BODY_GAP + 1).entries()) {
		if (stemsOf(word).some((s) => BODY_AFTER_WORDS.has(s))) return true;
		// અને joins two words of a name (માધ્યમિક અને ઉચ્ચતર), not the place to another (અમદાવાદ અને સુરત)
		if (word === 'અને' ? i === 0 : OUT_OF_BODY_NAME.test(word) || BETWEEN_WORDS.has(word)) return false;
	}
	return false;
}

/** What may stand between the places of a list: "અમરેલી, ભાવનગર અને જૂનાગઢ જિલ્લામાં". */
const LIST_GAP = /^(?:\s*,\s*|\s+(?:અને|તથા|તેમજ)\s+|\s*,\s*(?:અને|તથા|તેમજ)\s+)$/u;

/**
 * Every known place in the words of one sentence, longest name first where names overlap. A
 * name before જિલ્લો or તાલુકો is a region, and so is every name of a list that ends before
 * one; a name before શહેર or ગામ is a city.
 */
export function findKnownPlaces(
	text: string,
	words: readonly Word[],
	split: Splitter,
	index: PlaceIndex = placeIndex(),
	keys: WordKeys = new WordKeys()
): Found[] {
	const hits: Hit[] = [];
	for (let i = 0; i < words.length; i++) {
		const hit = placeAt(text, words, i, index, keys, split);
		if (!hit) continue;
		const first = words[i]!;
		i = hit.last;
		const word = words[hit.last]!;
		const partOf = beginsBodyName(text, hit.end) || endsInstituteName(text, first.start);
		// a word of the list written as it stands is that word, though it reads loosely like a place (ઇન્ડોર, Indore)
		const notPlace = hit.entry.words === 1 && NOT_PLACE_WORDS.has(text.slice(word.start, hit.end));
		const noun =
			hit.entry.words === 1 && readsAsNoun(hit.entry.name.answer, word.text, text.slice(0, word.start), text.slice(word.end));
		if (!partOf && !noun && !notPlace) hits.push(hit);
	}
	const found: Found[] = [];
	let kindAfter: PlaceKind | undefined;
	for (let h = hits.length - 1; h >= 0; h--) {
		const hit = hits[h]!;
		const next = words[hit.last + 1];
		const nextText = next && spaced(text, words[hit.last], next) ? next.text : '';
		const following = hits[h + 1];
		const inList = following && LIST_GAP.test(text.slice(words[hit.last]!.end, words[following.last - following.entry.words + 1]!.start));
		const own = REGION_AFTER.test(nextText) ? 'region' : CITY_AFTER.test(nextText) ? 'city' : undefined;
		kindAfter = own ?? (inList ? kindAfter : undefined);
		const { name } = hit.entry;
		const kind = name.kind === 'country' ? 'country' : (kindAfter ?? name.kind);
		const start = words[hit.last - hit.entry.words + 1]!.start;
		found.push({ category: 'place', kind, start, end: hit.end, rule: 'place-list', forms: name.forms });
	}
	return found.reverse();
}

/** Whether a one-word stem is a known place, as the person rules ask: a place ends a name. */
export function isKnownPlace(stem: string, index: PlaceIndex = placeIndex(), keys: WordKeys = new WordKeys()): boolean {
	return keys.whole(stem, index);
}
