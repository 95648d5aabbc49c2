/**
 * Settings' "your data": persistent storage, back up, restore (checked first, then all or
 * nothing) and "delete all my progress". One question at a time: opening one confirmation
 * closes the other and clears the last message.
 */
import {
	backupFileName,
	clearProgress,
	exportBackup,
	parseBackup,
	restoreBackup,
	type BackupErrorKind,
	type ParsedBackup
} from '$lib/db/backup';
import { storageProblem } from '$lib/db/errors';

/** What the last action did, for the page to word. */
export type DataNotice =
	| { kind: 'backed-up'; file: string }
	| { kind: 'restored' }
	| { kind: 'deleted' }
	| { kind: 'persist-granted' }
	| { kind: 'persist-refused' };

/** Why the last action failed: a full disk, a failed write, or a backup file that cannot be restored. */
export type DataProblem =
	| { kind: 'full' }
	| { kind: 'failed'; action: 'back-up' | 'restore' | 'delete' }
	| { kind: 'backup'; reason: BackupErrorKind; detail?: string };

/** What the section needs from the browser: reading a chosen file, saving a download, asking to persist. */
export type DataPorts = {
	readText: (file: File) => Promise<string>;
	download: (name: string, text: string, type: string) => void;
	persist: () => Promise<boolean>;
	/** Called after every database job: the space used may have changed. */
	refresh: () => void;
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
	/** A database job is running: the buttons wait. */
	busy = $state(false);

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

	/** Downloads every answer, quiz, card and rating as one JSON file. */
	backUp(now = new Date()): Promise<void> {
		return this.#run('back-up', async () => {
			const file = backupFileName(now);
			this.#ports.download(file, JSON.stringify(await exportBackup(now)), 'application/json');
			return { kind: 'backed-up', file };
		});
	}

	/** Reads and checks a chosen backup file; a good one waits for the go-ahead. */
	async choose(file: File): Promise<void> {
		this.reset();
		let text: string;
		try {
			text = await this.#ports.readText(file);
		} catch {
			return void (this.problem = { kind: 'backup', reason: 'damaged' });
		}
		const result = parseBackup(text);
		if (result.ok) return void (this.pending = result.backup);
		const { kind, message } = result.error;
		this.problem = { kind: 'backup', reason: kind, ...(kind === 'invalid' && { detail: message }) };
	}

	/** Puts the waiting backup in place of everything stored: all of it, or nothing changes. */
	restore(): Promise<void> {
		const backup = this.pending;
		if (!backup) return Promise.resolve();
		return this.#run('restore', async () => {
			await restoreBackup(backup);
			this.pending = undefined;
			return { kind: 'restored' };
		});
	}

	/** Asks before deleting everything. */
	askDelete(): void {
		this.reset();
		this.confirmingDelete = true;
	}

	/** Deletes every answer, quiz, card and rating. */
	deleteAll(): Promise<void> {
		return this.#run('delete', async () => {
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
