import { quotesNoArticle } from '$lib/bank/fact-sentence';
import type { Question } from '$lib/bank/schema';
import type { Messages } from '$lib/i18n';

/** What a question's quote is called: words from its article, or the fact a question without one states. */
export function quoteLabel(t: Pick<Messages, 'theFact' | 'fromTheArticle'>, q: Pick<Question, 'prompt' | 'answer' | 'quote'>): string {
	return quotesNoArticle(q) ? t.theFact : t.fromTheArticle;
}
