/**
 * People named in a sentence, found from the words around them: a title or role before the
 * name (વડાપ્રધાન ..., પ્રવક્તા ..., લેફ્ટનન્ટ જનરલ ...) or the Gujarati -ભાઈ/-બેન joined to
 * a first name. A name runs until a case ending, a common word, a verb or a known place.
 */
import { isNameWord, nameStem, TITLES } from './names';
import { looksLikeVerb } from './stopwords';
import type { Found, Word } from './types';
import { spaced, type Splitter } from './words';

/** The most words a name after a title may have (લુઇઝ ઇનાસિઓ લુલા). */
const MOST_NAME_WORDS = 3;

/** Joined to a first name, these make it a person's: નીતાબેન, રમેશભાઈ. */
const HONORIFICS = ['ભાઈ', 'બેન', 'બહેન'];

/** The name starting at word `from`, as an end offset and the number of words, or null. */
function nameFrom(
	text: string,
	words: readonly Word[],
	from: number,
	most: number,
	{ isPlace, split }: NameContext
): { end: number; count: number } | null {
	let end = -1;
	let count = 0;
	for (let k = from; k < words.length && count < most; k++) {
		const word = words[k]!;
		if (k > 0 && !spaced(text, words[k - 1], word)) break;
		// a first name after a title may end like a verb (દિવ્યા), a later word may not (પહોંચ્યા)
		const afterTitle = k === from && k > 0 && TITLES.has(words[k - 1]!.text);
		if (!afterTitle && looksLikeVerb(word.text)) break;
		const name = nameStem(word.text, split);
		if (!name || isPlace(name.stem)) break;
		end = word.start + name.stem.length;
		count++;
		if (name.ending !== '') break;
	}
	return count > 0 ? { end, count } : null;
}

/** What the person rules know of the whole text. */
export type NameContext = {
	/** Whether a stem is a known place, which ends a name (મીરા દેસાઈ ભારતથી). */
	isPlace: (stem: string) => boolean;
	/** How to split a word at its case ending. */
	split: Splitter;
};

/** Every person a title or honorific points to in the words of one sentence. */
export function findPeople(text: string, words: readonly Word[], context: NameContext): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		if (TITLES.has(word.text)) {
			let j = i + 1;
			// titles come in chains: લેફ્ટનન્ટ જનરલ, મુખ્યમંત્રી શ્રી
			while (j < words.length && TITLES.has(words[j]!.text) && spaced(text, words[j - 1], words[j])) j++;
			if (!spaced(text, words[j - 1], words[j])) continue;
			const name = nameFrom(text, words, j, MOST_NAME_WORDS, context);
			if (name) {
				found.push({ category: 'person', start: words[j]!.start, end: name.end, rule: 'title' });
				i = j + name.count - 1;
			}
			continue;
		}
		const own = nameStem(word.text, context.split);
		const honorific = own && HONORIFICS.find((h) => own.stem.endsWith(h) && own.stem.length > h.length + 1);
		if (!own || !honorific || !isNameWord(own.stem.slice(0, -honorific.length))) continue;
		// the surname follows the honorific: નીતાબેન ત્રિવેદીએ
		const surname = own.ending === '' && i + 1 < words.length ? nameFrom(text, words, i + 1, 1, context) : null;
		const end = surname ? surname.end : word.start + own.stem.length;
		found.push({ category: 'person', start: word.start, end, rule: 'honorific' });
		if (surname) i++;
	}
	return found;
}
