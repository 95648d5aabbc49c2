/**
 * The service worker's install downloads what a student's pages need and no more, so a first visit
 * stays small (see src/lib/server/precache-plan.ts). The rest is fetched through the worker, which
 * keeps it for offline use, when it is first wanted: a teacher's tools on the first /teach page,
 * and on a later visit the backup reader and, where the phone cannot read QR codes itself, the decoder.
 */
import { nextIdle } from '$lib/components/idle';
import { TEACHER_CODE_LIST } from '$lib/teacher-code';
import { readStored, writeStored } from './persisted';

/** The version whose later-visit code is kept: it is fetched once per version, not on every page load. */
export const KEPT_CODE_KEY = 'kasoti.kept-later-code';
/** The version whose teacher's tools are kept, likewise. */
export const KEPT_TEACHER_CODE_KEY = 'kasoti.kept-teacher-code';

/** Resolves once a service worker controls the page (at once on a later visit), never without one. */
async function controlled(): Promise<boolean> {
	const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
	if (!container) return false;
	if (container.controller) return true;
	await new Promise((resolve) => container.addEventListener('controllerchange', resolve, { once: true }));
	return true;
}

/**
 * Every file of the teacher's code the build lists (pages, extractor, parsers), fetched through the
 * worker, which keeps it. Fetched, not run: running every teacher page's modules took a slow phone
 * 0.8 s, in the moments Lighthouse counts as blocking the first teacher page.
 */
async function fetchTeacherCode(): Promise<void> {
	// revalidated: a list of another version would name files this server no longer has
	const list = await fetch(TEACHER_CODE_LIST, { cache: 'no-cache' });
	if (!list.ok) throw new Error(`${TEACHER_CODE_LIST}: ${list.status}`);
	const files: unknown = await list.json();
	if (!Array.isArray(files)) throw new Error(`${TEACHER_CODE_LIST}: not a list`);
	const fetched = await Promise.all(files.filter((file) => typeof file === 'string' && file.startsWith('/_app/')).map((file) => fetch(file)));
	const failed = fetched.find((response) => !response.ok);
	if (failed) throw new Error(`${failed.url}: ${failed.status}`);
}

/** The QR decoder, only where the browser has no QR reader of its own. */
async function keepDecoder(): Promise<void> {
	const { hasNativeQrReader } = await import('$lib/share/scan');
	if (await hasNativeQrReader()) return;
	await (await import('$lib/share/scan-zxing')).fetchDecoder();
}

/**
 * Once the page is controlled and online, runs `parts` one per idle moment, unless this version's
 * code was kept already.
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

/** On a teacher's page: every teacher page's code, the extractor and the parsers, and the decoder. */
export function keepTeacherTools(version: string = __APP_VERSION__): void {
	keepOncePerVersion(KEPT_TEACHER_CODE_KEY, version, [fetchTeacherCode, keepDecoder]);
}
