/**
 * Which built files the service worker downloads when it installs: what a student's pages need.
 * The teacher's tools (the /teach pages, the extractor) and the QR decoder are left out, so a first
 * visit stays small; they are cached the first time they are used online (see vite.config.ts).
 */

/** One entry of Vite's client manifest (.vite/manifest.json). */
export type ManifestChunk = {
	file: string;
	src?: string;
	isEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
};
export type ViteManifest = Record<string, ManifestChunk>;

/** The QR decoder: 1.1 MB of WebAssembly, kept only on a phone that cannot read QR codes itself. */
const QR_DECODER = /src\/lib\/share\/scan-zxing\.ts$/;
/** Modules loaded on demand only, with everything only they need: the extractor and the QR decoder. */
export const ON_DEMAND = [/src\/routes\/teach\/draft\/draft\.ts$/, QR_DECODER];

/**
 * The built files a student's pages can load: from every entry that is not a teacher's page, through
 * static and dynamic imports, except into teacher pages and on-demand modules.
 * `isTeacherPage` tells a route node's manifest key from its generated source.
 */
export function studentFiles(manifest: ViteManifest, isTeacherPage: (key: string) => boolean): Set<string> {
	const left = (key: string) => isTeacherPage(key) || ON_DEMAND.some((pattern) => pattern.test(key));
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(key) || left(key)) return;
		seen.add(key);
		for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
		for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
	};
	for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
	return files;
}

/** Every file the manifest names: what the student set is taken out of. */
export function manifestFiles(manifest: ViteManifest): Set<string> {
	return new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]));
}

/**
 * Whether a precache entry is a page built ahead ("/", "teach", "read/000_…"): the PWA integration
 * lists every one, but the worker draws every page from the fallback page instead.
 */
export function isBuiltPage(url: string): boolean {
	const path = url.replace(/^\//, '');
	return !path.startsWith('_app/') && !/\.[a-z0-9]+$/i.test(path);
}

/**
 * Keeps a precache entry unless the manifest names it and no student page can load it. Files the
 * manifest does not name (pages, icons, the backup worker) stay.
 */
export function keepForStudents(url: string, all: ReadonlySet<string>, student: ReadonlySet<string>): boolean {
	const file = url.replace(/^\//, '');
	return !all.has(file) || student.has(file);
}

/**
 * The built files only a teacher's pages load, through static and dynamic imports (the extractor
 * and the importers' parsers among them), without the QR decoder: the first teacher page fetches
 * them so the worker keeps them offline, without running them.
 */
export function teacherFiles(manifest: ViteManifest, isTeacherPage: (key: string) => boolean, student: ReadonlySet<string>): string[] {
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(key) || QR_DECODER.test(key)) return;
		seen.add(key);
		for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) if (!student.has(file)) files.add(file);
		for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
	};
	Object.keys(manifest).filter(isTeacherPage).forEach(visit);
	return [...files].sort();
}
