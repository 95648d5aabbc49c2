/** For tests only: an empty database before each test, and a full disk on demand (fake-indexeddb). */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { closeDb } from './open';
import { DB_NAME } from './schema';

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
