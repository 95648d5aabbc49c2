/**
 * Reads and checks a chosen backup file off the page's thread: parsing and checking a file of
 * 100,000 ratings takes seconds on a phone, and the page must stay alive meanwhile. Told
 * `{ file, now }`, it answers with progress messages and then the result.
 */
import { sizeProblem, type BackupProgress, type ParseResult } from './backup';
import { readBackup } from './backup-read';

/** What the page asks: the chosen file, and the time to check its dates against. */
export type WorkerRequest = { file: Blob; now: number };
/** What the worker tells: that its code is here, how far it has got, then the outcome. */
export type WorkerReply = { loaded: true } | { progress: BackupProgress } | { result: ParseResult };

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
	postMessage(reply: WorkerReply): void;
};

async function read({ file, now }: WorkerRequest): Promise<ParseResult> {
	const tooLarge = sizeProblem(file.size);
	if (tooLarge) return { ok: false, error: tooLarge };
	scope.postMessage({ progress: { phase: 'reading' } });
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, error: { kind: 'damaged', message: 'the file could not be read' } };
	}
	return readBackup(text, new Date(now), (done, total) =>
		scope.postMessage({ progress: { phase: 'checking', done, total } })
	);
}

scope.onmessage = (event) => {
	void read(event.data).then((result) => scope.postMessage({ result }));
};
// a page fetching the reader ahead (to keep it offline) may stop it now
scope.postMessage({ loaded: true });
