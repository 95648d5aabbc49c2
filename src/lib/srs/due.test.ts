import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { endOfLocalDay, isDueBy, newToday, startOfLocalDay, STATE_LEARNING, STATE_NEW, STATE_RELEARNING, STATE_REVIEW, STUDIED_STATES, startsNewCard } from './due';

const dayEnd = new Date('2026-11-24T18:30:00Z');
const at = (iso: string, state: State) => ({ due: new Date(iso), state });

describe('due today: one definition for Home, /cards and /progress', () => {
	it('keeps ts-fsrs’s state numbers, written out so Home need not load ts-fsrs', () => {
		expect([STATE_NEW, STATE_LEARNING, STATE_REVIEW, STATE_RELEARNING]).toEqual([State.New, State.Learning, State.Review, State.Relearning]);
	});

	it('counts studied cards due before the day ends, overdue ones too; a New card is not due', () => {
		expect(isDueBy(at('2026-11-20T00:00:00Z', State.Review), dayEnd)).toBe(true);
		expect(isDueBy(at('2026-11-24T18:29:59Z', State.Review), dayEnd)).toBe(true);
		expect(isDueBy(at('2026-11-24T18:30:00Z', State.Review), dayEnd)).toBe(false);
		expect(isDueBy(at('2026-11-24T09:00:00Z', State.New), dayEnd)).toBe(false);
	});

	it('names every state a due card can be in, which Home counts', () => {
		const states = [State.New, State.Learning, State.Review, State.Relearning];
		expect(states.filter((state) => isDueBy(at('2026-11-20T00:00:00Z', state), dayEnd))).toEqual([...STUDIED_STATES].sort());
	});
});

describe('new cards today', () => {
	it('is what is left of the allowance, or fewer when fewer questions are unstudied', () => {
		expect(newToday(20, 0, 76)).toBe(20);
		expect(newToday(20, 15, 76)).toBe(5);
		expect(newToday(20, 25, 76)).toBe(0);
		expect(newToday(20, 0, 3)).toBe(3);
		expect(newToday(20, 0, -2)).toBe(0);
	});

	it('counts a first rating given in study, not one a quiz gave', () => {
		expect(startsNewCard({ state: State.New })).toBe(true);
		expect(startsNewCard({ state: State.New, via: 'quiz' })).toBe(false);
		expect(startsNewCard({ state: State.Review })).toBe(false);
	});
});

describe('the local day', () => {
	it('runs from local midnight to the next', () => {
		const now = new Date(2026, 10, 24, 15, 45);
		expect(startOfLocalDay(now)).toEqual(new Date(2026, 10, 24));
		expect(endOfLocalDay(now)).toEqual(new Date(2026, 10, 25));
		expect(endOfLocalDay(new Date(2026, 11, 31, 23, 59))).toEqual(new Date(2027, 0, 1));
	});
});
