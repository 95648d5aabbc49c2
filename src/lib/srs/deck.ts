/** Which questions a flashcard session asks, from what the database says: pure. */
import type { CardRecord } from './cards';
import { pickStudyQueue, type StudyItem } from './queue';

/** The facts a deck is dealt from. */
export interface DeckInput {
	/** The deck's questions, in bank order (already filtered by category and set). */
	deckIds: readonly string[];
	/** Cards due by now (any question). */
	due: readonly CardRecord[];
	/** Ids of every question that has a card. */
	known: ReadonlySet<string>;
	now: Date;
	newPerDay: number;
	newRatedToday: number;
}

/** Due cards of the deck first, oldest due first, then new questions up to the day's allowance. */
export function dealDeck(input: DeckInput): StudyItem[] {
	const dueIds = new Set(input.due.map((c) => c.questionId));
	// A question whose card is not yet due is neither due nor new: leave it out entirely.
	const eligible = input.deckIds.filter((id) => !input.known.has(id) || dueIds.has(id));
	return pickStudyQueue({
		cards: input.due,
		allQuestionIds: eligible,
		now: input.now,
		newPerDay: input.newPerDay,
		newIntroducedToday: input.newRatedToday
	});
}

/** Local midnight of `now`'s day, for "new cards today". */
export function startOfLocalDay(now: Date): Date {
	const day = new Date(now);
	day.setHours(0, 0, 0, 0);
	return day;
}
