/**
 * A question's English line as a reader should see it. The schema asks every question for one;
 * a teacher's question without English keeps its Gujarati fact there (import/to-set.ts,
 * teach/record.ts), which is no English line to show, export or mark as English.
 */
import type { Question } from './schema';

/** The question's English line, or undefined when it has none (empty, or the same as its quote). */
export function englishLine(q: Pick<Question, 'en' | 'quote'>): string | undefined {
	const en = q.en.trim();
	return en === '' || en === q.quote.trim() ? undefined : en;
}
