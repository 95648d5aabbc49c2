/**
 * Places named beside a place already found: in a list ("સમા, હરણી, ફતેગંજ, અકોટા અને વડસર
 * વિસ્તારમાં" names five areas when ફતેગંજ is known), or joined to it by a hyphen in one word
 * (ઊંઝા-ઉનાવા હાઈવે, ભરૂચ-અંકલેશ્વર વચ્ચે). Gujarati gives a list's case ending to its last item
 * only, so every other item is a bare name.
 */
import type { PlaceKind } from '../bank/schema';
import { isNumberWord } from './dates';
import { CITY_NOUNS, nameStem, REGION_NOUNS } from './names';
import { PARTICLES } from './person-words';
import { looksLikeModifier, looksLikeVerb, STOPWORDS } from './stopwords';
import type { Found, Word } from './types';
import { spaced, type Splitter } from './words';

/** Words that join a list's last item: "A, B અને C". */
const JOINERS = new Set(['અને', 'તથા', 'તેમજ', 'અથવા']);

/** Nouns of an area after a list's last item: "અકોટા અને વડસર વિસ્તારમાં". */
const AREA_NOUNS: ReadonlySet<string> = new Set([...CITY_NOUNS, ...REGION_NOUNS, 'વિસ્તાર', 'વિસ્તારો']);

/** Whether a word after a bare last item leaves it whole: a postposition or an area's noun, not સરકાર of કેન્દ્ર સરકાર. */
function endsItem(word: string, split: Splitter): boolean {
	const { stem } = split(word);
	return STOPWORDS.has(word) || STOPWORDS.has(stem) || AREA_NOUNS.has(stem) || AREA_NOUNS.has(word);
}

/** One item of a list: words `from`..`to`, and the place already found there, if any. */
type Item = { from: number; to: number; place?: Found };

/** The index of the word that begins the item after the one ending at word `at`, if a comma or અને follows. */
function nextItem(text: string, words: readonly Word[], at: number): number | undefined {
	const next = words[at + 1];
	if (!next) return undefined;
	const gap = text.slice(words[at]!.end, next.start);
	if (JOINERS.has(next.text)) return /^ *,? *$/.test(gap) && spaced(text, next, words[at + 2]) ? at + 2 : undefined;
	return /^ *, *$/.test(gap) ? at + 1 : undefined;
}

/**
 * Every place the lists of one sentence name besides those `found` there already: items that are
 * one bare name word (the last may carry the ending), in a list of which some item is a place.
 */
export function listedPlaces(text: string, words: readonly Word[], found: readonly Found[], split: Splitter): Found[] {
	// the longest place starting at a word: ઘોઘા સર્કલ, not ઘોઘા
	const placeAt = new Map<number, Found>();
	for (const f of found) {
		const known = placeAt.get(f.start);
		if (f.category === 'place' && (!known || f.end > known.end)) placeAt.set(f.start, f);
	}
	const covered = (span: Found) => found.some((f) => f.start < span.end && f.end > span.start);
	const wordAt = (offset: number) => words.findIndex((w) => w.start <= offset && w.end >= offset);
	const out: Found[] = [];
	let i = 0;
	while (i < words.length) {
		const items: Item[] = [];
		for (let k: number | undefined = i; k !== undefined; ) {
			const place = placeAt.get(words[k]!.start);
			const to = place ? Math.max(k, wordAt(place.end)) : k;
			items.push(place ? { from: k, to, place } : { from: k, to });
			k = nextItem(text, words, to);
		}
		i = items[items.length - 1]!.to + 1;
		// a site is no town a list of towns would stand beside ("હોસ્પિટલમાં અને માથામાં" lists no places),
		// but one among areas is (દરબારગઢ, ખંભાળિયા ગેટ અને હવાઈ ચોક વિસ્તારમાં)
		const after = kindAfter(words[items[items.length - 1]!.to + 1]?.text, split);
		const anchor = items.find((item) => item.place && (item.place.kind !== 'site' || after !== undefined))?.place;
		// a list ends in અને or તથા: a comma alone may end a clause (સફળ પ્રક્ષેપણ, અમદાવાદના ...)
		const joined = items.length >= 2 && JOINERS.has(words[items[items.length - 1]!.from - 1]!.text);
		if (!joined || !anchor) continue;
		const named = items.map((item, n) => (item.place ? 'found' : bareName(text, words, item.from, n === items.length - 1, split)));
		// an item that is no name, or a person or a date, makes it a list of something else: ગુજરાત અને કેન્દ્ર સરકાર
		if (named.some((f) => f === null || (f !== 'found' && covered(f)))) continue;
		const kind = after ?? anchor.kind ?? 'city';
		for (const f of named) if (f !== 'found' && f !== null) out.push({ ...f, kind });
	}
	return out;
}

/** The kind of place the noun after a list makes its items: વિસ્તાર, તાલુકા and પંથક regions, ગામ a city. */
function kindAfter(word: string | undefined, split: Splitter): PlaceKind | undefined {
	if (word === undefined) return undefined;
	const { stem } = split(word);
	if (CITY_NOUNS.has(stem) || CITY_NOUNS.has(word)) return 'city';
	return AREA_NOUNS.has(stem) || AREA_NOUNS.has(word) ? 'region' : undefined;
}

/** A word as a place, without its kind: a name word, bare unless it is the last of its list or pair; null when it is no name. */
function nameAsPlace(word: Word, last: boolean, split: Splitter): Found | null {
	const name = nameStem(word.text, split);
	if (!name || (!last && name.ending !== '') || looksLikeModifier(word.text)) return null;
	return { category: 'place', start: word.start, end: word.start + name.stem.length, rule: 'place-word' };
}

/** Word `at` as a place of a list: one name word standing alone (see nameAsPlace), no verb and no number. */
function bareName(text: string, words: readonly Word[], at: number, last: boolean, split: Splitter): Found | null {
	const word = words[at]!;
	const place = nameAsPlace(word, last, split);
	if (!place || looksLikeVerb(word.text) || isNumberWord(word.text)) return null;
	// a word joined to the one before or after it is part of a longer name: ગાઝા સિટી, કેન્દ્ર સરકાર
	const before = words[at - 1];
	const after = words[at + 1];
	if (spaced(text, before, word) && nameStem(before!.text, split)) return null;
	// a unit after a number is no place: સાત ઈંચ, છ વિકેટ, ૧૦૮ એમ્બ્યુલન્સ
	if (before && (isNumberWord(before.text) || /^[\d૦-૯.,]+$/.test(before.text))) return null;
	const bare = place.end === word.end;
	return bare && spaced(text, word, after) && !endsItem(after!.text, split) ? null : place;
}

/** The parts of a hyphenated word, as words of their own: ભરૂચ-અંકલેશ્વર. */
function partsOf(word: Word): Word[] {
	let start = word.start;
	return word.text.split('-').map((part) => {
		const at = { text: part, start, end: start + part.length };
		start = at.end + 1;
		return at;
	});
}

/**
 * Every place a hyphen joins to a known one in a word of one sentence (સૌરાષ્ટ્ર-કચ્છમાં: both);
 * `known` finds the known places among words. A word known whole (જમ્મુ-કાશ્મીર) is left as it is.
 */
export function pairedPlaces(
	words: readonly Word[],
	found: readonly Found[],
	known: (words: readonly Word[]) => Found[],
	split: Splitter
): Found[] {
	const out: Found[] = [];
	for (const word of words) {
		if (!word.text.includes('-') || /[0-9૦-૯]/.test(word.text)) continue;
		if (found.some((f) => f.category === 'place' && f.start <= word.start && f.end > word.start)) continue;
		const parts = partsOf(word);
		const places = known(parts);
		const anchor = places[0];
		if (!anchor) continue;
		const last = parts.length - 1;
		// no verb is joined to a place by a hyphen, so ઉનાવા is a name though it ends like કરવા
		// a particle of an Arabic name is no place: અલ-મદીના
		const particle = (part: Word) => PARTICLES.has(part.text);
		const named = parts.map((part, n) =>
			places.some((f) => f.start === part.start) ? 'found' : particle(part) ? null : nameAsPlace(part, n === last, split)
		);
		if (named.includes(null)) continue;
		for (const f of named) if (f !== 'found' && f !== null) out.push({ ...f, kind: anchor.kind ?? 'city' });
		out.push(...places);
	}
	return out;
}
