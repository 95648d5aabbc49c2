import { openDB } from 'idb';
import { describe, expect, test, vi } from 'vitest';
import { DB_NAME } from '$lib/db/status';
import { homeStatus } from '$lib/db/home';
import { closeDb, getDb } from '$lib/db/open';
import { useFreshDatabase } from '$lib/db/testing';
import { newCard } from '$lib/srs';
import { readHomeStatus } from './home-status';

useFreshDatabase();

const now = new Date(2026, 11, 6, 9, 30);
const facts = { builtinQuestions: 76, newPerDay: 20 };
/** Deletes a database, resolving once it is gone. */
const deleted = (name: string) =>
	new Promise((resolve, reject) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: resolve, onerror: reject }));
const names = async () => (await indexedDB.databases()).map((database) => database.name);

describe('readHomeStatus', () => {
	test('on a phone that holds nothing, says what the database would, without creating it', async () => {
		expect(await names()).toEqual([]);
		expect(await readHomeStatus(now, facts)).toEqual({ due: 0, fresh: 20, ownSets: [] });
		expect(await names()).toEqual([]);
		// the database, made empty, gives the very same status, for any allowance and bank size
		for (const [builtinQuestions, newPerDay] of [[76, 20], [7, 20], [0, 20], [76, 0], [300, 150]] as const) {
			const empty = { builtinQuestions, newPerDay };
			const withNothingStored = await readHomeStatus(now, empty);
			expect(await names()).toEqual([]);
			expect(withNothingStored).toEqual(await homeStatus(now, empty));
			await closeDb();
			await deleted(DB_NAME);
		}
	});

	test('reads the database once the phone holds it', async () => {
		await (await getDb()).put('cards', newCard('first-card', now));
		expect((await readHomeStatus(now, facts)).fresh).toBe(20);
		await (await getDb()).put('cards', { ...newCard('due-card', now), state: 2, due: new Date(now.getTime() - 60_000) });
		expect(await readHomeStatus(now, facts)).toMatchObject({ due: 1 });
	});

	test('a database of another name (the service worker’s) is not Kasoti’s: nothing is stored yet', async () => {
		(await openDB('workbox-expiration', 1)).close();
		try {
			expect(await readHomeStatus(now, facts)).toEqual({ due: 0, fresh: 20, ownSets: [] });
			expect(await names()).toEqual(['workbox-expiration']);
		} finally {
			await deleted('workbox-expiration');
		}
	});

	test('reads the database where the browser cannot list its databases, or its list fails', async () => {
		await (await getDb()).put('cards', { ...newCard('due-card', now), state: 2, due: new Date(now.getTime() - 60_000) });
		vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('denied', 'UnknownError'));
		expect((await readHomeStatus(now, facts)).due).toBe(1);
		// Firefox before 126 has no list at all
		Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
		try {
			expect((await readHomeStatus(now, facts)).due).toBe(1);
		} finally {
			Reflect.deleteProperty(indexedDB, 'databases');
		}
	});
});

test('the database’s name asked for is the one it is opened by', async () => {
	await getDb();
	expect(await names()).toEqual([DB_NAME]);
});
