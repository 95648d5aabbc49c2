/**
 * Sentences of a text, each an exact, trimmed slice of it, so a quote taken from one can be
 * checked against the text letter for letter. Shared by the extractor and the set editor.
 */

/** A sentence of the text, trimmed, with its offsets: `text` is exactly `input.slice(start, end)`. */
export type Sentence = { text: string; start: number; end: number };

const segmenter = new Intl.Segmenter('gu', { granularity: 'sentence' });

/**
 * Splits text into sentences with Intl.Segmenter. A break with no space after it is not a
 * sentence end: the segmenter breaks abbreviations such as યુ.કે.ની after each dot.
 */
export function splitSentences(text: string): Sentence[] {
	const pieces: { start: number; end: number }[] = [];
	for (const { index, segment } of segmenter.segment(text)) {
		const end = index + segment.length;
		const last = pieces[pieces.length - 1];
		const glued = last !== undefined && /\S/.test(text[last.end - 1] ?? '') && /\S/.test(segment[0] ?? '');
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
