/** The sentences of a source text, offered as quotes: each one an exact piece of the text. */
import { normalizeForSearch } from '../text/normalize';
import { splitSentences } from '../text/sentences';

/**
 * The text's sentences, trimmed, each once, in order, abbreviations such as યુ.એસ.ની kept
 * inside. Each line is split on its own, so a headline without a full stop does not run into
 * the first sentence.
 */
export function sourceSentences(text: string): string[] {
	const seen = new Set<string>();
	for (const line of text.split(/\r\n|\r|\n/)) {
		for (const sentence of splitSentences(line)) seen.add(sentence.text);
	}
	return [...seen];
}

/**
 * Sentences split into those that hold one of `forms` (the answer and its other spellings),
 * which are the likely quotes, and the rest.
 */
export function sentencesWithAnswer(
	sentences: readonly string[],
	forms: readonly string[]
): { withAnswer: string[]; others: string[] } {
	const keys = forms.map(normalizeForSearch).filter((key) => key !== '');
	const withAnswer: string[] = [];
	const others: string[] = [];
	for (const sentence of sentences) {
		const text = normalizeForSearch(sentence);
		(keys.some((key) => text.includes(key)) ? withAnswer : others).push(sentence);
	}
	return { withAnswer, others };
}
