/** Words for a live region, which a screen reader reads as one run of text. */

/** A sentence's end, in English or Gujarati (the danda is rare in news, but a teacher may type it). */
const ENDED = /[.!?।]$/u;

/**
 * The parts as sentences, each ended with a full stop unless it has an end of its own: a screen
 * reader pauses there, where "The answer: 2022 0 of 27 mastered" ran the answer into the count.
 */
export function spokenSentences(...parts: string[]): string {
	return parts
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.map((part) => (ENDED.test(part) ? part : `${part}.`))
		.join(' ');
}
