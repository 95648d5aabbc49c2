import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { newCard, preview, rate, undo, type CardRecord } from './cards';
import { createScheduler } from './scheduler';

// 10:00 in Ahmedabad.
const now = new Date('2025-03-10T04:30:00.000Z');
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000);
const daysLater = (d: number, from = now) => new Date(from.getTime() + d * 86_400_000);
const plain = createScheduler({ fuzz: false });

/** A card rated Good twice, ten minutes apart: in review, due two days after the second rating. */
function learntCard(): CardRecord {
	const first = rate(plain, newCard('q1', now), Rating.Good, now).card;
	return rate(plain, first, Rating.Good, minutesLater(10)).card;
}

describe('newCard', () => {
	it('is new and due at once', () => {
		const card = newCard('q1', now);
		expect(card.questionId).toBe('q1');
		expect(card.state).toBe(State.New);
		expect(card.due).toEqual(now);
		expect(card.reps).toBe(0);
		expect(card.last_review).toBeUndefined();
	});

	it('keeps no deprecated elapsed_days', () => {
		expect('elapsed_days' in newCard('q1', now)).toBe(false);
		expect('elapsed_days' in rate(plain, newCard('q1', now), Rating.Good, now).card).toBe(false);
	});
});

describe('rate a new card (FSRS-6 defaults, steps 1m and 10m, retention 0.9)', () => {
	const card = newCard('q1', now);

	it.each([
		['Again: back in 1 minute, learning', Rating.Again, { due: minutesLater(1), state: State.Learning, stability: 0.212 }],
		['Hard: back in 6 minutes, between the two steps', Rating.Hard, { due: minutesLater(6), state: State.Learning, stability: 1.2931 }],
		['Good: back in 10 minutes, the second step', Rating.Good, { due: minutesLater(10), state: State.Learning, learning_steps: 1, stability: 2.3065 }],
		['Easy: skips the steps, back in 8 days', Rating.Easy, { due: daysLater(8), state: State.Review, scheduled_days: 8, stability: 8.2956, difficulty: 1 }]
	] as const)('%s', (_, rating, next) => {
		expect(rate(plain, card, rating, now).card).toMatchObject(next);
	});

	it('Good on the second step graduates it for 2 days', () => {
		const card = learntCard();
		expect(card.state).toBe(State.Review);
		expect(card.scheduled_days).toBe(2);
		expect(card.due).toEqual(daysLater(2, minutesLater(10)));
		expect(card.reps).toBe(2);
		expect(card.last_review).toEqual(minutesLater(10));
	});

	it('logs the rating with the state before it', () => {
		const { log } = rate(plain, card, Rating.Hard, now);
		expect(log.questionId).toBe('q1');
		expect(log.rating).toBe(Rating.Hard);
		expect(log.state).toBe(State.New);
		expect(log.review).toEqual(now);
		expect('elapsed_days' in log).toBe(false);
		expect('last_elapsed_days' in log).toBe(false);
	});

	it('counts a lapse when a card in review is forgotten', () => {
		const lapsed = rate(plain, learntCard(), Rating.Again, daysLater(2, minutesLater(10))).card;
		expect(lapsed.state).toBe(State.Relearning);
		expect(lapsed.lapses).toBe(1);
	});
});

describe('preview', () => {
	it('gives four ratings with growing waits for a new card', () => {
		const p = preview(plain, newCard('q1', now), now);
		expect(p.again.interval).toEqual({ value: 1, unit: 'min' });
		expect(p.hard.interval).toEqual({ value: 6, unit: 'min' });
		expect(p.good.interval).toEqual({ value: 10, unit: 'min' });
		expect(p.easy.interval).toEqual({ value: 8, unit: 'd' });
		expect(p.good.rating).toBe(Rating.Good);
		expect(p.easy.due).toEqual(daysLater(8));
	});

	it('gives growing waits for a card in review, and changes nothing', () => {
		const card = learntCard();
		const before = structuredClone(card);
		const at = daysLater(10, now);
		const p = preview(plain, card, at);
		const dues = [p.again, p.hard, p.good, p.easy].map((x) => x.due.getTime());
		expect(dues).toEqual([...dues].sort((a, b) => a - b));
		expect(new Set(dues).size).toBe(4);
		expect(p.good.due).toEqual(rate(plain, card, Rating.Good, at).card.due);
		expect(card).toEqual(before);
	});
});

describe('undo', () => {
	it('restores a new card exactly', () => {
		const card = newCard('q1', now);
		for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
			const done = rate(plain, card, rating, now);
			expect(undo(plain, done.card, done.log)).toStrictEqual(card);
		}
	});

	it('restores a card in review exactly when it was rated on time', () => {
		const card = learntCard();
		const done = rate(plain, card, Rating.Again, card.due);
		expect(undo(plain, done.card, done.log)).toStrictEqual(card);
	});

	it('brings a card rated late back due at the undone review, all else exact', () => {
		const card = learntCard();
		const late = daysLater(10);
		const done = rate(plain, card, Rating.Again, late);
		const back = undo(plain, done.card, done.log);
		expect(back).toStrictEqual({ ...card, due: late });
	});

	it('refuses a review of another question', () => {
		const done = rate(plain, newCard('q1', now), Rating.Good, now);
		expect(() => undo(plain, newCard('q2', now), done.log)).toThrow('q1');
	});
});

describe('retention', () => {
	const goodAfter10Days = (retention: number) => {
		const scheduler = createScheduler({ retention, fuzz: false });
		return rate(scheduler, learntCard(), Rating.Good, daysLater(10)).card.scheduled_days;
	};

	it('asks sooner for a higher retention and later for a lower one', () => {
		expect(goodAfter10Days(0.9)).toBe(25);
		expect(goodAfter10Days(0.97)).toBe(6);
		expect(goodAfter10Days(0.8)).toBe(83);
	});

	it('clamps a retention outside 0.80..0.97 and refuses a non-number', () => {
		expect(createScheduler({ retention: 0.5 }).retention).toBe(0.8);
		expect(createScheduler({ retention: 0.99 }).retention).toBe(0.97);
		expect(createScheduler().retention).toBe(0.9);
		expect(goodAfter10Days(0.99)).toBe(goodAfter10Days(0.97));
		expect(() => createScheduler({ retention: Number.NaN })).toThrow(RangeError);
	});

	it('spreads intervals with fuzz, the same way for the same inputs', () => {
		const fuzzy = createScheduler();
		const a = rate(fuzzy, learntCard(), Rating.Good, daysLater(10)).card.scheduled_days;
		const b = rate(fuzzy, learntCard(), Rating.Good, daysLater(10)).card.scheduled_days;
		expect(a).toBe(b);
		expect(a).toBeGreaterThanOrEqual(22);
		expect(a).toBeLessThanOrEqual(28);
	});

	it('schedules the interval its button showed, though pressed a while after the preview (labels said 8, stored 7)', () => {
		const fuzzy = createScheduler();
		const flipped = daysLater(10);
		const cards = ['q1', 'q2', 'q3'].flatMap((id) => [newCard(id, now), { ...learntCard(), questionId: id }]);
		for (const wait of [1_000, 4_321, 60_000, 3_600_000]) {
			const pressed = new Date(flipped.getTime() + wait);
			for (const card of cards) {
				const shown = preview(fuzzy, card, flipped);
				for (const name of ['hard', 'good', 'easy'] as const) {
					const stored = rate(fuzzy, card, shown[name].rating, pressed).card;
					expect(stored.due.getTime() - pressed.getTime()).toBe(shown[name].due.getTime() - flipped.getTime());
				}
			}
		}
	});

	it('rates a new card Easy for the 8 days its button said, four seconds after the preview', () => {
		const fuzzy = createScheduler();
		const shown = preview(fuzzy, newCard('q2', now), now);
		const stored = rate(fuzzy, newCard('q2', now), Rating.Easy, new Date(now.getTime() + 4_000)).card;
		expect(shown.easy.interval).toEqual({ value: 8, unit: 'd' });
		expect(stored.scheduled_days).toBe(8);
	});

	it('spreads cards learnt together over different days', () => {
		const fuzzy = createScheduler();
		const days = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map(
			(id) => rate(fuzzy, { ...learntCard(), questionId: id }, Rating.Good, daysLater(10)).card.scheduled_days
		);
		expect(new Set(days).size).toBeGreaterThan(1);
	});
});
