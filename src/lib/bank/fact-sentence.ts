/** The sentence that stands for a source text when a question has none (import/to-set.ts, teach/record.ts). */
import { BLANK } from './blank';
import type { Question } from './schema';

/**
 * A sentence that states the fact, for a question with no source text: a missing-word
 * question with its blank filled in, else the prompt and the answer side by side.
 */
export function factSentence(prompt: string, answer: string): string {
	const parts = prompt.split(BLANK);
	const sentence = parts.length === 2 ? parts.join(answer) : `${prompt} — ${answer}`;
	// the schema's limit; a prompt near it is rare enough to cut rather than refuse
	return sentence.slice(0, 2000);
}

/** Whether a question's quote is its fact sentence, made from the question itself: no article's words. */
export function quotesNoArticle(q: Pick<Question, 'prompt' | 'answer' | 'quote'>): boolean {
	return q.quote === factSentence(q.prompt, q.answer);
}
