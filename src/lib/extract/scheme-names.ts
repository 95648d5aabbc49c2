/**
 * Names of schemes, missions and prizes quoted in the text ('ગ્રીન ગુજરાત મિશન', “સ્વચ્છ ભારત
 * અભિયાન”): a place inside one is part of the name, not a place the story is about.
 */
import { SCHEME_NOUNS } from './person-words';
import { stemsOf } from './words';

/** A quotation on one line: straight or curly, single or double. */
const QUOTED = /(['‘“"])([^'‘’“”"\n]{1,100})(['’”"])/gu;

/** Spans of the text inside quotation marks whose last word is a scheme's noun (યોજના, મિશન, અભિયાન). */
export function quotedSchemeNames(text: string): { start: number; end: number }[] {
	return [...text.matchAll(QUOTED)]
		.filter((m) => {
			const last = m[2]!.trim().split(/\s+/).pop()!;
			return stemsOf(last).some((stem) => SCHEME_NOUNS.has(stem));
		})
		.map((m) => ({ start: m.index + 1, end: m.index + 1 + m[2]!.length }));
}
