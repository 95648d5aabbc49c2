/** Whether the phone may hold Kasoti's database, asked without opening it: opening would create it. */

/**
 * False only when the browser lists this site's databases and there are none (a first visit): then
 * nothing is stored, and the database's code need not come. It asks for any database, not Kasoti's
 * by name, so it needs none of that code: once the service worker keeps one of its own (Workbox's
 * cache expiry), it answers true. A browser without the list (Firefox before 126) answers true, and
 * the caller opens the database as before.
 */
export async function mayHoldDatabase(): Promise<boolean> {
	const listed = await indexedDB.databases?.().catch(() => undefined);
	return listed === undefined || listed.length > 0;
}
