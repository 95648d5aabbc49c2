import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { newCard, rate, type CardRecord } from './cards';
import { pickStudyQueue } from './queue';
import { createScheduler } from './scheduler';

const now = new Date('2025-03-20T04:30:00.000Z');
const plain = createScheduler({ fuzz: false });

/** A card in review, due at the given time. */
function dueAt(questionId: string, iso: string): CardRecord {
	const start = new Date('2025-03-01T00:00:00.000Z');
	const learnt = rate(plain, newCard(questionId, start), Rating.Easy, start);
	return { ...learnt.card, due: new Date(iso) };
}

const bank = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const cards = [
	dueAt('a', '2025-03-19T00:00:00.000Z'),
	dueAt('b', '2025-03-25T00:00:00.000Z'),
	dueAt('c', '2025-03-12T00:00:00.000Z'),
	dueAt('d', '2025-03-20T04:30:00.000Z')
];
const ids = (items: { questionId: string }[]) => items.map((item) => item.questionId);

describe('pickStudyQueue', () => {
	it('asks due cards, longest overdue first, then new questions in bank order', () => {
		const queue = pickStudyQueue({ cards, allQuestionIds: bank, now, newPerDay: 10, newIntroducedToday: 0 });
		expect(ids(queue)).toEqual(['c', 'a', 'd', 'e', 'f', 'g']);
		expect(queue.map((item) => item.isNew)).toEqual([false, false, false, true, true, true]);
	});

	it('gives each new question a fresh card due now', () => {
		const queue = pickStudyQueue({ cards, allQuestionIds: bank, now, newPerDay: 1, newIntroducedToday: 0 });
		const fresh = queue.at(-1);
		expect(fresh?.questionId).toBe('e');
		expect(fresh?.card.due).toEqual(now);
		expect(fresh?.card.reps).toBe(0);
	});

	it('keeps to what is left of the daily allowance of new questions', () => {
		const base = { cards, allQuestionIds: bank, now, newPerDay: 5 };
		expect(ids(pickStudyQueue({ ...base, newIntroducedToday: 3 }))).toEqual(['c', 'a', 'd', 'e', 'f']);
		expect(ids(pickStudyQueue({ ...base, newIntroducedToday: 5 }))).toEqual(['c', 'a', 'd']);
		expect(ids(pickStudyQueue({ ...base, newIntroducedToday: 9 }))).toEqual(['c', 'a', 'd']);
	});

	it('treats a card whose first rating was undone as new', () => {
		const undone = newCard('b', new Date('2025-03-01T00:00:00.000Z'));
		const queue = pickStudyQueue({
			cards: [undone],
			allQuestionIds: ['b', 'e'],
			now,
			newPerDay: 1,
			newIntroducedToday: 0
		});
		expect(queue).toEqual([{ questionId: 'b', isNew: true, card: undone }]);
	});

	it('leaves out cards of questions no longer in the bank and asks a repeated id once', () => {
		const queue = pickStudyQueue({
			cards: [dueAt('gone', '2025-03-01T00:00:00.000Z'), ...cards],
			allQuestionIds: ['e', 'e', 'a', 'c', 'd'],
			now,
			newPerDay: 10,
			newIntroducedToday: 0
		});
		expect(ids(queue)).toEqual(['c', 'a', 'd', 'e']);
	});

	it('breaks ties in due time by question id', () => {
		const same = '2025-03-18T00:00:00.000Z';
		const queue = pickStudyQueue({
			cards: [dueAt('y', same), dueAt('x', same)],
			allQuestionIds: ['y', 'x'],
			now,
			newPerDay: 0,
			newIntroducedToday: 0
		});
		expect(ids(queue)).toEqual(['x', 'y']);
	});
});
