/**
 * How deep JSON text nests, found by one pass over the text before anything parses or walks it:
 * a few kilobytes of `[[[[…` would otherwise overflow the stack of every recursive reader after
 * JSON.parse (cleaning, the schema, JSON.stringify).
 */

/** The 1-based line where `text` first nests deeper than `limit`, or undefined if it never does. */
export function lineTooDeep(text: string, limit: number): number | undefined {
	let depth = 0;
	let line = 1;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) line++;
		if (inString) {
			if (c === 92) i++;
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 91 || c === 123) {
			if (++depth > limit) return line;
		} else if (c === 93 || c === 125) depth--;
	}
	return undefined;
}
