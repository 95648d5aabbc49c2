import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { newCard, rate } from './cards';
import { certainDueCards, dealDeck, dealDueOnly, deckQuestionIds } from './deck';
import { startSession } from './session';
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

	test('with the end of the day given, a review due this evening is dealt now; one due tomorrow is not', () => {
		const evening = { ...studied('evening'), due: new Date('2026-11-24T17:00:00Z') };
		const tomorrow = { ...studied('tomorrow'), due: new Date('2026-11-25T09:00:00Z') };
		const queue = dealDeck({
			deckIds: ['evening', 'tomorrow', 'n1'],
			due: [evening, tomorrow],
			known: new Set(['evening', 'tomorrow']),
			now,
			dayEnd: new Date('2026-11-24T18:30:00Z'),
			newPerDay: 20,
			newRatedToday: 0
		});
		expect(queue.map((i) => [i.questionId, i.isNew])).toEqual([
			['evening', false],
			['n1', true]
		]);
	});
});

describe('deckQuestionIds', () => {
	const questions = [
		{ id: 'a', category: 'date', setId: 'news' },
		{ id: 'b', category: 'person', setId: 'news' },
		{ id: 'c', category: 'place', setId: 'gk' },
		{ id: 'd', category: 'date', setId: 'gk' }
	];

	test('keeps the chosen categories, in bank order', () => {
		expect(deckQuestionIds(questions, { categories: ['place', 'date'] })).toEqual(['a', 'c', 'd']);
		expect(deckQuestionIds(questions, { categories: [] })).toEqual([]);
	});

	test('keeps one set when one is named, every set when none is', () => {
		expect(deckQuestionIds(questions, { categories: ['date', 'person', 'place'], setId: 'gk' })).toEqual(['c', 'd']);
		expect(deckQuestionIds(questions, { categories: ['date'], setId: '' })).toEqual(['a', 'd']);
	});

	test('keeps only the starred questions when asked, and none when nothing is starred', () => {
		const all = ['date', 'person', 'place'];
		expect(deckQuestionIds(questions, { categories: all, setId: 'news', only: new Set(['b', 'c']) })).toEqual(['b']);
		expect(deckQuestionIds(questions, { categories: all, only: new Set() })).toEqual([]);
	});
});

describe('dealDueOnly', () => {
	const HOUR = 3_600_000;
	const dayEnd = new Date('2026-11-24T18:30:00Z');
	// a question's card: none, one still New (its first rating undone), in a learning step, or a review; due some hours away
	const cardArb = fc.option(
		fc.record({ kind: fc.constantFrom('new', 'learning', 'review'), hours: fc.integer({ min: -48, max: 48 }) }),
		{ nil: undefined }
	);
	const cardOf = (id: string, kind: string, hours: number) => {
		const base = kind === 'new' ? newCard(id, earlier) : rate(scheduler, newCard(id, earlier), kind === 'review' ? Rating.Easy : Rating.Again, earlier).card;
		return { ...base, due: new Date(now.getTime() + hours * HOUR) };
	};

	test('puts on screen the card the whole deal would, whenever it puts one there', () => {
		fc.assert(
			fc.property(fc.array(cardArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), (cards, newPerDay, newRatedToday) => {
				const deckIds = cards.map((_, i) => `q${i}`);
				const stored = cards.flatMap((c, i) => (c ? [cardOf(`q${i}`, c.kind, c.hours)] : []));
				const input = { deckIds, due: stored, now, dayEnd, newRatedToday };
				const first = startSession(dealDueOnly(input), now, dayEnd, true).current;
				const whole = startSession(dealDeck({ ...input, known: new Set(stored.map((c) => c.questionId)), newPerDay }), now, dayEnd, true).current;
				if (first) expect(first).toEqual(whole);
			}),
			{ numRuns: 2000 }
		);
	});

	test('deals no new question, and nothing when no card of the deck is due', () => {
		const input = { deckIds: ['n1', 'n2'], due: [], now, dayEnd, newRatedToday: 0 };
		expect(dealDueOnly(input)).toEqual([]);
		const dueCard = studied('d1');
		expect(dealDueOnly({ ...input, deckIds: ['n1', 'd1'], due: [dueCard] }).map((i) => i.questionId)).toEqual(['d1']);
	});
});

describe('certainDueCards', () => {
	const HOUR = 3_600_000;
	const dayEnd = new Date('2026-11-24T18:30:00Z');
	// a stored card (still New, in a learning step, or a review, due some hours away), whether its question is in the deck, and whether that is known yet
	const cardArb = fc.record({
		kind: fc.constantFrom('new', 'learning', 'review'),
		hours: fc.integer({ min: -48, max: 48 }),
		inDeck: fc.boolean(),
		known: fc.boolean()
	});
	const cardOf = (id: string, kind: string, hours: number) => {
		const base = kind === 'new' ? newCard(id, earlier) : rate(scheduler, newCard(id, earlier), kind === 'review' ? Rating.Easy : Rating.Again, earlier).card;
		return { ...base, due: new Date(now.getTime() + hours * HOUR) };
	};

	test('puts on screen the card the whole deal would, whenever it puts one there', () => {
		fc.assert(
			fc.property(fc.array(cardArb, { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 4 }), (cards, newPerDay) => {
				const due = cards.map((c, i) => cardOf(`q${i}`, c.kind, c.hours));
				const deckIds = [...cards.flatMap((c, i) => (c.inDeck ? [`q${i}`] : [])), 'fresh'];
				const inDeck = (id: string) => {
					const c = cards[Number(id.slice(1))]!;
					return c.known ? c.inDeck : undefined;
				};
				const early = startSession(certainDueCards({ due, now, dayEnd, newRatedToday: 0 }, inDeck), now, dayEnd, true).current;
				const known = new Set(due.map((c) => c.questionId));
				const whole = startSession(dealDeck({ deckIds, due, known, now, dayEnd, newPerDay, newRatedToday: 0 }), now, dayEnd, true).current;
				if (early) expect(early).toEqual(whole);
			}),
			{ numRuns: 3000 }
		);
	});

	test('deals the whole due-only deal when every question is known, and stops at the first unknown one', () => {
		const reviewed = (id: string, hoursAgo: number) => ({ ...cardOf(id, 'review', 0), due: new Date(now.getTime() - hoursAgo * HOUR) });
		const input = { due: [reviewed('c', 1), reviewed('a', 3), reviewed('b', 2)], now, dayEnd, newRatedToday: 0 };
		const ids = (inDeck: (id: string) => boolean | undefined) => certainDueCards(input, inDeck).map((item) => item.questionId);
		expect(ids((id) => id !== 'b')).toEqual(['a', 'c']);
		expect(ids((id) => (id === 'b' ? undefined : true))).toEqual(['a']);
		expect(ids((id) => (id === 'a' ? undefined : true))).toEqual([]);
		// a learning card due now past the unknown one would be shown before 'a'
		const learning = { ...cardOf('l', 'learning', 0), due: new Date(now.getTime() - HOUR) };
		expect(certainDueCards({ ...input, due: [...input.due, learning] }, (id) => (id === 'b' ? undefined : true))).toEqual([]);
	});
});
