/**
 * Storage failures the user can act on. A full disk shows up as a DOMException named
 * 'QuotaExceededError', thrown by a request or left as the error of the transaction it aborted;
 * it becomes a StorageFullError so the screens can say "the phone is out of space".
 */

/** The phone (or the browser's share of it) has no room left to store progress. */
export class StorageFullError extends Error {
	override readonly name = 'StorageFullError';

	constructor(options?: { cause?: unknown }) {
		super('The device is out of storage space', options);
	}
}

/** Old WebKit reported a full disk by code only; Firefox once used its own name. */
const QUOTA_CODE = 22;
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/**
 * Whether an error means the disk is full: the error itself, its `cause`, or the `error` of the
 * request or transaction it came from (an abort event, or an AbortError whose transaction failed).
 */
export function isQuotaExceeded(error: unknown): boolean {
	const seen = new Set<unknown>();
	const queue: unknown[] = [error];
	while (queue.length > 0) {
		const value = queue.shift();
		if (!isObject(value) || seen.has(value)) continue;
		seen.add(value);
		if (value instanceof StorageFullError) return true;
		if (typeof value.name === 'string' && QUOTA_NAMES.has(value.name)) return true;
		if (value instanceof DOMException && value.code === QUOTA_CODE) return true;
		// An IDB event's target is the request or the transaction; a request knows its transaction.
		queue.push(value.cause, value.error, value.target, value.transaction);
	}
	return false;
}

/** The same failure, as a StorageFullError when the disk is full; any other error unchanged. */
export function asStorageError(error: unknown): unknown {
	if (error instanceof StorageFullError || !isQuotaExceeded(error)) return error;
	return new StorageFullError({ cause: error });
}

/** What a failed write needs of its transaction; idb's transactions have all three. */
type WriteTransaction = { abort(): void; readonly done: Promise<void>; readonly error: DOMException | null };

/**
 * Ends a write that failed part way and gives the error to throw: the transaction is aborted if it
 * still runs, so nothing half-written is kept, and its own error wins, since a full disk shows
 * there while its requests only say AbortError. A full disk comes back as StorageFullError.
 */
export async function failedWrite(tx: WriteTransaction, error: unknown): Promise<unknown> {
	try {
		tx.abort();
	} catch {
		// It had ended already.
	}
	await tx.done.catch(() => {});
	return asStorageError(tx.error ?? error);
}

/** What to tell the user about a failed write: 'full' when the phone is out of space. */
export function storageProblem(error: unknown): 'full' | 'failed' {
	return isQuotaExceeded(error) ? 'full' : 'failed';
}
