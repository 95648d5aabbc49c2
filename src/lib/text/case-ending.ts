/** Case endings joined to a Gujarati word as the language writes them. */

/** Whether a word ends in a consonant (its inherent vowel), a nukta included: મોદી does not, પુતિન does. */
const endsInConsonant = (word: string) => /[\u0A95-\u0AB9\u0ABC]$/.test(word);

/**
 * `word` with a case ending: the ergative is ે after a consonant and એ after a vowel (પુતિને,
 * મંત્રીએ; પુતિનએ is written પુતિને); another ending is joined as it is, unless the word has it.
 * A word written with a final virama takes the ending on its consonant (પક્ષીવિદે, પક્ષીવિદના).
 */
export function withEnding(word: string, ending: string): string {
	if (ending === '') return word;
	// a final virama gives way to the ending's vowel sign: પક્ષીવિદ્ -> પક્ષીવિદે
	const open = word.replace(/(?<=[\u0A95-\u0AB9\u0ABC])\u0ACD$/u, '');
	if (ending === 'એ' || ending === 'ે') return open + (endsInConsonant(open) ? 'ે' : 'એ');
	return word.endsWith(ending) ? word : open + ending;
}
