/** Opens the database once per page and keeps it; handles other tabs on other versions. */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import type { KasotiDB } from './schema';
import { DB_NAME, forgetOutdated, outdatedWhy, tellOutdated } from './status';

/** Writes what is waiting; resolves to whether everything is now stored. */
export type Flush = () => Promise<boolean>;

/** This page stepped aside for a newer version: a write now would open the old version again. */
export class OutdatedError extends Error {
	override readonly name = 'OutdatedError';

	constructor() {
		super('A newer version of the database is in use; reload the page');
	}
}

let opening: Promise<IDBPDatabase<KasotiDB>> | undefined;
const flushes = new Set<Flush>();

/** Registers a writer whose waiting changes are saved before the connection is given up; returns its removal. */
export function beforeClose(flush: Flush): () => void {
	flushes.add(flush);
	return () => flushes.delete(flush);
}

/** The open database, opened on first use. */
export function getDb(name = DB_NAME): Promise<IDBPDatabase<KasotiDB>> {
	if (outdatedWhy()) return Promise.reject(new OutdatedError());
	opening ??= openDB<KasotiDB>(name, DB_VERSION, {
		upgrade(db, oldVersion, _newVersion, tx) {
			runMigrations(db, oldVersion, tx);
		},
		blocking() {
			void stepAside();
		},
		terminated() {
			opening = undefined;
		}
	}).catch((error: unknown) => {
		opening = undefined;
		// A newer Kasoti has upgraded the database: this code cannot read it, only a reload can.
		if (error instanceof DOMException && error.name === 'VersionError') tellOutdated('newer');
		throw error;
	});
	return opening;
}

/**
 * A newer version waits for this connection: waiting changes are written first (the connection
 * stays usable until closed; opening another would queue behind the upgrade and never finish),
 * then it is closed so the upgrade can run, and the page is told whether all was saved.
 */
async function stepAside(): Promise<void> {
	const results = await Promise.allSettled([...flushes].map((flush) => flush()));
	const saved = results.every((r) => r.status === 'fulfilled' && r.value);
	const db = await opening?.catch(() => undefined);
	db?.close();
	opening = undefined;
	tellOutdated(saved ? 'saved' : 'unsaved');
}

/** Closes and forgets the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
	const db = await opening?.catch(() => undefined);
	db?.close();
	opening = undefined;
	forgetOutdated();
}
