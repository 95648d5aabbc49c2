/**
 * Small choices kept in localStorage: read back through a parser that turns anything missing or
 * damaged into defaults, and written without ever throwing. Imports nothing: the home page loads it.
 */

/** The browser's localStorage, or undefined where there is none (prerender, Node). */
function store(): Storage | undefined {
	// Some browsers throw on this very read when the user blocks site data: callers catch it.
	return globalThis.localStorage;
}

/**
 * The value stored under `key`, as `parse` reads it. `parse(null)`, the defaults, is the answer
 * when nothing is stored, when storage is missing or refuses, and when `parse` throws.
 */
export function readStored<T>(key: string, parse: (raw: string | null) => T): T {
	try {
		return parse(store()?.getItem(key) ?? null);
	} catch {
		return parse(null);
	}
}

/** Stores `value` as JSON under `key`. Never throws: without storage a choice lasts the visit. */
export function writeStored(key: string, value: unknown): void {
	try {
		store()?.setItem(key, JSON.stringify(value));
	} catch {
		// Private mode or a full disk: the choice still holds in memory until the page is left.
	}
}

/** Removes what is stored under `key`. Never throws: where storage is blocked, nothing could be read from it either. */
export function removeStored(key: string): void {
	try {
		store()?.removeItem(key);
	} catch {
		// Private mode or blocked site data: the entry, if any, stays unread.
	}
}
