/**
 * The service worker's install downloads what a student's pages need and no more, so a first visit
 * stays small (see src/lib/server/precache-plan.ts). The rest is fetched through the worker, which
 * keeps it for offline use, when it is first wanted: a teacher's tools on the first /teach page,
 * and on a later visit the backup reader and, where the phone cannot read QR codes itself, the decoder.
 */
import { fetchAhead } from '$lib/components/missing-code';
import { readStored, writeStored } from './persisted';

/** The version whose later-visit code is kept: it is fetched once per version, not on every page load. */
export const KEPT_CODE_KEY = 'kasoti.kept-later-code';

/** The teacher's pages, fetched together the first time one of them opens. */
export const TEACHER_PAGES = ['/teach', '/teach/import', '/teach/edit', '/teach/draft', '/teach/class', '/teach/class/new', '/teach/class/view'];

/** Resolves once a service worker controls the page (at once on a later visit), never without one. */
async function controlled(): Promise<boolean> {
	const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
	if (!container) return false;
	if (container.controller) return true;
	await new Promise((resolve) => container.addEventListener('controllerchange', resolve, { once: true }));
	return true;
}

/** Runs `work` once the page is idle, controlled and online; a failure leaves things as they were. */
export async function whenIdleAndKept(work: () => Promise<unknown>): Promise<void> {
	if (!(await controlled()) || !navigator.onLine) return;
	await new Promise((resolve) => (globalThis.requestIdleCallback ?? setTimeout)(resolve));
	await work().catch(() => {});
}

/** The QR decoder, only where the browser has no QR reader of its own. */
async function keepDecoder(): Promise<void> {
	const { hasNativeQrReader } = await import('$lib/share/scan');
	if (await hasNativeQrReader()) return;
	await (await import('$lib/share/scan-zxing')).fetchDecoder();
}

/** On a page opened with a worker already in charge (not the first visit): what the install left out. */
export function keepLaterVisitCode(version: string = __APP_VERSION__): void {
	if (!navigator.serviceWorker?.controller) return;
	// once kept, the code stays in the worker's cache: loading it again would only take a slow phone's time
	if (readStored(KEPT_CODE_KEY, (raw) => raw) === JSON.stringify(version)) return;
	void whenIdleAndKept(async () => {
		const { loadBackupReader } = await import('$lib/db/backup-file');
		const kept = await Promise.allSettled([loadBackupReader(), keepDecoder()]);
		if (kept.every((result) => result.status === 'fulfilled')) writeStored(KEPT_CODE_KEY, version);
	});
}

/** On a teacher's page: every teacher page's code, the extractor (`loadExtractor`) and the decoder. */
export function keepTeacherTools(loadExtractor: () => Promise<unknown>): void {
	void whenIdleAndKept(() => Promise.allSettled([fetchAhead(...TEACHER_PAGES), loadExtractor(), keepDecoder()]));
}
