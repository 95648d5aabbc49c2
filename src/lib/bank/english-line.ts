/**
 * A question's English line as a reader should see it. The schema asks every question for one;
 * a teacher's question without English keeps its Gujarati fact there (import/to-set.ts,
 * teach/record.ts), which is no English line to show, export or mark as English.
 */
import type { Question } from './schema';

/** The note the drafter leaves for an author (extract/draft-set.ts), which sets drafted on a phone once kept as English. */
const DRAFT_NOTE = /^Draft: .+, in (sentence \d+|the dateline)\.$/;

/** The question's English line, or undefined when it has none (empty, the same as its quote, or a drafter's note). */
export function englishLine(q: Pick<Question, 'en' | 'quote'>): string | undefined {
	const en = q.en.trim();
	return en === '' || en === q.quote.trim() || DRAFT_NOTE.test(en) ? undefined : en;
}
