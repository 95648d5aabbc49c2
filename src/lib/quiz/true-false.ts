/**
 * True-or-false statements from a question's quote: the quote as written is true; with the
 * answer swapped for a distractor it is false. Endings glued to the answer stay put, so
 * "પુતિનનું સ્વાગત" becomes "કિમનું સ્વાગત".
 */
import type { Question } from '../bank/schema';
import { toAsciiDigits } from '../text/normalize';

/** Where the answer (or one of its accept forms) stands in the quote. */
export type QuoteSpan = { start: number; end: number };

/** A statement to judge, and whether it was made from the quote. */
export type Statement = {
	text: string;
	/** False when the answer is not in the quote and the statement pairs prompt and claim. */
	fromQuote: boolean;
};

/** Endings that may follow the answer inside a word: નું, ને, માં, એ, the ે of મંગળવારે. */
const ENDINGS = ['નાં', 'ના', 'ની', 'નું', 'નો', 'ને', 'માં', 'થી', 'સુધી', 'એ', 'ે', 'ઓ'];

/** A Gujarati letter, sign or digit, or a Latin letter or digit: part of a word. */
const isWordChar = (c: string | undefined) => c !== undefined && /[\u0A81-\u0AEF\w]/.test(c);

/**
 * The first place in the quote where the answer or an accept form stands as a word of its own
 * (a case ending may follow, nothing may precede). Digits match in either script. At one
 * position the longest form wins, so "વ્લાદિમીર પુતિન" is taken whole rather than "પુતિન".
 */
export function locateAnswer(question: Pick<Question, 'answer' | 'accept' | 'quote'>): QuoteSpan | null {
	const quote = toAsciiDigits(question.quote.normalize('NFC'));
	let best: QuoteSpan | null = null;
	for (const raw of [question.answer, ...question.accept]) {
		const form = toAsciiDigits(raw.normalize('NFC').trim());
		if (form === '') continue;
		for (let at = quote.indexOf(form); at !== -1; at = quote.indexOf(form, at + 1)) {
			const end = at + form.length;
			const rest = quote.slice(end);
			const startsWord = !isWordChar(quote[at - 1]);
			const endsWord = !isWordChar(rest[0]) || ENDINGS.some((e) => rest.startsWith(e));
			if (!startsWord || !endsWord) continue;
			if (!best || at < best.start || (at === best.start && end > best.end)) best = { start: at, end };
			break;
		}
	}
	return best;
}

/**
 * The statement claiming `claim` as the answer. For the answer itself that is the quote unchanged;
 * for anything else, the quote with its first mention of the answer replaced. When the answer
 * cannot be found in the quote, both true and false statements take the form "prompt — claim",
 * so the form gives nothing away.
 */
export function statementFor(
	question: Pick<Question, 'answer' | 'accept' | 'quote' | 'prompt'>,
	claim: string
): Statement {
	const quote = question.quote.normalize('NFC');
	const span = locateAnswer(question);
	if (!span) return { text: `${question.prompt} — ${claim}`, fromQuote: false };
	if (claim === question.answer) return { text: quote, fromQuote: true };
	return { text: quote.slice(0, span.start) + claim + quote.slice(span.end), fromQuote: true };
}
