/**
 * "The own sets changed": told by the set service after every write, heard by the library, in
 * this tab and in the app's other tabs. Kept apart from the service so that listening costs a
 * page a few bytes, not the service.
 */

const listeners = new Set<() => void>();

/** Carries the news to the app's other open tabs, where the browser can. */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('kasoti-sets') : undefined;
if (channel) {
	channel.onmessage = () => tell();
	// in Node (tests, scripts) an open channel would keep the process running
	if ('unref' in channel && typeof channel.unref === 'function') channel.unref();
}

function tell(): void {
	for (const listener of listeners) listener();
}

/** Calls `listener` after every change to the own sets; returns the way to stop. */
export function onSetsChanged(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Tells every listener, here and in other tabs, that the own sets changed. */
export function setsChanged(): void {
	tell();
	channel?.postMessage('changed');
}
