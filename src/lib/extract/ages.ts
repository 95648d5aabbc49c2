/**
 * A number of years that is someone's age (૩૪ વર્ષના અસલમ, ૯૧ વર્ષની વયે, ૫૨ વર્ષના ખેડૂત): no date,
 * and no question on dates, people or places. A span of years stays one (૧૪ વર્ષની કારકિર્દીમાં).
 */
import { PERSON_NOUNS } from './person-words';

/** Relatives and roles that may follow an age: ૧૯ વર્ષની દીકરી, ૬૨ વર્ષના નિવૃત્ત શિક્ષક. */
const WHO_WORDS = new Set([...PERSON_NOUNS, 'દીકરી', 'દીકરો', 'પુત્ર', 'પુત્રી', 'પૌત્ર', 'પૌત્રી', 'માતા', 'પિતા', 'નિવૃત્ત']);

/** The years, a genitive or -ીય (aged), then the next word: "વર્ષના" + " અસલમ". */
const YEARS_OF = /^(?:ના|ની|નો|નાં|નું|ીય|ીયા|ીયો|ીની) +([\p{L}\p{M}]+)/u;

/** Words of age itself: વયે, વયના, ઉંમરે, ઉંમરના. */
const AGE_WORD = /^(?:વય|ઉંમર|ઉમર)/;

/** Forms of "to be" after an age said of someone: ૧૦૦ વર્ષનાં હતાં. */
const COPULA = new Set(['હતા', 'હતી', 'હતો', 'હતાં', 'છે']);

/** Words between an age and the name it goes with: a role or a place of origin of one word (૬૨ વર્ષના નિવૃત્ત શિક્ષક રમણલાલ). */
const NAME_WITHIN = 3;

/** Whether the years found at [start, end) of `text` are an age; `people` are where the people found start. */
export function isAge(text: string, start: number, end: number, people: readonly number[]): boolean {
	if (!/(?:વર્ષ|વરસ)$/.test(text.slice(start, end))) return false;
	const after = YEARS_OF.exec(text.slice(end, end + 80));
	if (!after) return false;
	const next = after[1]!;
	if (AGE_WORD.test(next) || WHO_WORDS.has(next)) return true;
	// "તેઓ ૯૧ વર્ષના હતા": said of a person, whose pronoun is plural out of respect
	if (COPULA.has(next) && /(?:^|\s)(?:તેઓ|તેઓશ્રી|પોતે) +$/u.test(text.slice(Math.max(0, start - 12), start))) return true;
	// a person's name within a few words, none of them marks: ૬૫ વર્ષના શાંતાબેન, ૭૪ વર્ષના વલ્લભભાઈએ
	const span = /^[^,.;:!?।"“”()\n]*/u.exec(text.slice(end, end + 80))![0];
	const words = span.trim().split(/ +/).slice(0, NAME_WITHIN + 1);
	let at = end + span.indexOf(words[0]!);
	for (const word of words.slice(1)) {
		at = text.indexOf(word, at + 1);
		if (people.includes(at)) return true;
	}
	return false;
}
