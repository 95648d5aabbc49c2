/**
 * Gujarati <-> Latin comparison keys, so an answer typed as "putin" or "pyongyang" can be
 * matched with પુતિન or પ્યોંગયાંગ. The letters are Sanscript's (its tables, generated into
 * gujarati-iast.ts); the Gujarati rules (which inherent vowels are silent, which spellings count
 * as the same) are ours.
 */
import { CONSONANTS, LETTERS, MARKS } from './gujarati-iast.ts';
import { toAsciiDigits } from './normalize.ts';

const VIRAMA = '\u0ACD';
const NUKTA = '\u0ABC';

/** Consonants ક..હ and ળ: each carries an inherent "a" unless a sign follows. */
function isConsonant(c: string | undefined): boolean {
	return c !== undefined && ((c >= '\u0A95' && c <= '\u0AB9') || c === '\u0AB3');
}

/** Vowel signs (ા..ૌ, ૢ ૣ): they replace the inherent vowel. */
function isVowelSign(c: string | undefined): boolean {
	return c !== undefined && ((c >= '\u0ABE' && c <= '\u0ACC') || c === '\u0AE2' || c === '\u0AE3');
}

/** Chandrabindu, anusvara, visarga: the inherent vowel before them is sounded. */
function isNasalOrVisarga(c: string | undefined): boolean {
	return c === '\u0A81' || c === '\u0A82' || c === '\u0A83';
}

/** Independent vowels અ..ઔ, ૠ, ૡ. */
function isVowelLetter(c: string | undefined): boolean {
	return c !== undefined && ((c >= '\u0A85' && c <= '\u0A94') || c === '\u0AE0' || c === '\u0AE1');
}

/** Candra vowels (ઍ ઑ ૅ ૉ) have no Sanscript mapping; they sound like એ ઓ. */
const CANDRA: Record<string, string> = {
	'\u0A8D': '\u0A8F',
	'\u0A91': '\u0A93',
	'\u0AC5': '\u0AC7',
	'\u0AC9': '\u0ACB'
};

/** Whether the letter at `i` is a consonant that carries its inherent vowel (no sign or virama after it). */
function hasInherent(chars: readonly string[], i: number): boolean {
	return isConsonant(chars[i]) && !isVowelSign(chars[i + 1]) && chars[i + 1] !== VIRAMA;
}

/** How many vowels a word's letters sound, inherent ones included: a word of one keeps its vowel. */
function vowelCount(chars: readonly string[]): number {
	return chars.filter((c, i) => isVowelSign(c) || isVowelLetter(c) || hasInherent(chars, i)).length;
}

/**
 * Marks each silent inherent vowel with a virama, the way Gujarati is spoken: the last one of a
 * word (પુતિન -> putin) and a medial one between a sounded vowel and a consonant with its vowel
 * (પ્યોંગયાંગ -> pyongyang, મંગળવાર -> mangalvar). Scans right to left, as schwa deletion does.
 */
export function markSilentVowels(word: string): string {
	const chars = [...word];
	const inherent = (i: number) => hasInherent(chars, i);
	if (vowelCount(chars) < 2) return word;
	const silent = new Set<number>();
	const sounded = (i: number) => inherent(i) && !silent.has(i);
	for (let i = chars.length - 1; i > 0; i--) {
		if (!inherent(i) || isNasalOrVisarga(chars[i + 1])) continue;
		if (i === chars.length - 1) {
			silent.add(i);
			continue;
		}
		// the next syllable must be a consonant that keeps a vowel
		const next = i + 1;
		const nextHasVowel = isConsonant(chars[next]) && (isVowelSign(chars[next + 1]) || sounded(next));
		// the consonant (or cluster) before must follow a sounded vowel
		let start = i;
		while (chars[start - 1] === VIRAMA && isConsonant(chars[start - 2])) start -= 2;
		const before = chars[start - 1];
		const prevSounded =
			isVowelSign(before) || isVowelLetter(before) || isNasalOrVisarga(before) || sounded(start - 1);
		if (nextHasVowel && prevSounded) silent.add(i);
	}
	return chars.map((c, i) => (silent.has(i) ? c + VIRAMA : c)).join('');
}

/**
 * Gujarati in IAST, letter by letter as Sanscript's Brahmic loop reads it: a consonant's "a" is
 * written unless a vowel sign or virama follows; a character with no letter is kept.
 */
export function toIast(text: string): string {
	let out = '';
	let pendingA = false;
	for (const c of text) {
		const mark = MARKS[c];
		if (mark !== undefined) {
			out += mark;
			pendingA = false;
			continue;
		}
		if (pendingA) out += 'a';
		const letter = LETTERS[c];
		out += letter || c;
		pendingA = letter !== undefined && letter !== '' && CONSONANTS.includes(c);
	}
	return pendingA ? out + 'a' : out;
}

/**
 * Marks a word's last inherent vowel silent, unless a cluster comes before it: નરેન્દ્ર is
 * narendra, હૈદરાબાદ haidarabad. Every other inherent vowel is sounded, as in a careful reading.
 */
function markLastSilent(word: string): string {
	const chars = [...word];
	const last = chars.length - 1;
	return vowelCount(chars) >= 2 && hasInherent(chars, last) && chars[last - 1] !== VIRAMA ? word + VIRAMA : word;
}

/** How a word's inherent vowels are read: as spoken, all but a last one, or every one. */
export type Voicing = 'spoken' | 'careful' | 'all';

const VOICINGS: Record<Voicing, (word: string) => string> = {
	spoken: markSilentVowels,
	careful: markLastSilent,
	all: (word) => word
};

/** A word's letters as the keys read them: no nukta, candra vowels as plain ones. */
function plainLetters(word: string): string {
	return [...word.replaceAll(NUKTA, '')].map((c) => CANDRA[c] ?? c).join('');
}

/** Gujarati letters, silent vowels marked, in IAST with ચ/છ written ch/chh as English spellers do. */
function markedToLatin(marked: string): string {
	return toIast(marked).replace(/c/g, 'ch');
}

/** One Gujarati word in IAST, inherent vowels read as `voicing` says. */
function wordToLatin(word: string, voicing: Voicing = 'spoken'): string {
	return markedToLatin(VOICINGS[voicing](plainLetters(word)));
}

/**
 * Gujarati text in Latin letters (IAST with diacritics, ચ as ch), silent inherent vowels dropped
 * (or sounded, as `voicing` says): પ્યોંગયાંગ -> pyoṃgyāṃg. Digits become ASCII; anything not
 * Gujarati is left as it is.
 */
export function gujaratiToLatin(text: string, voicing: Voicing = 'spoken'): string {
	return toAsciiDigits(text.normalize('NFC')).replace(/[\u0A81-\u0AFF]+/g, (word) => wordToLatin(word, voicing));
}

/**
 * A loose comparison key for names typed in either script: Gujarati is first put in Latin letters,
 * then both sides are folded the same way: lower case, no diacritics, no spaces or punctuation,
 * long and short vowels merged, anusvara as n, aspirates merged with plain consonants
 * (kh/k, th/t, sh/s), retroflex with dental (ટ/ત, ડ/દ, so પુટિન and પુતિન share a key), v/w, z/j,
 * f/ph/p, q/k, x/ks, ee/i, oo/u, c as s or k, y after a consonant as i, and doubled letters
 * collapsed (digits are kept as they are).
 * "Kozhemyako" and કોઝેમ્યાકો both give "kojemyako". Keys only ever compare with keys.
 */
export function looseKey(text: string): string {
	return foldLatin(gujaratiToLatin(text));
}

/**
 * looseKey with the inherent vowels sounded that speech leaves silent, as English spellings of
 * Indian names write them: every one but a word's last (કમલા kamala, હૈદરાબાદ haidarabad, where
 * looseKey gives kamla, haidrabad), and every one (હિમાલય himalaya).
 */
export function voicedKeys(text: string): string[] {
	return [foldLatin(gujaratiToLatin(text, 'careful')), foldLatin(gujaratiToLatin(text, 'all'))];
}

/** Consonants ક..હ and ળ, as a character class. */
const CONSONANT_CLASS = '[\\u0A95-\\u0AB9\\u0AB3]';

/** A short a, inherent or અ, then હે before a consonant: spoken "eh", and so spelt in English (મહેતા Mehta, મહેસાણા Mehsana). */
const A_HE = new RegExp(`(અ|${CONSONANT_CLASS})\u0AB9\u0AC7(?=${CONSONANT_CLASS})`, 'g');

/** A word with each "ahe" before a consonant read as "eh" (મહેતા as મેહ્તા); the word itself when it has none. */
function aheAsEh(word: string): string {
	return word.replace(A_HE, (_, first: string) => (first === 'અ' ? 'એ' : first + '\u0AC7') + '\u0AB9' + VIRAMA);
}

/**
 * A word read as a compound of two words of two syllables or more, each with its silent vowels
 * as spoken, at every place it may part: જામનગર as જામ + નગર (jamnagar), where read whole it is
 * jamangar. The first part ends in a consonant with its vowel after no cluster (નરેન્દ્રનગર is
 * read whole, carefully).
 */
function compoundReadings(word: string): string[] {
	const chars = [...word];
	const out: string[] = [];
	for (let i = 1; i < chars.length - 1; i++) {
		if (!hasInherent(chars, i) || chars[i - 1] === VIRAMA || !isConsonant(chars[i + 1])) continue;
		const [first, second] = [chars.slice(0, i + 1), chars.slice(i + 1)];
		if (vowelCount(first) < 2 || vowelCount(second) < 2) continue;
		out.push(markSilentVowels(first.join('')) + markSilentVowels(second.join('')));
	}
	return out;
}

/** જ્ઞ, spelt jñ, as Gujarati speaks it and English writes it: gn (જિજ્ઞેશ Jignesh) or gy (વિજ્ઞાન Vigyan). */
const JNA = /\u0A9C\u0ACD\u0A9E/g;

/** An anusvara before મ is spoken m (હિંમતનગર Himmatnagar); a final ંહ is written ngh (સિંહ Singh). */
const NASAL_M = /\u0A82(?=\u0AAE)/g;
const FINAL_NH = /\u0A82\u0AB9$/;

/** Each way a word's letters are spoken where they are not read as spelt, one change at a time and together. */
function spokenSpellings(plain: string): string[] {
	const changes: ((word: string) => string[])[] = [
		(word) => [aheAsEh(word)],
		(word) => [word.replace(JNA, 'ગ્ન'), word.replace(JNA, 'ગ્ય')],
		(word) => [word.replace(NASAL_M, 'મ' + VIRAMA), word.replace(FINAL_NH, '\u0A82ગ' + VIRAMA)]
	];
	let words = [plain];
	for (const change of changes) words = [...new Set(words.flatMap((word) => [word, ...change(word)]))];
	return words.filter((word) => word !== plain);
}

/**
 * More keys for one Gujarati word, as English spellings of Gujarati names write what is spoken and
 * not what Gujarati letters spell: the word as a compound of two (જામનગર, Jamnagar; ભાવનગર,
 * Bhavnagar), "ahe" as "eh" (મહેતા, Mehta), જ્ઞ as gn or gy (Jignesh, Vigyan), an anusvara before
 * મ as m (Himmatnagar) and a final ંહ as ngh (Singh). Keys only the English reading compares with:
 * looseKey, which the extractor and ids rely on, stays as it is.
 */
export function spokenKeys(word: string): string[] {
	const plain = plainLetters(toAsciiDigits(word.normalize('NFC')));
	const readings = [
		...compoundReadings(plain),
		...spokenSpellings(plain).flatMap((spelling) => [markSilentVowels(spelling), markLastSilent(spelling), ...compoundReadings(spelling)])
	];
	return [...new Set(readings.map((reading) => foldLatin(markedToLatin(reading))))];
}

/** Text the first steps of foldLatin leave as it is. */
const PLAIN = /^[a-z0-9]*$/;

/** Letters written for a sound another letter stands for: x is ks, q k, w v, z j, f p. */
const SAME_SOUND: Record<string, string> = { x: 'ks', q: 'k', w: 'v', z: 'j', f: 'p' };

/**
 * The folding half of looseKey, for Latin text (IAST diacritics allowed): the same key as
 * looseKey gives, for callers that put Gujarati into Latin letters another way.
 */
export function foldLatin(latin: string): string {
	// the extractor keys thousands of words already in plain letters: they skip the first steps
	const plain = PLAIN.test(latin)
		? latin
		: latin
				.toLowerCase()
				.replace(/ṃ/g, 'n')
				.replace(/m\u0310/g, '')
				.replace(/ṛ/g, 'ri')
				.replace(/ḥ/g, '')
				.normalize('NFD')
				.replace(/\p{M}/gu, '')
				.replace(/[^a-z0-9]/g, '');
	return (
		plain
			.replace(/ee/g, 'i')
			.replace(/oo/g, 'u')
			.replace(/[xqwzf]/g, (c) => SAME_SOUND[c]!)
			// ch stays a sound of its own; a lone c is k, as in "Moscow"
			.replace(/ch/g, 'C')
			.replace(/c(?=[eiy])/g, 's')
			.replace(/c/g, 'k')
			.replace(/([kgCjtdpbs])h/g, '$1')
			.replace(/m(?=[pb])/g, 'n')
			// a y gliding off a consonant is written i as often as y (Artyom, આર્ટિઓમ)
			.replace(/(?<=[bCdgjklmnprstv])y/g, 'i')
			.replace(/([a-zC])\1+/g, '$1')
			.toLowerCase()
	);
}
