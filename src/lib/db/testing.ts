/** For tests only: an empty database before each test, and a full disk on demand (fake-indexeddb). */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import { closeDb } from './open';
import { DB_NAME } from './status';

/** Starts each test of the file with an empty database, and undoes its mocks after it. */
export function useFreshDatabase(): void {
	beforeEach(async () => {
		await closeDb();
		indexedDB.deleteDatabase(DB_NAME);
	});
	afterEach(async () => {
		vi.useRealTimers();
		vi.restoreAllMocks();
		await closeDb();
	});
}

/** Makes the next `put` fail the way a full disk does: the browser aborts the transaction. */
export function fillDiskOnNextPut(): void {
	const put = IDBObjectStore.prototype.put;
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (this: IDBObjectStore, ...args) {
		const request = put.apply(this, args);
		// fake-indexeddb's own abort, given the error's name
		(this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
		return request;
	});
}

/** A set with nothing to fix (its article has no text, so its quotes are taken as they stand). */
export const setWithNothingToFix = (id: string, answer = 'ગાંધીનગર'): QuestionSet => ({
	id,
	title: 'રાજધાની',
	title_en: 'Capitals',
	lang: 'gu',
	articles: [],
	questions: [
		{
			id: `${id}-1`,
			category: 'place',
			kind: 'city',
			prompt: 'ગુજરાતની રાજધાની કઈ છે?',
			answer,
			accept: [],
			article: `${id}.txt`,
			quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
			en: 'Gandhinagar is the capital of Gujarat.'
		}
	]
});
