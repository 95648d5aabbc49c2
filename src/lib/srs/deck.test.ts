import { describe, expect, test } from 'vitest';
import { newCard, rate } from './cards';
import { dealDeck } from './deck';
import { Rating } from 'ts-fsrs';
import { createScheduler } from './scheduler';

const scheduler = createScheduler({ fuzz: false });
const now = new Date('2026-11-24T09:00:00Z');
const earlier = new Date('2026-11-20T09:00:00Z');
const studied = (id: string) => rate(scheduler, newCard(id, earlier), Rating.Good, earlier).card;

describe('dealDeck', () => {
	test('due cards first, then new ones up to the allowance; cards not yet due stay out', () => {
		const dueCard = studied('d1');
		const queue = dealDeck({
			deckIds: ['n1', 'd1', 'later', 'n2', 'n3'],
			due: [dueCard],
			known: new Set(['d1', 'later']),
			now,
			newPerDay: 3,
			newRatedToday: 1
		});
		expect(queue.map((i) => [i.questionId, i.isNew])).toEqual([
			['d1', false],
			['n1', true],
			['n2', true]
		]);
	});

	test('a due card outside the deck (another category or set) is not asked', () => {
		const queue = dealDeck({
			deckIds: ['n1'],
			due: [studied('elsewhere')],
			known: new Set(['elsewhere']),
			now,
			newPerDay: 20,
			newRatedToday: 0
		});
		expect(queue.map((i) => i.questionId)).toEqual(['n1']);
	});
});
