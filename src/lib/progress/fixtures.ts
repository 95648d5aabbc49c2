/** Small answer histories for the progress tests. Times are in Asia/Kolkata (+05:30). */
import type { AttemptLike, QuestionInfo, QuestionLookup } from './types';

/** Minutes east of UTC in India. */
export const IST = 330;

/** New York's offset at an instant in autumn 2026: summer time (-4 h) ends at 2:00 on 1 November (06:00 UTC). */
export const newYork = (at: number): number => (at < Date.UTC(2026, 10, 1, 6) ? -240 : -300);

/** An instant given as Indian local time, e.g. ist('2025-03-20T12:00'). */
export const ist = (local: string): Date => new Date(`${local}:00+05:30`);

/** An answer at an Indian local time. */
export function answer(questionId: string, correct: boolean, local: string): AttemptLike {
	return { questionId, correct, at: ist(local).getTime(), mode: 'choice', ms: 4_000 };
}

const question = (category: string, article: string, prompt: string): QuestionInfo => ({
	category,
	article,
	setId: 'mar',
	prompt
});

const questions: Record<string, QuestionInfo> = {
	d1: question('date', 'budget.txt', 'બજેટ ક્યારે રજૂ થયું?'),
	d2: question('date', 'games.txt', 'રમતો ક્યારે શરૂ થઈ?'),
	p1: question('person', 'budget.txt', 'બજેટ કોણે રજૂ કર્યું?'),
	s1: question('place', 'games.txt', 'રમતો ક્યાં યોજાઈ?')
};

/** Looks up the four fixture questions. */
export const lookup: QuestionLookup = (id) => questions[id];
