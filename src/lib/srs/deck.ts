/** Which questions a flashcard session asks, from what the database says: pure. */
import type { CardRecord } from './cards';
import { isLearning } from './due';
import { pickStudyQueue, type StudyItem } from './queue';

export { endOfLocalDay, newAllowance, startOfLocalDay } from './due';

/** What the student chose to study: categories, and at most one set, or only its starred questions. */
export interface DeckChoice {
	categories: readonly string[];
	/** One set's questions only; empty or absent for every set. */
	setId?: string;
	/** Only these questions (the starred ones); absent for all. */
	only?: ReadonlySet<string>;
}

/** The ids of the deck's questions, in bank order. */
export function deckQuestionIds(
	questions: readonly { id: string; category: string; setId: string }[],
	choice: DeckChoice
): string[] {
	// a Set, not the list: a page's list is a state proxy, slow to search once per question of a large bank
	const categories = new Set(choice.categories);
	const { setId, only } = choice;
	return questions
		.filter((q) => categories.has(q.category) && (!setId || q.setId === setId) && (!only || only.has(q.id)))
		.map((q) => q.id);
}

/** The facts a deck is dealt from. */
export interface DeckInput {
	/** The deck's questions, in bank order (already filtered by category and set). */
	deckIds: readonly string[];
	/** Cards due today (any question); a card due later is left out whatever the list holds. */
	due: readonly CardRecord[];
	/**
	 * Ids of the deck's questions that have a card: all of them, or at least those before the deck's
	 * first `newAllowance` questions without one (db/cards' knownAmong), as far as new cards go.
	 */
	known: ReadonlySet<string>;
	now: Date;
	/** The end of the day: cards due before it are due today (see isDueBy). By default, due by `now`. */
	dayEnd?: Date;
	newPerDay: number;
	newRatedToday: number;
}

/**
 * Cards of the deck due today first, oldest due first, then new questions up to the day's
 * allowance. Cards in learning steps are among them: the session holds each until its time.
 */
export function dealDeck(input: DeckInput): StudyItem[] {
	const dayEnd = input.dayEnd ?? new Date(input.now.getTime() + 1);
	// A card still New (its first rating undone) is dealt as new; pickStudyQueue tells which is which.
	const dueIds = new Set(input.due.filter((c) => c.due.getTime() < dayEnd.getTime()).map((c) => c.questionId));
	// A question whose card is not yet due is neither due nor new: leave it out entirely.
	const eligible = input.deckIds.filter((id) => !input.known.has(id) || dueIds.has(id));
	return pickStudyQueue({
		cards: input.due,
		allQuestionIds: eligible,
		now: input.now,
		dayEnd,
		newPerDay: input.newPerDay,
		newIntroducedToday: input.newRatedToday
	});
}

/**
 * The deck's cards due today, dealt as dealDeck deals them but with no new question, so without
 * knowing which questions have a card. A card due today comes before every new question: when
 * this deal puts a card on screen, the whole deal puts the same one there, and the screen can
 * show it before the deck is walked for the day's new questions (in a large deck studied through,
 * that reads every card's key).
 */
export function dealDueOnly(input: Omit<DeckInput, 'known' | 'newPerDay'>): StudyItem[] {
	return dealDeck({ ...input, known: new Set(), newPerDay: 0 });
}

/**
 * The start of dealDueOnly's deal that is certain before the whole deck is known: `inDeck` says
 * whether a question is in the deck, or undefined when that is not known yet. The deal runs over
 * the questions known to be in the deck and every unknown one; its cards before the first unknown
 * question's are the whole deck's first, whichever way the unknown ones turn out. A session shows
 * a learning card whose time has come before any other, so none may wait beyond that point.
 */
export function certainDueCards(
	input: Omit<DeckInput, 'known' | 'newPerDay' | 'deckIds'>,
	inDeck: (questionId: string) => boolean | undefined
): StudyItem[] {
	const deckIds = input.due.map((card) => card.questionId).filter((id) => inDeck(id) !== false);
	const dealt = dealDueOnly({ ...input, deckIds });
	const cut = dealt.findIndex((item) => inDeck(item.questionId) === undefined);
	if (cut < 0) return dealt;
	const now = input.now.getTime();
	return dealt.slice(cut).some((item) => isLearning(item.card) && item.card.due.getTime() <= now) ? [] : dealt.slice(0, cut);
}
