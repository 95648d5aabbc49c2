/**
 * Invisible characters pasted inside Gujarati words (a zero-width space in ગાંધીનગર, a ZWNJ before
 * the ending of મોદીએ): zero-width spaces, word joiners, byte-order marks, and a ZWNJ or ZWJ that
 * shapes no conjunct, only hint at rendering. The rules read the text without them; offsets
 * found there are mapped back to the text as given.
 */

/** Always invisible: zero-width space, word joiner, byte-order mark. */
const DROPPED = new Set(['\u200B', '\u2060', '\uFEFF']);
const JOINERS = new Set(['\u200C', '\u200D']);
/** The Gujarati virama: a joiner right after it picks a half form or a visible virama. */
const VIRAMA = '\u0ACD';
const LETTER = /\p{L}/u;

/** The text without invisible characters, and where each of its offsets stands in the text as given. */
export type Readable = {
	text: string;
	/** The offset in the given text of offset `at` of `text`, as a start. */
	start: (at: number) => number;
	/** The offset in the given text of offset `at` of `text`, as an end: no invisible character after the span. */
	end: (at: number) => number;
};

/** Whether a joiner at `i` shapes a conjunct: one joiner, right after a virama, before a letter. */
function shapes(raw: string, i: number): boolean {
	return raw[i - 1] === VIRAMA && LETTER.test(raw[i + 1] ?? '');
}

/** The text as the rules read it, with the map back to the text as given. */
export function readable(raw: string): Readable {
	const kept: number[] = [];
	let text = '';
	for (let i = 0; i < raw.length; i++) {
		const c = raw[i]!;
		if (DROPPED.has(c) || (JOINERS.has(c) && !shapes(raw, i))) continue;
		kept.push(i);
		text += c;
	}
	if (text.length === raw.length) return { text, start: (at) => at, end: (at) => at };
	return {
		text,
		start: (at) => (at < kept.length ? kept[at]! : raw.length),
		end: (at) => (at === 0 ? 0 : kept[at - 1]! + 1)
	};
}
