/**
 * Reads a chosen backup file in a worker (backup-worker.ts), reporting progress. Loaded only when
 * a file is chosen, so the checking code stays out of every page until it is needed.
 */
import { sizeProblem, type BackupProgress, type ParseResult } from './backup';
import type { WorkerReply, WorkerRequest } from './backup-worker';

/** Reads and checks `file` as of `now`, off the page's thread; a file too large is refused unread. */
export function readBackupFile(
	file: Blob,
	now: Date,
	onProgress: (progress: BackupProgress) => void
): Promise<ParseResult> {
	const tooLarge = sizeProblem(file.size);
	if (tooLarge) return Promise.resolve({ ok: false, error: tooLarge });
	return new Promise((resolve, reject) => {
		const worker = startWorker();
		const finish = () => worker.terminate();
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			if ('loaded' in event.data) return;
			if ('progress' in event.data) return onProgress(event.data.progress);
			finish();
			resolve(event.data.result);
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(`the backup reader failed: ${event.message}`));
		};
		worker.postMessage({ file, now: now.getTime() } satisfies WorkerRequest);
	});
}

/** The one place the worker's file is named, so the build emits it once. */
const startWorker = () => new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });

/** Loads the reader's code and stops it: fetched through the service worker, it is then kept offline. */
export function loadBackupReader(): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = startWorker();
		worker.onmessage = () => {
			worker.terminate();
			resolve();
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(`the backup reader did not load: ${event.message}`));
		};
	});
}
