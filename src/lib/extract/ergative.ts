/**
 * A name written with -ને as the subject of a past transitive verb: "ઇસરોના અધ્યક્ષ ડૉ. વી.
 * નારાયણને જણાવ્યું". Only a title stands before the name in its clause, so it is the subject, and
 * the subject of જણાવ્યું takes the ergative: નારાયણન + ે, or -ને written as Hindi writes it.
 * Either way the question asks કોણે, and both readings of the name are accepted.
 */
import { DOTTED_TITLES, isInitials, titleOf } from './names';

/** Past forms of transitive verbs a subject says or does something with: its subject takes the ergative. */
const TRANSITIVE_PAST = new Set([
	...['જણાવ્યું', 'કહ્યું', 'ઉમેર્યું', 'નોંધ્યું', 'લખ્યું', 'સ્વીકાર્યું', 'ઉચ્ચાર્યું', 'સૂચવ્યું', 'દર્શાવ્યું'],
	...['આપ્યું', 'આપ્યો', 'આપ્યા', 'આપી', 'કર્યું', 'કર્યો', 'કર્યા', 'કર્યાં', 'કરી', 'લીધું', 'લીધો', 'લીધા', 'લીધી']
]);

/** Verbs of going, coming and being, whose subject never takes the ergative: પહોંચ્યા, આવ્યા, રહ્યા. */
const INTRANSITIVE = new RegExp(
	'^(?:(?:પહોંચ્ય|આવ્ય|રહ્ય|નીકળ્ય|ઊતર્ય|ઉતર્ય|પધાર્ય|બન્ય)(?:ા|ો|ી|ું|ાં)' +
		'|પહોંચી|પહોંચશે|આવી|આવશે|ગયા|ગયો|ગયાં|ગઈ|જશે|રહી|રહેશે|બેઠા|બેઠી|બેઠો|નીકળી|જોડાયા|જોડાઈ|જોડાશે|બની)$'
);

/** Forms of "to be" after a main verb: હતા in "પહોંચ્યા હતા". */
const AUXILIARY = new Set(['હતા', 'હતી', 'હતો', 'હતાં', 'હતું', 'છે', 'છો', 'છું']);

/**
 * Whether the clause from `at` of `text` ends in a verb of going or coming: its subject takes no
 * ergative (નિરગુડે રણિયારમાં પહોંચ્યા હતા). The clause's last verb is its main one; one before it
 * may be a participle (હોસ્પિટલ પહોંચી સાંત્વના આપી).
 */
export function intransitiveAfter(text: string, at: number): boolean {
	const clause = text.slice(at, at + 200).split(/[,;:.।?!–—"“”]/)[0]!;
	// what is said after કે is another clause: "X કહ્યું કે … બન્યું"
	const all = clause.trim().split(/\s+/);
	const words = all.slice(0, all.includes('કે') ? all.indexOf('કે') : all.length).filter((word) => !AUXILIARY.has(word));
	// a participle right after the name has it as its doer: ગિલે ગોઠવેલા કોરિડોર
	if (words.length === 0 || /ેલ[ાીુો]ં?$/.test(words[0]!)) return false;
	return INTRANSITIVE.test(words.at(-1)!);
}

/** Marks that end a clause: the title phrase is looked for after the last of them. */
const CLAUSE_MARK = /[,;:–—]/g;

/** A word of the phrase that may stand before a subject's name: its title, a genitive (ઇસરોના), ડૉ., initials. */
function titleWord(word: string): boolean {
	const bare = word.replace(/\.$/, '');
	return titleOf(bare) !== null || DOTTED_TITLES.has(bare) || isInitials(bare) || /(?:ના|ની|નો|નું|નાં)$/.test(word);
}

/**
 * Whether the name ending at `end` of `text` (a sentence) is the subject of the verb after it, though
 * written with -ને: only a title phrase before it in its clause, a past transitive verb right after.
 */
export function ergativeNe(text: string, start: number, end: number): boolean {
	const after = /^ને +([\p{L}\p{M}]+)/u.exec(text.slice(end));
	if (!after || !TRANSITIVE_PAST.has(after[1]!)) return false;
	const before = text.slice(0, start);
	const clause = before.slice(Math.max(0, ...[...before.matchAll(CLAUSE_MARK)].map((m) => m.index + 1)));
	const words = clause.trim().split(/\s+/).filter((w) => w !== '');
	return words.length > 0 && words.some((w) => titleOf(w.replace(/\.$/, '')) !== null) && words.every(titleWord);
}
