/**
 * Copies of own sets whose last write may not have landed when their page went away. IndexedDB
 * drops a write still waiting for its store when the page is unloaded, even one committed at once
 * (another tab's write, or this page's own, holds the store); localStorage keeps a copy at once.
 * A copy goes when its write lands; sets.ts writes back any left over. Imports nothing.
 */

const PREFIX = 'kasoti.unsaved-set:';

/** What is kept of a set: its id and the time of its change, then the record as JSON. */
type Kept = { id: string; updatedAt: number };

/** The browser's localStorage, or undefined where there is none (Node). */
function store(): Storage | undefined {
	return globalThis.localStorage;
}

/** The time of the change a copy holds, written before the record so it is read without parsing it. */
function keptAt(raw: string): number {
	return Number(raw.slice(0, raw.indexOf('\n')));
}

/** Keeps a copy of `record` until its write lands. Nothing where storage refuses (private mode, a set too large for it). */
export function keepUnsaved<T extends Kept>(record: T): void {
	try {
		store()?.setItem(PREFIX + record.id, `${record.updatedAt}\n${JSON.stringify(record)}`);
	} catch {
		// the write to the database is still made; only its insurance is missing
	}
}

/** Drops the copy of a set once `record` is stored, unless it holds a newer change. */
export function dropUnsaved(record: Kept): void {
	try {
		const raw = store()?.getItem(PREFIX + record.id);
		if (raw != null && !(keptAt(raw) > record.updatedAt)) store()?.removeItem(PREFIX + record.id);
	} catch {
		// nothing kept where storage refuses
	}
}

/** Drops the copy of set `id` whatever it holds (the set is deleted). */
export function forgetUnsaved(id: string): void {
	try {
		store()?.removeItem(PREFIX + id);
	} catch {
		// nothing kept where storage refuses
	}
}

/** Every copy kept, as the record's JSON (not yet parsed) with the set's id. */
export function unsavedCopies(): { id: string; json: string }[] {
	try {
		const local = store();
		if (!local) return [];
		const copies: { id: string; json: string }[] = [];
		for (let i = 0; i < local.length; i++) {
			const key = local.key(i);
			const raw = key?.startsWith(PREFIX) ? local.getItem(key) : null;
			if (key && raw != null) copies.push({ id: key.slice(PREFIX.length), json: raw.slice(raw.indexOf('\n') + 1) });
		}
		return copies;
	} catch {
		return [];
	}
}
