/**
 * "The own sets changed": told by the set service after every write, heard by the library, in
 * this tab and in the app's other tabs. Kept apart from the service so that listening costs a
 * page a few bytes, not the service.
 */

/** A listener hears whether the change was made in this tab or in another. */
type Listener = (here: boolean) => void;

const listeners = new Set<Listener>();

/** Carries the news to the app's other open tabs, where the browser can. */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('kasoti-sets') : undefined;
if (channel) {
	channel.onmessage = () => tell(false);
	// in Node (tests, scripts) an open channel would keep the process running
	if ('unref' in channel && typeof channel.unref === 'function') channel.unref();
}

function tell(here: boolean): void {
	for (const listener of listeners) listener(here);
}

/** Calls `listener` after every change to the own sets; returns the way to stop. */
export function onSetsChanged(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Tells every listener, here and in other tabs, that the own sets changed. */
export function setsChanged(): void {
	tell(true);
	channel?.postMessage('changed');
}
