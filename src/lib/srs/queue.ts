/** Which questions a study session asks, and in what order. */
import { State } from 'ts-fsrs';
import { newCard, type CardRecord } from './cards';
import { isDueBy, newAllowance } from './due';

/** One question to study, with the card to rate (a fresh one when the question is new). */
export type StudyItem = { questionId: string; isNew: boolean; card: CardRecord };

/** What pickStudyQueue needs; `newIntroducedToday` counts new questions already started today. */
export type StudyQueueInput = {
	cards: readonly CardRecord[];
	allQuestionIds: readonly string[];
	now: Date;
	newPerDay: number;
	newIntroducedToday: number;
	/** Cards due before this count as due (the end of the day); by default, those due by `now`. */
	dayEnd?: Date;
};

/**
 * The session's questions in order:
 * 1. cards already studied and due (by `dayEnd`, else by `now`), the longest overdue first (ties by question id);
 * 2. then new questions, in the order of `allQuestionIds`, while today's allowance lasts
 *    (`newPerDay - newIntroducedToday`). A question is new when it has no card or its card is
 *    still in the New state (a first rating that was undone).
 * Cards of questions no longer in the bank are left out; duplicate ids are asked once.
 */
export function pickStudyQueue({
	cards,
	allQuestionIds,
	now,
	newPerDay,
	newIntroducedToday,
	dayEnd = new Date(now.getTime() + 1)
}: StudyQueueInput): StudyItem[] {
	const inBank = new Set(allQuestionIds);
	const cardOf = new Map<string, CardRecord>();
	for (const card of cards) if (inBank.has(card.questionId)) cardOf.set(card.questionId, card);

	const due = [...cardOf.values()]
		.filter((card) => isDueBy(card, dayEnd))
		.sort((a, b) => a.due.getTime() - b.due.getTime() || (a.questionId < b.questionId ? -1 : 1))
		.map((card): StudyItem => ({ questionId: card.questionId, isNew: false, card }));

	const fresh: StudyItem[] = [];
	let allowance = newAllowance(newPerDay, newIntroducedToday);
	const seen = new Set<string>();
	for (const questionId of allQuestionIds) {
		if (allowance <= 0) break;
		if (seen.has(questionId)) continue;
		seen.add(questionId);
		const card = cardOf.get(questionId);
		if (card && card.state !== State.New) continue;
		fresh.push({ questionId, isNew: true, card: card ?? newCard(questionId, now) });
		allowance--;
	}
	return [...due, ...fresh];
}
