/**
 * Comparison keys the extractor gives every word of an article, read letter by letter from
 * tables (the general transliterator is too slow for thousands of words):
 *
 * - `nameKey`: what looseKey gives, for spellings of one name in one text (લુકાશેન્કો, લુકાશેંકો).
 * - `spellingKey`: Gujarati spellings of one place (બ્રિસબેન, બ્રિસ્બેન; કેરળ, કેરલ): vowel
 *   length, nasals, aspirates, retroflex and dental, virama and nukta folded, but આ kept apart
 *   from અ, so મજૂરો (workers) is not માજુરો (Majuro).
 * - `placeKey`: a Latin place name and its Gujarati spelling (Bhavnagar, ભાવનગર): no "a" but a
 *   first one, since Latin spellings write the inherent vowel where Gujarati drops it and the
 *   other way round.
 */
import { toAsciiDigits } from '../text/normalize';
import { foldLatin, markSilentVowels } from '../text/translit';

/** Gujarati consonants in the Latin letters looseKey reads them as (ચ as ch). */
const CONSONANTS: Record<string, string> = {
	ક: 'k',
	ખ: 'kh',
	ગ: 'g',
	ઘ: 'gh',
	ઙ: 'n',
	ચ: 'ch',
	છ: 'chh',
	જ: 'j',
	ઝ: 'jh',
	ઞ: 'n',
	ટ: 't',
	ઠ: 'th',
	ડ: 'd',
	ઢ: 'dh',
	ણ: 'n',
	ત: 't',
	થ: 'th',
	દ: 'd',
	ધ: 'dh',
	ન: 'n',
	પ: 'p',
	ફ: 'ph',
	બ: 'b',
	ભ: 'bh',
	મ: 'm',
	ય: 'y',
	ર: 'r',
	લ: 'l',
	ળ: 'l',
	વ: 'v',
	શ: 's',
	ષ: 's',
	સ: 's',
	હ: 'h'
};

/** Vowel signs, independent vowels and nasals; candra vowels read as plain e and o. */
const VOWELS: Record<string, string> = {
	'\u0ABE': 'a',
	'\u0ABF': 'i',
	'\u0AC0': 'i',
	'\u0AC1': 'u',
	'\u0AC2': 'u',
	'\u0AC3': 'ri',
	'\u0AC4': 'r',
	'\u0AC5': 'e',
	'\u0AC7': 'e',
	'\u0AC8': 'ai',
	'\u0AC9': 'o',
	'\u0ACB': 'o',
	'\u0ACC': 'au',
	અ: 'a',
	આ: 'a',
	ઇ: 'i',
	ઈ: 'i',
	ઉ: 'u',
	ઊ: 'u',
	ઋ: 'ri',
	ઍ: 'e',
	એ: 'e',
	ઐ: 'ai',
	ઑ: 'o',
	ઓ: 'o',
	ઔ: 'au',
	'\u0A82': 'n',
	'\u0AD0': 'on'
};

const VIRAMA = '\u0ACD';
const NUKTA = '\u0ABC';
const GUJARATI_RUN = /[\u0A81-\u0AFF]+/g;
const GUJARATI_LETTER = /[\u0A80-\u0AFF]/;
/** વિશ્ર્વ, પશ્ર્ચિમ: the old-font spelling of શ્વ and શ્ચ, with a stray ર. */
const OLD_FONT_CLUSTER = /\u0ACD\u0AB0\u0ACD(?=[\u0AB5\u0A9A])/g;

/** Vowel signs: after a consonant they replace its inherent vowel. */
const isSign = (c: string | undefined) => c !== undefined && c >= '\u0ABE' && c <= '\u0ACC';

/** One Gujarati word in plain Latin letters, an inherent vowel wherever no sign or virama follows. */
function wordToAscii(chars: readonly string[]): string {
	let out = '';
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i]!;
		const consonant = CONSONANTS[c];
		if (consonant !== undefined) {
			const next = chars[i + 1];
			out += next === VIRAMA || isSign(next) ? consonant : `${consonant}a`;
		} else out += VOWELS[c] ?? '';
	}
	return out;
}

/**
 * The key looseKey gives (a test holds the two together), without a general transliterator:
 * the extractor keys each word of an article.
 */
export function nameKey(text: string): string {
	const latin = toAsciiDigits(text.normalize('NFC')).replace(GUJARATI_RUN, (word) =>
		wordToAscii([...markSilentVowels(word.replaceAll(NUKTA, ''))])
	);
	return foldLatin(latin);
}

/**
 * A key for a place name in Latin or Gujarati letters: every "a" but a first one left out, y read
 * as i, and a final e dropped (Pune, પુણે, પૂના's પુણ). Shorter keys meet more words by
 * chance, so a caller sets a shortest length.
 */
export function placeKey(text: string): string {
	// every inherent vowel is written, then dropped with the other a's: no schwa rule is needed
	const plain = toAsciiDigits(text.normalize('NFC')).replace(OLD_FONT_CLUSTER, VIRAMA);
	const latin = plain.replace(GUJARATI_RUN, (word) => wordToAscii([...word.replaceAll(NUKTA, '')]));
	const k = foldLatin(latin)
		.replace(/y/g, 'i')
		.replace(/(?<=.)a/g, '')
		.replace(/m(?=[pb])/g, 'n')
		.replace(/n(?=m)/g, '')
		.replace(/([a-z])\1+/g, '$1');
	return k.length > 3 ? k.replace(/e$/, '') : k;
}

/** Letters the spelling key folds into another: vowel length, candra vowels, ટ/ત, ડ/દ, nasals. */
const SPELLING_FOLDS: Record<string, string> = {
	ઈ: 'ઇ',
	ઊ: 'ઉ',
	ઍ: 'એ',
	ઑ: 'ઓ',
	'\u0AC0': '\u0ABF',
	'\u0AC2': '\u0AC1',
	'\u0AC5': '\u0AC7',
	'\u0AC9': '\u0ACB',
	ત: 'ટ',
	થ: 'ઠ',
	દ: 'ડ',
	ધ: 'ઢ',
	'\u0A81': 'ન',
	'\u0A82': 'ન'
};

/** Signs the spelling key leaves out: nukta, visarga, joiners. */
const SPELLING_SILENT = /[\u0ABC\u0A83\u200C\u200D]/g;

/**
 * A key for the Gujarati spellings of one name: vowel length (ઇ/ઈ, િ/ી, ઉ/ઊ), candra vowels
 * (ઑ/ઓ), the anusvara and a written nasal (ફ્રાંસ, ફ્રાન્સ) and ટ/ત and ડ/દ (વિયેટનામ,
 * વિયેતનામ) are one; a nukta and the old-font ર are nothing; a doubled letter is one. Aspirates,
 * ણ, ળ and the sibilants stay apart (દિલ્હી is not ઢીલી, આણંદ is not આનંદ), and so do આ and
 * અ (માજુરો is not મજૂરો). Anything not Gujarati is left out. See looseSpelling for the virama.
 */
export function spellingKey(text: string): string {
	const plain = text.normalize('NFC').replace(OLD_FONT_CLUSTER, VIRAMA).replace(SPELLING_SILENT, '');
	let out = '';
	for (const c of plain) if (GUJARATI_LETTER.test(c)) out += SPELLING_FOLDS[c] ?? c;
	// a nasal written out before a consonant is the anusvara: ફ્રાન્સ, ફ્રાંસ; કમ્બોડિયા, કંબોડિયા
	return out
		.replace(/ન\u0ACD(?![ણનમ])(?=[\u0A95-\u0AB9])/g, 'ન')
		.replace(/મ\u0ACD(?=[પફબભ])/g, 'ન')
		.replace(/(.)\1+/gu, '$1');
}

/** Fewest letters a spelling key keeps for a virama to count for nothing (બ્રિસબેન, બ્રિસ્બેન). */
const MIN_LOOSE_SPELLING = 6;

/**
 * The spelling key without its viramas, for long names only: a short one would meet other words
 * (માત્ર, "only", is not માતર). Empty for a key too short.
 */
export function looseSpelling(key: string): string {
	const loose = key.replaceAll(VIRAMA, '').replace(/(.)\1+/gu, '$1');
	return [...loose].length >= MIN_LOOSE_SPELLING ? loose : '';
}

/** Shortest place key a Latin name is matched on: shorter ones meet too many words. */
export const MIN_LATIN_KEY = 5;

/**
 * Shortest name key (looseKey, vowels kept) a Latin name is matched on: Vatva, વટવા; Odhav, ઓઢવ.
 * Stricter than the place key, so a shorter key will do.
 */
export const MIN_NAME_KEY = 4;

/**
 * The place key of a name of one or more words: the keys of its words run together, so
 * મધ્ય પ્રદેશ and મધ્યપ્રદેશ meet, and a text's words can be keyed one by one.
 */
export function phraseKey(name: string): string {
	return name
		.trim()
		.split(/\s+/)
		.map((word) => placeKey(word))
		.join('');
}

/** The name key of a name of one or more words, its words' keys run together. */
export function phraseName(name: string): string {
	return name
		.trim()
		.split(/\s+/)
		.map((word) => nameKey(word))
		.join('');
}

/** The spelling key of a name of one or more words, its words' keys run together. */
export function phraseSpelling(name: string): string {
	return name
		.trim()
		.split(/\s+/)
		.map((word) => spellingKey(word))
		.join('');
}

/** Whether text has Gujarati letters (a name to match by spelling, not through a Latin key). */
export function isGujarati(text: string): boolean {
	return GUJARATI_LETTER.test(text);
}
