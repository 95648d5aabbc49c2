/**
 * What Home shows from the database: today's cards and an unfinished quiz. Loaded after first
 * paint, and light: it counts with srs/due (no ts-fsrs) and never loads the question bank.
 */
import { dueCounts, endOfLocalDay, newToday, startOfLocalDay, startsNewCard } from '$lib/srs/due';
import { getDb } from './open';

export interface HomeStatus {
	/** Cards due today, as /cards counts them: in learning steps and reviews. */
	due: number;
	/** New cards waiting today, as /cards deals them. */
	fresh: number;
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
 * for cards of questions no set holds any more (a deleted own set), which /cards leaves out. New
 * cards are the day's allowance, capped by questions without a card, taken as every question
 * (built-in totals plus own sets' questions) less every card; an own set that still needs fixing
 * is counted although /cards leaves it out. Both matter only once nearly every question has a card.
 */
export async function homeStatus(now: Date, facts: HomeFacts): Promise<HomeStatus> {
	const db = await getDb();
	const dayEnd = endOfLocalDay(now);
	const tx = db.transaction(['cards', 'reviews', 'sets', 'quizzes', 'attempts'], 'readonly');
	const [dueToday, cards, today, ownSets, active] = await Promise.all([
		tx.objectStore('cards').index('by-due').getAll(IDBKeyRange.upperBound(dayEnd, true)),
		tx.objectStore('cards').count(),
		tx.objectStore('reviews').index('by-review').getAll(IDBKeyRange.lowerBound(startOfLocalDay(now))),
		tx.objectStore('sets').getAll(),
		tx.objectStore('quizzes').index('by-status').getAll('active')
	]);
	const quiz = active.sort((a, b) => b.startedAt - a.startedAt)[0];
	const answered = quiz ? await tx.objectStore('attempts').index('by-quiz').count(quiz.id) : 0;
	await tx.done;
	const { learning, review } = dueCounts(dueToday, dayEnd);
	const ownQuestions = ownSets.reduce((n, record) => n + record.set.questions.length, 0);
	const unstudied = facts.builtinQuestions + ownQuestions - cards;
	const newestFirst = ownSets.filter((r) => r.set.questions.length > 0).sort((a, b) => b.updatedAt - a.updatedAt);
	return {
		ownSets: newestFirst.map(({ id, set }) => ({ id, title: set.title || id, title_en: set.title_en || set.title || id, total: set.questions.length })),
		due: learning + review,
		fresh: newToday(facts.newPerDay, today.filter(startsNewCard).length, unstudied),
		...(quiz ? { unfinished: { answered, total: quiz.items.length } } : {})
	};
}
