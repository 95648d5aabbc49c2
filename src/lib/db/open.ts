/** Opens the database once per page and keeps it; handles other tabs on other versions. */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, type KasotiDB } from './schema';

/** Called when another tab needs a newer schema: this tab closes its connection and should reload. */
type OnOutdated = () => void;

let opening: Promise<IDBPDatabase<KasotiDB>> | undefined;
let onOutdated: OnOutdated = () => {};

/** Lets the app tell the user to reload when a newer version of Kasoti opens in another tab. */
export function whenOutdated(callback: OnOutdated): void {
	onOutdated = callback;
}

/** The open database, opened on first use. */
export function getDb(name = DB_NAME): Promise<IDBPDatabase<KasotiDB>> {
	opening ??= openDB<KasotiDB>(name, DB_VERSION, {
		upgrade(db, oldVersion, _newVersion, tx) {
			runMigrations(db, oldVersion, tx);
		},
		blocking() {
			// A newer version waits for us: step aside so its upgrade can run, and say so.
			void opening?.then((db) => db.close());
			opening = undefined;
			onOutdated();
		},
		terminated() {
			opening = undefined;
		}
	});
	return opening;
}

/** Closes and forgets the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
	const db = await opening;
	db?.close();
	opening = undefined;
}
