/** The sentence that stands for a source text when a question has none (import/to-set.ts, teach/record.ts). */
import { BLANK } from './blank';
import type { Question } from './schema';
import { isTrueFalse } from './truth-words';

/** The blank and a hint in brackets after it, as Anki's cloze `{{c1::ગાંધીનગર::city}}` leaves them: "_____ (city)". */
const HINTED_BLANK = new RegExp(`${BLANK} \\([^()\\n]*\\)`);

/** The prompt's blank filled in, or the prompt and the answer side by side; a hint after the blank kept when `hint`. */
function filled(prompt: string, answer: string, hint: boolean): string {
	const parts = (hint ? prompt : prompt.replace(HINTED_BLANK, BLANK)).split(BLANK);
	const sentence = parts.length === 2 ? parts.join(answer) : `${prompt} — ${answer}`;
	// the schema's limit; a prompt near it is rare enough to cut rather than refuse
	return sentence.slice(0, 2000);
}

/**
 * A sentence that states the fact, for a question with no source text: a missing-word
 * question with its blank filled in (a hint after the blank is for the question only:
 * "ગાંધીનગર (city) ગુજરાતની રાજધાની છે" stated it twice), else the prompt and the answer side by side.
 */
export function factSentence(prompt: string, answer: string): string {
	return filled(prompt, answer, false);
}

/**
 * Whether a question's quote is its fact sentence, made from the question itself: no article's words.
 * A fact stored before hints were left out, with its hint, is one too.
 */
export function quotesNoArticle(q: Pick<Question, 'prompt' | 'answer' | 'quote'>): boolean {
	return q.quote === factSentence(q.prompt, q.answer) || q.quote === filled(q.prompt, q.answer, true);
}

/**
 * Whether a question's quote tells the student anything: not for a true/false statement with no
 * article, whose made fact is its prompt again with સાચું or ખોટું after it (the verdict says that).
 */
export function quoteWorthShowing(q: Pick<Question, 'prompt' | 'answer' | 'quote' | 'accept' | 'distractors'>): boolean {
	return !(isTrueFalse(q) && quotesNoArticle(q));
}
