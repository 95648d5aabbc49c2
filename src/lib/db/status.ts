/**
 * What pages know of the database without its code, which a page that never opens it (a first
 * visit) need not load: whether the phone may hold it, and whether this page may still use it.
 */

/** The database's name: here, so asking for it needs none of the database's code. */
export const DB_NAME = 'kasoti';

/**
 * False only when the browser lists this site's databases and Kasoti's is not among them (a first
 * visit, or one that never stored anything): then nothing is stored, and the database's code need
 * not come. A browser without the list (Firefox before 126), or whose list fails, answers true, and
 * the caller opens the database as before.
 */
export async function mayHoldDatabase(name = DB_NAME): Promise<boolean> {
	const listed = await indexedDB.databases?.().catch(() => undefined);
	return listed === undefined || listed.some((database) => database.name === name);
}

/**
 * Why this page can no longer use the database: another tab upgraded it while this page had it
 * open ('saved' when every waiting change was written first, 'unsaved' when one was not), or it
 * was already upgraded past what this page's code knows ('newer').
 */
export type Outdated = 'saved' | 'unsaved' | 'newer';

let outdated: Outdated | undefined;
let onOutdated: (why: Outdated) => void = () => {};

/** Lets the app tell the user to reload; told at once if it has already happened. */
export function whenOutdated(callback: (why: Outdated) => void): void {
	onOutdated = callback;
	if (outdated) callback(outdated);
}

/** Records that the page can no longer use the database (the first reason stands), and tells the app. */
export function tellOutdated(why: Outdated): void {
	outdated ??= why;
	onOutdated(outdated);
}

/** Why the page can no longer use the database, if it cannot. */
export function outdatedWhy(): Outdated | undefined {
	return outdated;
}

/** Forgets it (tests, once the connection is closed and forgotten). */
export function forgetOutdated(): void {
	outdated = undefined;
}
