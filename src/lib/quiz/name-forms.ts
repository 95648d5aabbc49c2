/**
 * Other ways a person's name is written, for grading a typed answer: without the honorifics
 * Gujarati joins to a first name or writes beside it (હર્ષદભાઈ પટેલ is હર્ષદ પટેલ; શ્રી, ડૉ.), and
 * each name of an alias (સલીમ ઉર્ફે બબલુ શેખ is સલીમ શેખ and બબલુ શેખ). Texts are compared
 * after normalizeForMatch, so the dot of ડૉ. is gone by then.
 */

/** Honorifics joined to a first name: the name stands without them. */
const JOINED = /(?:ભાઈ|ભાઇ|બેન|બહેન)$/u;

/** Words of respect written apart, before or after a name. */
const APART = new Set(['ભાઈ', 'ભાઇ', 'બેન', 'બહેન', 'શ્રી', 'શ્રીમતી', 'સુશ્રી', 'ડૉ', 'ડો', 'સ્વ']);

/** The word that joins a name to its alias: રાજેશ ઉર્ફે રાજુ મકવાણા. */
export const ALIAS: ReadonlySet<string> = new Set(['ઉર્ફે', 'ઉર્ફ']);

/** Whether a text may hold an honorific or an alias at all: most answers hold neither, and are left alone at once. */
const HINT = /ભાઈ|ભાઇ|બેન|બહેન|શ્રી|ડૉ|ડો|સ્વ|ઉર્ફ/u;

/** The name without honorifics; the text itself when it has none or is nothing else. */
export function withoutHonorifics(text: string): string {
	if (!HINT.test(text)) return text;
	const words = text.split(' ').filter((word) => !APART.has(word));
	// a joined honorific leaves a name of two letters or more: not ભાઈ alone, not a short word
	const bare = words.map((word) => (JOINED.test(word) && [...word.replace(JOINED, '')].length >= 2 ? word.replace(JOINED, '') : word));
	return bare.length > 0 ? bare.join(' ') : text;
}

/** Each name an alias gives (the first name or the alias, with the rest of the name); none without one. */
export function aliasNames(text: string): string[] {
	const words = text.split(' ');
	const at = words.findIndex((word) => ALIAS.has(word));
	if (at < 1 || at > words.length - 2) return [];
	const rest = words.slice(at + 2);
	return [[...words.slice(0, at), ...rest].join(' '), words.slice(at + 1).join(' ')];
}

/** Every other way of writing a (normalised) name: its alias's names, each with and without honorifics. */
export function nameForms(text: string): string[] {
	if (!HINT.test(text)) return [];
	const names = [text, ...aliasNames(text)];
	const forms = new Set(names.flatMap((name) => [name, withoutHonorifics(name)]));
	forms.delete(text);
	return [...forms];
}
