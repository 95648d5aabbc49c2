/**
 * A name typed in English spelling against its Gujarati form. English writes the same sounds with
 * other vowel letters than a transliteration of Gujarati does: Trump is ટ્રમ્પ (tramp), October
 * ઓક્ટોબર (oktobar), Ukraine યુક્રેન (yukren), Korea કોરિયા (koriya), and it sounds vowels Gujarati
 * leaves silent (Kamala, કમલા). So word by word the consonants must agree, in order, and each run
 * of vowels between them must be one English spelling of the Gujarati vowels there. The rules are
 * English's, not any one name's.
 */
import { looseKey, spokenKeys, voicedKeys } from './translit';

const VOWELS = /[aeiouy]+/g;

/** What each English vowel letter may stand for in a Gujarati name's key (u as in Trump, Ukraine, Cuba). */
const LETTER_SOUNDS: Readonly<Record<string, readonly string[]>> = {
	a: ['a', 'e'],
	e: ['e', 'a', 'i'],
	i: ['i', 'ai'],
	o: ['o'],
	u: ['u', 'a', 'yu', 'iu'],
	y: ['i', 'ai']
};

/** Vowel pairs English reads as one sound (Ukraine, Sergey, Korea, Joe, Australia). */
const PAIR_SOUNDS: Readonly<Record<string, readonly string[]>> = {
	ai: ['e', 'ai', 'ei', 'i'],
	ei: ['e', 'ai', 'ei', 'i'],
	ea: ['ia', 'i', 'e'],
	oe: ['o'],
	au: ['o', 'au']
};

/** Longest run of vowel letters whose readings are tried letter by letter: more is not a name. */
const MAX_RUN = 3;

/**
 * A key with the spellings both scripts vary on made one: h with no vowel after it (John, જ્હોન),
 * iy before a vowel (Russia, રશિયા), y after a vowel and before none (Sergey, Jaipur, જયપુર).
 */
function evened(key: string): string {
	return key
		.replace(/h(?![aeiouy])/g, '')
		.replace(/iy(?=[aeiou])/g, 'i')
		.replace(/(?<=[aeiou])y(?![aeiou])/g, 'i');
}

/** A key cut into runs of consonants and runs of vowels, in order. */
type Runs = { consonants: string[]; vowels: string[]; vowelFirst: boolean };

function runs(key: string): Runs {
	const even = evened(key);
	const consonants = even.split(VOWELS);
	const inner = consonants.filter((run, i) => run !== '' || (i > 0 && i < consonants.length - 1));
	return { consonants: inner, vowels: even.match(VOWELS) ?? [], vowelFirst: consonants[0] === '' };
}

/** Every reading of an English vowel run: as a pair, or letter by letter with doubled letters made one. */
function readings(run: string): Set<string> {
	const pair = PAIR_SOUNDS[run];
	if (pair) return new Set([run, ...pair]);
	if (run.length > MAX_RUN) return new Set([run]);
	let out = [''];
	for (const letter of run) out = out.flatMap((so) => (LETTER_SOUNDS[letter] ?? [letter]).map((sound) => so + sound));
	return new Set(out.map((reading) => reading.replace(/([a-z])\1+/g, '$1')));
}

/** A consonant run typed in English against the form's: the same, or with a soft g (before e, i, y) as j (Georgia, જ્યોર્જિયા). */
function sameConsonants(typed: string, form: string, vowelAfter: string | undefined): boolean {
	if (typed === form) return true;
	return /^[eiy]/.test(vowelAfter ?? '') && typed.endsWith('g') && typed.slice(0, -1) + 'j' === form;
}

/**
 * Whether `typed`, the looseKey of a word in English spelling, may be `form`, the looseKey of a
 * word of a Gujarati (or Latin) form: the same consonants in the same order, each run of vowels
 * between them one English spelling of the form's. Latin forms match this way too, so Gujarati
 * typed in Latin letters (koria for કોરિયા) is read as well.
 */
export function soundsLike(typed: string, form: string): boolean {
	if (typed === '' || form === '') return false;
	const t = runs(typed);
	const f = runs(form);
	const sameShape =
		t.vowelFirst === f.vowelFirst && t.vowels.length === f.vowels.length && t.consonants.length === f.consonants.length;
	if (!sameShape) return false;
	// a consonant run's next vowel run: the same index when the key starts with a consonant
	const vowelAfter = (i: number) => t.vowels[t.vowelFirst ? i + 1 : i];
	if (!t.consonants.every((run, i) => sameConsonants(run, f.consonants[i]!, vowelAfter(i)))) return false;
	return t.vowels.every((run, i) => run === f.vowels[i] || readings(run).has(f.vowels[i]!));
}

/**
 * A Latin word as English sounds it where looseKey cannot tell: ow at its end as o (Moscow),
 * ew as yu (New York, ન્યૂયોર્ક), tch as ch (Kutch, કચ્છ). A silent e at the end needs no rule: it
 * stands where the Gujarati word's last inherent vowel, sounded in voicedKeys, is (Ukraine,
 * યુક્રેન, read as yukrena).
 */
function englishSounds(word: string): string {
	return word.replace(/ow$/i, 'o').replace(/ew(?![aeiou])/gi, 'yu').replace(/tch/gi, 'ch');
}

/** Where a name's words part: spaces, hyphens (Kim Jong-un), dots after an initial. */
const WORD_BREAK = /[\s\-‐–.]+/;

/** The words of a text, each with the keys it may be read by; `keys` gives them for one word. */
function wordKeys(text: string, keys: (word: string) => string[]): string[][] {
	return text
		.split(WORD_BREAK)
		.map((word) => [...new Set(keys(word).filter((key) => key !== ''))])
		.filter((word) => word.length > 0);
}

/**
 * A form's words, each as looseKey reads it, with its silent inherent vowels sounded (કમલા: kamla,
 * kamala), and as spokenKeys does (જામનગર: jamnagar; મહેતા: mehta).
 */
export function formWords(form: string, loose: (text: string) => string = looseKey): string[][] {
	return wordKeys(form, (word) => [loose(word), ...voicedKeys(word), ...spokenKeys(word)]);
}

/** A text typed in Latin letters as its words, each as looseKey reads it and as englishSounds does. */
export function typedWords(typed: string, loose: (text: string) => string = looseKey): string[][] {
	return wordKeys(typed, (word) => [loose(word), loose(englishSounds(word))]);
}

/**
 * Whether a text typed in Latin letters, whose words typedWords gave, is an English spelling of a
 * form whose words formWords gave: word for word by soundsLike; when the two have different
 * numbers of words (New Zealand, ન્યૂઝીલેન્ડ), all the words run together.
 */
export function spelledInEnglish(words: readonly string[][], form: readonly string[][]): boolean {
	if (words.length === form.length) {
		return words.every((tries, i) => tries.some((key) => form[i]!.some((formKey) => soundsLike(key, formKey))));
	}
	// each side's first reading of every word, then its second, then its third (a word may have fewer)
	const joined = (keys: readonly string[][]) => [0, 1, 2].map((n) => keys.map((word) => word[n] ?? word[0]!).join(''));
	return joined(words).some((key) => joined(form).some((formKey) => soundsLike(key, formKey)));
}
