/**
 * What Home shows from the database: today's cards and an unfinished quiz. Loaded after first
 * paint, and light: it counts with srs/due (no ts-fsrs) and never loads the question bank.
 */
import { endOfLocalDay, newToday, startOfLocalDay, startsNewCard, STUDIED_STATES } from '$lib/srs/due';
import { storedReadiness } from '$lib/teach/verdict';
import { getDb } from './open';
import { summaryOf } from './set-summaries';

export interface HomeStatus {
	/** Cards due today, as /cards counts them: in learning steps and reviews. */
	due: number;
	/** New cards waiting today, as /cards deals them. */
	fresh: number;
	/** Every question has its card: no new card is left on any day, not just today. */
	allStarted?: true;
	/** The unfinished quiz's progress, when there is one. */
	unfinished?: { answered: number; total: number };
	/** The sets made, imported or received on this phone, newest first, for links to their pages. */
	ownSets: OwnSetLink[];
}

/** An own set as Home lists it. */
export interface OwnSetLink {
	id: string;
	title: string;
	title_en: string;
	total: number;
}

/** What Home knows without the database: the built-in sets' size and the student's daily allowance. */
export interface HomeFacts {
	/** Questions in the built-in sets (their totals, rendered with the page). */
	builtinQuestions: number;
	newPerDay: number;
}

/**
 * Reads today's cards and the unfinished quiz in one transaction. The due figure is exact, but
 * for cards of questions no set holds any more, which /cards leaves out: deleting an own set
 * deletes its cards, so only a restored backup's cards of questions gone since are counted. New
 * cards are the day's allowance, capped by questions without a card, taken as every question
 * (built-in totals plus the questions of own sets not known to need fixing, which /cards leaves
 * out) less every card. Both matter only once nearly every question has a card.
 */
export async function homeStatus(now: Date, facts: HomeFacts): Promise<HomeStatus> {
	const db = await getDb();
	const dayEnd = endOfLocalDay(now);
	const tx = db.transaction(['cards', 'reviews', 'sets', 'summaries', 'quizzes', 'attempts'], 'readonly');
	// due cards (srs/due's isDueBy) counted by state in the index, not read: a card read is a record to rebuild, and thousands may be due
	const dueInState = (state: number) => tx.objectStore('cards').index('by-state-due').count(IDBKeyRange.bound([state], [state, dayEnd], false, true));
	const [dueByState, cards, today, summaries, setCount, active] = await Promise.all([
		Promise.all(STUDIED_STATES.map(dueInState)),
		tx.objectStore('cards').count(),
		tx.objectStore('reviews').index('by-review').getAll(IDBKeyRange.lowerBound(startOfLocalDay(now))),
		tx.objectStore('summaries').getAll(),
		tx.objectStore('sets').count(),
		tx.objectStore('quizzes').index('by-status').getAll('active')
	]);
	// every write of a set writes its summary; a set stored some other way is read in full
	const ownSets =
		summaries.length === setCount ? summaries : (await tx.objectStore('sets').getAll()).map(summaryOf);
	const quiz = active.sort((a, b) => b.startedAt - a.startedAt)[0];
	const answered = quiz ? await tx.objectStore('attempts').index('by-quiz').count(quiz.id) : 0;
	await tx.done;
	const ownQuestions = ownSets.reduce((n, summary) => (storedReadiness(summary) === false ? n : n + summary.total), 0);
	const unstudied = facts.builtinQuestions + ownQuestions - cards;
	const newestFirst = ownSets.filter((s) => s.total > 0).sort((a, b) => b.updatedAt - a.updatedAt);
	return {
		ownSets: newestFirst.map(({ id, title, title_en, total }) => ({ id, title: title || id, title_en: title_en || title || id, total })),
		due: dueByState.reduce((sum, n) => sum + n, 0),
		fresh: newToday(facts.newPerDay, today.filter(startsNewCard).length, unstudied),
		...(unstudied <= 0 && cards > 0 ? { allStarted: true as const } : {}),
		...(quiz ? { unfinished: { answered, total: quiz.items.length } } : {})
	};
}
