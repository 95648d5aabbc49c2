import 'fake-indexeddb/auto';
import { openDB, unwrap } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { asStorageError, failedWrite, isQuotaExceeded, storageProblem, StorageFullError } from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
	indexedDB.deleteDatabase('errors-test');
});

describe('recognising a full disk', () => {
	test('a QuotaExceededError, thrown or as the cause of another error', () => {
		expect(isQuotaExceeded(quota())).toBe(true);
		expect(isQuotaExceeded(new Error('write failed', { cause: quota() }))).toBe(true);
		expect(isQuotaExceeded(new StorageFullError())).toBe(true);
	});

	test('Firefox’s old name for it', () => {
		expect(isQuotaExceeded(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
	});

	test('an abort event whose transaction failed for lack of space', () => {
		const transaction = { error: quota() };
		const request = { error: new DOMException('aborted', 'AbortError'), transaction };
		expect(isQuotaExceeded({ type: 'abort', target: transaction })).toBe(true);
		expect(isQuotaExceeded({ type: 'error', target: request })).toBe(true);
	});

	test('other failures are not a full disk', () => {
		expect(isQuotaExceeded(new DOMException('aborted', 'AbortError'))).toBe(false);
		expect(isQuotaExceeded(new DOMException('duplicate', 'ConstraintError'))).toBe(false);
		expect(isQuotaExceeded(new TypeError('x is undefined'))).toBe(false);
		expect(isQuotaExceeded(undefined)).toBe(false);
		expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
	});

	test('a transaction aborted with QuotaExceededError, as idb reports it', async () => {
		const db = await openDB('errors-test', 1, { upgrade: (d) => d.createObjectStore('s') });
		const tx = db.transaction('s', 'readwrite');
		const put = tx.store.put('value', 'key');
		// What a browser does when the disk fills (fake-indexeddb's own abort, with the error's name).
		(unwrap(tx) as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
		await expect(put).rejects.toMatchObject({ name: 'AbortError' });
		const failure = await tx.done.catch((error: unknown) => error);
		db.close();
		expect(isQuotaExceeded(failure)).toBe(true);
		expect(asStorageError(failure)).toBeInstanceOf(StorageFullError);
	});
});

describe('passing it on', () => {
	test('a full disk becomes a StorageFullError that keeps the original as its cause', () => {
		const original = quota();
		const error = asStorageError(original);
		expect(error).toBeInstanceOf(StorageFullError);
		expect((error as StorageFullError).name).toBe('StorageFullError');
		expect((error as StorageFullError).cause).toBe(original);
		expect(asStorageError(error)).toBe(error);
	});

	test('any other error is passed on unchanged, never swallowed', () => {
		const other = new DOMException('duplicate', 'ConstraintError');
		expect(asStorageError(other)).toBe(other);
	});

	test('a write that fails part way keeps nothing, and a full disk is named though its request said AbortError', async () => {
		const db = await openDB('errors-test', 1, { upgrade: (d) => d.createObjectStore('s') });
		const tx = db.transaction('s', 'readwrite');
		await tx.store.put('first', 'a');
		const second = tx.store.put('second', 'b');
		(unwrap(tx) as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
		const requestError = await second.catch((error: unknown) => error);
		expect(requestError).toMatchObject({ name: 'AbortError' });
		const error = await failedWrite(tx, requestError);
		expect(error).toBeInstanceOf(StorageFullError);
		expect(await db.count('s')).toBe(0);
		db.close();
	});

	test('a write that throws half way is aborted: what it wrote before is not kept', async () => {
		const db = await openDB('errors-test', 1, { upgrade: (d) => d.createObjectStore('s') });
		const tx = db.transaction('s', 'readwrite');
		await tx.store.put('first', 'a');
		const bug = new TypeError('x is undefined');
		// Without the abort the transaction would commit the first value on its own.
		expect(await failedWrite(tx, bug)).toBe(bug);
		expect(await db.count('s')).toBe(0);
		db.close();
	});

	test('what the screens say: full, or failed', () => {
		expect(storageProblem(new StorageFullError())).toBe('full');
		expect(storageProblem(quota())).toBe('full');
		expect(storageProblem(new Error('disk on fire'))).toBe('failed');
	});
});
