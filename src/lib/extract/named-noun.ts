/**
 * The noun an article writes after a place's name (ઉભરાણ ગામના, પાલ વિસ્તારમાં, ડાંગ જિલ્લામાં): a
 * question about the place anywhere in the article asks by it (કયા ગામમાં), where its kind alone
 * would say a city. A district or taluka may share its town's name (દાહોદ, ભરૂચ), so those two
 * count only for a place found as a region.
 */
import type { PlaceKind } from '../bank/schema';

/** The nouns read after a name, each as the dictionary form a prompt's noun is named by. */
const NOUNS: readonly [written: string, noun: string, regionOnly: boolean][] = [
	['ગામ', 'ગામ', false],
	['વિસ્તાર', 'વિસ્તાર', false],
	['જિલ્લા', 'જિલ્લો', true],
	['જિલ્લો', 'જિલ્લો', true],
	['તાલુકા', 'તાલુકો', true],
	['તાલુકો', 'તાલુકો', true]
];

/** What may follow the noun: its case ending, then a space or a mark (ગામના, ગામે, ગામ,). */
const AFTER_NOUN = /^(?:માંથી|માં|ના|ની|નું|નો|નાં|ને|થી|એ|ે)?(?![\p{L}\p{M}])/u;

/** The one noun the article writes after `answer`, in the dictionary form; undefined if none, or two different ones. */
export function namedNoun(text: string, answer: string, kind: PlaceKind | undefined): string | undefined {
	const seen = new Set<string>();
	for (let at = text.indexOf(`${answer} `); at !== -1; at = text.indexOf(`${answer} `, at + 1)) {
		// the name starts a word: not the end of a longer name
		if (at > 0 && /[\p{L}\p{M}]/u.test(text[at - 1]!)) continue;
		const rest = text.slice(at + answer.length + 1, at + answer.length + 20);
		for (const [written, noun, regionOnly] of NOUNS) {
			if (!rest.startsWith(written) || !AFTER_NOUN.test(rest.slice(written.length))) continue;
			if (!regionOnly || kind === 'region') seen.add(noun);
		}
	}
	return seen.size === 1 ? [...seen][0] : undefined;
}
