/**
 * How deep JSON text nests, found by one pass over the text before anything parses or walks it:
 * a few kilobytes of `[[[[…` would otherwise overflow the stack of every recursive reader after
 * JSON.parse (cleaning, the schema, JSON.stringify).
 */

/** The 1-based line where `text` first nests deeper than `limit`, or undefined if it never does. */
export function lineTooDeep(text: string, limit: number): number | undefined {
	let depth = 0;
	let line = 1;
	/** The next line break after the scan, looked for only when a string is skipped. */
	let nextBreak = -1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) line++;
		else if (c === 34) {
			// strings are most of a set's text (a link carries whole articles): skipped by a native search
			const end = closingQuote(text, i);
			if (end < 0) return undefined;
			// none in valid JSON's strings, but a wrong file's line numbers must still be right
			if (nextBreak < i) nextBreak = breakFrom(text, i);
			for (; nextBreak < end; nextBreak = breakFrom(text, nextBreak + 1)) line++;
			i = end;
		} else if (c === 91 || c === 123) {
			if (++depth > limit) return line;
		} else if (c === 93 || c === 125) depth--;
	}
	return undefined;
}

/** Index of the quote that closes the string opened at `open`, or -1 if none does. */
function closingQuote(text: string, open: number): number {
	let end = text.indexOf('"', open + 1);
	while (end >= 0 && escaped(text, end)) end = text.indexOf('"', end + 1);
	return end;
}

/** Whether the character at `at` follows an odd run of backslashes. */
function escaped(text: string, at: number): boolean {
	let slashes = 0;
	while (text.charCodeAt(at - 1 - slashes) === 92) slashes++;
	return slashes % 2 === 1;
}

/** Index of the first line break at or after `from`, or the text's length. */
function breakFrom(text: string, from: number): number {
	const at = text.indexOf('\n', from);
	return at < 0 ? text.length : at;
}
