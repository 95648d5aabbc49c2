/**
 * The service worker's install downloads what a student's pages need and no more, so a first visit
 * stays small (see src/lib/server/precache-plan.ts). The rest is fetched through the worker, which
 * keeps it for offline use, when it is first wanted: a teacher's tools on the first /teach page,
 * and on a later visit the backup reader and, where the phone cannot read QR codes itself, the decoder.
 */
import { preloadCode } from '$app/navigation';
import { nextIdle } from '$lib/components/idle';
import { readStored, writeStored } from './persisted';

/** The version whose later-visit code is kept: it is fetched once per version, not on every page load. */
export const KEPT_CODE_KEY = 'kasoti.kept-later-code';
/** The version whose teacher's tools are kept, likewise. */
export const KEPT_TEACHER_CODE_KEY = 'kasoti.kept-teacher-code';

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

/** The QR decoder, only where the browser has no QR reader of its own. */
async function keepDecoder(): Promise<void> {
	const { hasNativeQrReader } = await import('$lib/share/scan');
	if (await hasNativeQrReader()) return;
	await (await import('$lib/share/scan-zxing')).fetchDecoder();
}

/**
 * Once the page is controlled and online, loads `parts` one per idle moment (each runs its
 * modules' code; together they made one long task), unless this version's code was kept already.
 * The version is recorded once every part was kept: the code stays in the worker's cache, and
 * loading it again on every page load would only take a slow phone's time (a teacher's tools took
 * 0.8 s of it at 4x slowdown). A failure leaves things as they were.
 */
function keepOncePerVersion(key: string, version: string, parts: (() => Promise<unknown>)[]): void {
	if (readStored(key, (raw) => raw) === JSON.stringify(version)) return;
	void (async () => {
		if (!(await controlled()) || !navigator.onLine) return;
		let kept = true;
		for (const part of parts) {
			await nextIdle();
			kept = (await part().then(() => true, () => false)) && kept;
		}
		if (kept) writeStored(key, version);
	})();
}

/** On a page opened with a worker already in charge (not the first visit): what the install left out. */
export function keepLaterVisitCode(version: string = __APP_VERSION__): void {
	if (!navigator.serviceWorker?.controller) return;
	keepOncePerVersion(KEPT_CODE_KEY, version, [
		() => import('$lib/db/backup-file').then(({ loadBackupReader }) => loadBackupReader()),
		keepDecoder
	]);
}

/** On a teacher's page: every teacher page's code, the extractor (`loadExtractor`) and the decoder. */
export function keepTeacherTools(loadExtractor: () => Promise<unknown>, version: string = __APP_VERSION__): void {
	keepOncePerVersion(KEPT_TEACHER_CODE_KEY, version, [
		...TEACHER_PAGES.map((path) => () => preloadCode(path)),
		loadExtractor,
		keepDecoder
	]);
}
