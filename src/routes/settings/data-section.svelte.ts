/**
 * Settings' "your data": persistent storage, back up, restore (checked first, off the page's
 * thread, then all or nothing) and "delete all my progress". One question at a time: opening one
 * confirmation closes the other and clears the last message. Long jobs report their progress.
 * A backup carries the interface preferences too, and a restore puts the file's back once the
 * database has taken the rest.
 */
import type {
	BackupErrorKind,
	BackupProgress,
	ParsedBackup,
	ParseResult
} from '$lib/db/backup';
import { sizeProblem } from '$lib/db/backup-limits';
import { storageProblem } from '$lib/db/errors';
import type { Language } from '$lib/i18n/types';
import type { Preferences } from '$lib/settings/preferences';

/** The backup code (and the set checks it needs) loads when an action runs, not with Settings. */
const backupCode = () => import('$lib/db/backup');

/** What the last action did, for the page to word. */
export type DataNotice =
	| { kind: 'backed-up'; file: string }
	| { kind: 'restored'; settings: boolean }
	| { kind: 'deleted' }
	| { kind: 'persist-granted' }
	| { kind: 'persist-refused' };

/** Why the last action failed: a full disk, a failed write, or a backup file that cannot be restored. */
export type DataProblem =
	| { kind: 'full' }
	| { kind: 'failed'; action: 'back-up' | 'restore' | 'delete' }
	| { kind: 'backup'; reason: BackupErrorKind; detail?: string };

/**
 * What the section needs from the browser and the app: reading a chosen file, saving a download,
 * asking to persist, and the interface preferences (kept by the settings, not the database).
 */
export type DataPorts = {
	/** Reads and checks a backup file as of `now` (in a worker), telling how far it has got. */
	read: (file: File, now: Date, onProgress: (progress: BackupProgress) => void) => Promise<ParseResult>;
	download: (name: string, text: string, type: string) => void;
	persist: () => Promise<boolean>;
	/** Called after every database job: the space used may have changed. */
	refresh: () => void;
	/** The interface preferences now, written into a backup. */
	preferences: () => Preferences;
	/** Changes and stores one preference, as Settings' own choices do. */
	setPreference: <K extends keyof Preferences>(key: K, value: Preferences[K]) => void;
	/** Resolves once the page can speak `lang`: its strings load the first time it is chosen. */
	ready: (lang: Language) => Promise<void>;
};

export class DataSettings {
	/** The last success, announced politely. */
	notice = $state.raw<DataNotice | undefined>();
	/** The last problem, announced at once. */
	problem = $state.raw<DataProblem | undefined>();
	/** A checked backup waiting for the go-ahead. */
	pending = $state.raw<ParsedBackup | undefined>();
	/** Whether "delete all my progress" waits for its confirmation. */
	confirmingDelete = $state(false);
	/** A database job is running: the buttons wait (they stay focusable, and a press does nothing). */
	busy = $state(false);
	/** How far reading or restoring a backup has got, while it runs. */
	progress = $state.raw<BackupProgress | undefined>();

	#ports: DataPorts;

	constructor(ports: DataPorts) {
		this.#ports = ports;
	}

	/** Closes whichever confirmation is open and clears the last message. */
	reset(): void {
		this.pending = undefined;
		this.confirmingDelete = false;
		this.notice = this.problem = undefined;
	}

	/** Asks the browser to keep the data. */
	async askPersistence(): Promise<void> {
		const granted = await this.#ports.persist().catch(() => false);
		this.#say({ kind: granted ? 'persist-granted' : 'persist-refused' });
	}

	/** Downloads every answer, quiz, card and rating, and the preferences, as one JSON file. */
	backUp(now = new Date()): Promise<void> {
		return this.#run('back-up', async () => {
			const { backupFileName, exportBackup } = await backupCode();
			const file = backupFileName(now);
			this.#ports.download(file, JSON.stringify(await exportBackup(now, this.#ports.preferences())), 'application/json');
			return { kind: 'backed-up', file };
		});
	}

	/** Reads and checks a chosen backup file; a good one waits for the go-ahead. A file too large is refused unread. */
	async choose(file: File, now = new Date()): Promise<void> {
		if (this.busy) return;
		this.reset();
		const tooLarge = sizeProblem(file.size);
		if (tooLarge) return void (this.problem = { kind: 'backup', reason: tooLarge.kind });
		this.busy = true;
		let result: ParseResult;
		try {
			result = await this.#ports.read(file, now, (progress) => (this.progress = progress));
		} catch {
			// the reader itself failed (no worker, no memory): the file may be fine
			return void (this.problem = { kind: 'failed', action: 'restore' });
		} finally {
			this.busy = false;
			this.progress = undefined;
		}
		if (result.ok) return void (this.pending = result.backup);
		const { kind, message } = result.error;
		this.problem = { kind: 'backup', reason: kind, ...(kind === 'invalid' && { detail: message }) };
	}

	/** Puts the waiting backup in place of everything stored: all of it, or nothing changes. */
	restore(): Promise<void> {
		const backup = this.pending;
		if (!backup) return Promise.resolve();
		return this.#run('restore', async () => {
			try {
				const { restoreBackup } = await backupCode();
				await restoreBackup(backup, (done, total) => (this.progress = { phase: 'writing', done, total }));
			} finally {
				this.progress = undefined;
			}
			this.pending = undefined;
			// only now: a restore that failed above left the settings as they were, like the data
			if (backup.preferences) await this.#applyPreferences(backup.preferences);
			return { kind: 'restored', settings: backup.preferences !== undefined };
		});
	}

	/**
	 * Puts a restored file's preferences in place. The success message waits for the restored
	 * language's strings, so it is said once, in that language; if they cannot load (offline before
	 * they were kept), it is said in the language shown. Nothing here may fail the restore: the data is in.
	 */
	async #applyPreferences(preferences: Preferences): Promise<void> {
		for (const key of Object.keys(preferences) as (keyof Preferences)[]) this.#ports.setPreference(key, preferences[key]);
		await this.#ports.ready(preferences.lang).catch(() => {});
	}

	/** Asks before deleting everything. */
	askDelete(): void {
		if (this.busy) return;
		this.reset();
		this.confirmingDelete = true;
	}

	/** Deletes every answer, quiz, card and rating. */
	deleteAll(): Promise<void> {
		return this.#run('delete', async () => {
			const { clearProgress } = await backupCode();
			await clearProgress();
			this.confirmingDelete = false;
			return { kind: 'deleted' };
		});
	}

	#say(notice: DataNotice): void {
		this.problem = undefined;
		this.notice = notice;
	}

	/** Runs one database job; a full disk gets its own message. */
	async #run(action: 'back-up' | 'restore' | 'delete', job: () => Promise<DataNotice>): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			this.#say(await job());
		} catch (error) {
			this.notice = undefined;
			this.problem = storageProblem(error) === 'full' ? { kind: 'full' } : { kind: 'failed', action };
		} finally {
			this.busy = false;
			this.#ports.refresh();
		}
	}
}
