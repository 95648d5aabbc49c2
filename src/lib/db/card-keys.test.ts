import { describe, expect, test, vi } from 'vitest';
import { newCard } from '$lib/srs';
import { dealDeck } from '$lib/srs/deck';
import { knownAmong, widestGap } from './card-keys';
import { getDb } from './open';
import { useFreshDatabase } from './testing';

const now = new Date('2026-11-24T09:00:00Z');

useFreshDatabase();

describe('which of the deck’s questions have a card', () => {
	/** Question `i` of set `s`, named as imported sets name them: the set's id first. */
	const id = (s: number, i: number) => `set-${s}-q${(i * 7_919) % 10_007}`;

	async function store(ids: readonly string[]): Promise<void> {
		const tx = (await getDb()).transaction('cards', 'readwrite');
		for (const questionId of ids) void tx.store.put(newCard(questionId, now));
		await tx.done;
	}

	/** The day's new cards as /cards deals them, given which questions have a card. */
	const newCards = (deckIds: string[], known: ReadonlySet<string>, newPerDay: number) =>
		dealDeck({ deckIds, due: [], known, now, newPerDay, newRatedToday: 0 }).map((item) => item.questionId);

	test('new cards are dealt as from every key, whether the studied questions are spread or come first', async () => {
		// 30 sets of 40: every fifth question of a set is new, and sets 20 on were never studied
		const deck = Array.from({ length: 1_200 }, (_, n) => id(Math.floor(n / 40), n % 40));
		const studied = deck.filter((_, n) => n % 5 !== 4 && n < 800);
		// cards of questions no deck holds: another category's, a deleted set's, between the deck's
		await store([...studied, ...Array.from({ length: 300 }, (_, n) => id(n % 30, 40 + n)), 'set-1', 'set-2-', 'zzz']);
		const every = new Set(await (await getDb()).getAllKeys('cards'));
		const studiedFirst = [...deck.filter((q) => every.has(q)), ...deck.filter((q) => !every.has(q))];
		for (const order of [deck, studiedFirst, [...deck].reverse()]) {
			for (const newPerDay of [1, 20, 300]) {
				const known = await knownAmong(order, newPerDay);
				expect(newCards(order, known, newPerDay)).toEqual(newCards(order, every, newPerDay));
			}
		}
	});

	test('with new questions early in the deck, only the cards near them are read, never every key', async () => {
		const deck = Array.from({ length: 4_000 }, (_, n) => id(Math.floor(n / 50), n % 50));
		await store(deck.filter((_, n) => n % 10 !== 0));
		const read = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys');
		const known = await knownAmong(deck, 20);
		expect(newCards(deck, known, 20)).toEqual(deck.filter((_, n) => n % 10 === 0).slice(0, 20));
		expect(read.mock.calls.every(([query]) => query instanceof IDBKeyRange)).toBe(true);
		const sent = read.mock.results.reduce((sum, r) => sum + (r.value as IDBRequest<IDBValidKey[]>).result.length, 0);
		// 3,600 cards are stored: those of the first sets are read, with some of their neighbours'
		expect(sent).toBeLessThan(3_600 / 4);
	});

	test('nothing is read once the day’s new cards are used up', async () => {
		await store(['a']);
		const read = vi.spyOn(IDBObjectStore.prototype, 'count');
		expect((await knownAmong(['a', 'b'], 0)).size).toBe(0);
		expect(read).not.toHaveBeenCalled();
	});

	test('sorted ids are parted where two sets meet, else in the middle', () => {
		expect(widestGap(['kim-a', 'kim-b', 'kim-c', 'putin-a', 'putin-b'])).toBe(3);
		expect(widestGap(['a1', 'a2', 'a3', 'a4'])).toBe(2);
		expect(widestGap(['x-1', 'x-2', 'y-1', 'y-2', 'z-1', 'z-2'])).toBe(2);
	});
});
