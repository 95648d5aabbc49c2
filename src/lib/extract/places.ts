/**
 * Places named in a sentence, found from the words around them: the genitive before a ruler's
 * title (ભારતના વડાપ્રધાન), nouns such as શહેર, જિલ્લો, પ્રદેશ, ટાપુ and site nouns
 * (એરપોર્ટ, યુનિવર્સિટી), and postpositions of place (ખાતે, નજીક, -માં આવેલું).
 */
import type { PlaceKind } from '../bank/schema';
import {
	CITY_NOUNS,
	CITY_SITES,
	DIRECTIONS,
	isNameWord,
	NAMED_REGION_NOUNS,
	nameStem as nameStemOf,
	REGION_NOUNS,
	SITE_NOUNS
} from './names';
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
	['મેયર', 'city']
]);

const GENITIVES = new Set(['ના', 'ની', 'નું', 'નો', 'નાં']);

/** Words after a place meaning "at" or "near" it. */
const AT_WORDS = new Set(['ખાતે', 'નજીક', 'નજીકના', 'નજીકની', 'નજીકનું']);

/** "located": X-માં આવેલું. */
const LOCATED = new Set(['આવેલ', 'આવેલા', 'આવેલી', 'આવેલું']);

/** How many words before a site noun may belong to its name. */
const MOST_SITE_WORDS = 3;

/** All the nouns the rules look for. */
const NOUNS = new Set([...CITY_NOUNS, ...REGION_NOUNS, ...NAMED_REGION_NOUNS, ...SITE_NOUNS, 'દેશ']);

/** A word split at its case ending, reading a known noun whole: રાજધાની is not રાજધા + ની. */
function nounSplit(word: string, split: Splitter): Split {
	const noun = stemsOf(word).find((s) => NOUNS.has(s));
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
	const nameStem = (word: string) => nameStemOf(word, split);
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
			const after = ending === '' && spaced(text, word, next) ? nameStem(next!.text) : null;
			if (after) found.push(place(i + 1, i + 1, 'city'));
			else if (prevName?.ending === '') found.push(place(i - 1, i - 1, 'city'));
		}
		if (REGION_NOUNS.has(stem) && prevName?.ending === '') found.push(place(i - 1, i - 1, 'region'));
		// a compass word is a whole name before પ્રદેશ: ઉત્તર પ્રદેશ, મધ્ય પ્રદેશ
		const compass = prev !== undefined && DIRECTIONS.has(prev.text) && spaced(text, prev, word);
		if (NAMED_REGION_NOUNS.has(stem) && (prevName?.ending === '' || compass))
			found.push(place(i - 1, i, 'region'));
		if (stem === 'દેશ' && prevName?.ending === '') found.push(place(i - 1, i - 1, 'country'));
		if (SITE_NOUNS.has(stem)) found.push(...site(text, words, i, split));
		if (AT_WORDS.has(word.text) && prevName?.ending === '') found.push(place(i - 1, i - 1, 'city'));
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
	const nameStem = (word: string) => nameStemOf(word, split);
	const place = (from: number, to: number, kind: PlaceKind) => placeAt(words, from, to, kind, split);
	let from = at;
	while (from > 0 && at - from < MOST_SITE_WORDS && spaced(text, words[from - 1], words[from])) {
		const word = words[from - 1]!.text;
		const name = nameStem(word);
		// English "-way" words end like an ergative but carry none: રેલવે સ્ટેશન, હાઇવે
		const way = word.endsWith('વે') && isNameWord(word);
		if (!way && (!name || name.ending !== '')) break;
		from--;
	}
	const found: Found[] = [];
	if (from < at) found.push(place(from, at, 'site'));
	const owner = spaced(text, words[from - 1], words[from]) ? nameStem(words[from - 1]!.text) : null;
	const noun = nounSplit(words[at]!.text, split).stem;
	if (owner && GENITIVES.has(owner.ending) && CITY_SITES.has(noun))
		found.push(place(from - 1, from - 1, 'city'));
	return found;
}
