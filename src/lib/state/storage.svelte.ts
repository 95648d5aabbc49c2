/**
 * Persistent storage: by default a browser may clear a site's data when space runs low; a site
 * granted persistence keeps it until the user deletes it. Kasoti asks once, after the first study
 * session (asking on first visit is refused more often), and Settings shows the answer.
 */
import { browser } from '$app/environment';
import { readStored, writeStored } from './persisted';

/** Remembers that persistence was asked for, so a session's end asks only once. */
const ASKED_KEY = 'kasoti.persistence-asked';

/** The StorageManager, when this browser has one (not over plain http, not in old browsers). */
function manager(): StorageManager | undefined {
	return browser ? navigator.storage : undefined;
}

class StorageState {
	/** Whether the browser promised to keep the data; undefined until read, or when it cannot tell. */
	persisted = $state<boolean | undefined>();
	/** Whether this browser can be asked at all (navigator.storage.persist exists). */
	canPersist = $state(false);
	/** Bytes used by Kasoti, when the browser says. */
	usage = $state<number | undefined>();
	/** Bytes Kasoti may use at most, when the browser says. */
	quota = $state<number | undefined>();
	/** True after asking and being refused: Settings explains what may help. */
	refused = $state(false);

	/** Reads whether storage is persistent and how much is used, for Settings. */
	async refresh(): Promise<void> {
		const storage = manager();
		this.canPersist = typeof storage?.persist === 'function';
		// Both are only shown, never relied on: a browser that will not say leaves them unknown.
		if (typeof storage?.persisted === 'function') {
			this.persisted = await storage.persisted().catch(() => undefined);
		}
		if (typeof storage?.estimate === 'function') {
			const estimate = await storage.estimate().catch(() => undefined);
			this.usage = estimate?.usage;
			this.quota = estimate?.quota;
		}
	}

	/** Asks the browser to keep the data; returns whether it will. Safe where persist() is missing. */
	async requestPersistence(): Promise<boolean> {
		const storage = manager();
		if (typeof storage?.persist !== 'function') return false;
		remember();
		const granted = await storage.persist();
		this.persisted = granted;
		this.refused = !granted;
		return granted;
	}
}

/** Notes that persistence was asked for; if storage refuses, it may ask again next visit. */
function remember(): void {
	writeStored(ASKED_KEY, 1);
}

/** Whether persistence was asked for on an earlier visit or session. */
function askedBefore(): boolean {
	return readStored(ASKED_KEY, (raw) => raw !== null);
}

/** The one storage instance of the app. */
export const storage = new StorageState();

/**
 * Called by the quiz and flashcard screens when a session ends: the first time, asks the browser
 * to keep the data; afterwards does nothing. Never throws: a refusal only shows in Settings.
 */
export async function afterStudySession(): Promise<void> {
	if (!browser || askedBefore()) return;
	try {
		await storage.requestPersistence();
	} catch {
		// A browser that rejects the request is as good as a refusal; Settings still offers to ask.
	}
}
