/**
 * Sentences of a text, each an exact, trimmed slice of it, so a quote taken from one can be
 * checked against the text letter for letter. Shared by the extractor and the set editor.
 */

/** A sentence of the text, trimmed, with its offsets: `text` is exactly `input.slice(start, end)`. */
export type Sentence = { text: string; start: number; end: number };

/** Made on first use: loading the locale's rules costs a slow phone 80–180 ms, too much for a page that only imports this. */
let segmenter: Intl.Segmenter | undefined;

/**
 * Initials and titles written with a dot before a name (સી. આર. પાટીલ, ડૉ. વી. નારાયણન, સ્વ. ઇન્દિરા),
 * the age after one: રમેશ પટેલ (ઉં.વ. ૪૫), and a company's "private" (ઓમ સિરામિક્સ પ્રા. લિ.).
 */
const NAME_ABBREVIATIONS = [
	...['ઉં', 'ઉ', 'વ', 'ડૉ', 'ડો', 'પ્રો', 'સ્વ', 'પૂ', 'શ્રી', 'કુ', 'પ્રા', 'એ', 'બી', 'સી', 'ડી', 'ઈ', 'ઇ', 'એફ', 'જી', 'એચ', 'આઈ'],
	...['આઇ', 'જે', 'કે', 'એલ', 'એમ', 'એન', 'ઓ', 'પી', 'આર', 'એસ', 'ટી', 'યુ', 'વી', 'ડબલ્યુ', 'વાય', 'ઝેડ']
].join('|');

/** A father's or husband's initial in Gujarati letters (મનહરલાલ ર. દેસાઈ): one consonant, but not the words છ, ન and જ. */
export const GUJARATI_INITIAL = '(?![છનજ])[\\u0A95-\\u0AB9]';

/**
 * Parts of degrees and units written with dots besides initials: પીએચ.ડી., બી.એડ., એમ.કોમ.,
 * એલએલ.બી., બી.એસસી.; મિ.મી., કિ.મી., સે.મી., કિ.ગ્રા. ("૧૬૫ મિ.મી. વરસાદ" goes on).
 */
const DEGREE_PARTS = ['પીએચ', 'એડ', 'કોમ', 'એલએલ', 'એસસી', 'ટેક', 'ફાર્મ', 'આર્ક', 'મિ', 'મી', 'કિ', 'સે', 'ગ્રા'].join('|');

/**
 * A piece ending in such an abbreviation and its dot, a Gujarati initial, or a degree of two dotted
 * parts or more: the sentence goes on (ડૉ. વી. નારાયણન, મનહરલાલ ર. દેસાઈ, પીએચ.ડી. કરશે).
 */
const ENDS_IN_ABBREVIATION = new RegExp(
	`(?:^|[\\s("“'‘])(?:(?:${NAME_ABBREVIATIONS})(?:\\.(?:${NAME_ABBREVIATIONS}))*|${GUJARATI_INITIAL}` +
		`|(?:${NAME_ABBREVIATIONS}|${DEGREE_PARTS})(?:\\.(?:${NAME_ABBREVIATIONS}|${DEGREE_PARTS}))+)\\. *$`,
	'u'
);

/** A company's "private limited", which a sentence goes on after more often than it ends: શ્રીજી સિરામિક પ્રા. લિ. કંપનીનો માલ. */
const PRIVATE_LIMITED = /(?:^|\s)પ્રા\. ?લિ\.\s*$/u;

/**
 * Whether a piece leaves a quotation or a bracket open within its paragraph: «તેમણે કહ્યું, "આ મિશન
 * સફળ છે.» and «ચાલક રમેશ (૪૨, રહે.» go on to the sentence that closes it, so no question is made of half of one.
 */
function leftOpen(piece: string): boolean {
	if (/\n\s*$/.test(piece)) return false;
	const count = (mark: RegExp) => piece.match(mark)?.length ?? 0;
	return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1 || count(/\(/g) > count(/\)/g);
}

/**
 * Splits text into sentences with Intl.Segmenter. A break with no space after it is not a
 * sentence end: the segmenter breaks abbreviations such as યુ.કે.ની after each dot. Nor is the
 * dot of initials or a title before a name (સી. આર. પાટીલ, ડૉ. મહેતા), or one inside a quotation or brackets.
 */
export function splitSentences(text: string): Sentence[] {
	const pieces: { start: number; end: number }[] = [];
	segmenter ??= new Intl.Segmenter('gu', { granularity: 'sentence' });
	for (const { index, segment } of segmenter.segment(text)) {
		const end = index + segment.length;
		const last = pieces[pieces.length - 1];
		const glued =
			last !== undefined &&
			((/\S/.test(text[last.end - 1] ?? '') && /\S/.test(segment[0] ?? '')) ||
				ENDS_IN_ABBREVIATION.test(text.slice(last.start, last.end)) ||
				PRIVATE_LIMITED.test(text.slice(last.start, last.end)) ||
				leftOpen(text.slice(last.start, last.end)));
		if (glued) last.end = end;
		else pieces.push({ start: index, end });
	}
	return pieces.flatMap(({ start, end }) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		return body === '' ? [] : [{ text: body, start: start + lead, end: start + lead + body.length }];
	});
}
