/**
 * Starting a numbered store's key generator afresh. IndexedDB never lowers a generator, not even
 * on clear(): once a record with key 2^53 was stored, every later add fails for good. Only a store
 * made anew starts again, so this remakes one inside an upgrade, its records renumbered from 1.
 */
import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import type { KasotiDB } from './schema';

/** The stores whose keys the database counts out. */
export type NumberedStore = 'attempts' | 'reviews';

/**
 * Remakes `name` within the upgrade transaction `tx`: same key path and indexes, records kept in
 * key order and numbered 1, 2, 3…, so the next key is one past their count. Nothing refers to
 * these numbers from one page load to the next (undo keeps a rating's number for the session).
 */
export function renumberStore(
	tx: IDBPTransaction<KasotiDB, StoreNames<KasotiDB>[], 'versionchange'>,
	name: NumberedStore
): void {
	const raw = unwrap(tx);
	const old = raw.objectStore(name);
	const indexes = [...old.indexNames].map((index) => old.index(index));
	const reading = old.getAll();
	reading.onsuccess = () => {
		const records = reading.result as { id?: number }[];
		const keyPath = old.keyPath;
		const specs = indexes.map((i) => ({ name: i.name, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry }));
		raw.db.deleteObjectStore(name);
		const store = raw.db.createObjectStore(name, { keyPath, autoIncrement: true });
		for (const { name: index, keyPath: path, ...options } of specs) store.createIndex(index, path, options);
		for (const [i, record] of records.entries()) store.add({ ...record, id: i + 1 });
	};
}
