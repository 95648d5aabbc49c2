import { describe, expect, it } from 'vitest';
import { isBuiltPage, keepForStudents, manifestFiles, studentFiles, teacherFiles, type ViteManifest } from './precache-plan';

const node = (n: number) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;
/** A build in small: the app, a student page, a teacher page, their shared code and two on-demand modules. */
const manifest: ViteManifest = {
	'app.js': { file: '_app/immutable/entry/app.js', isEntry: true, imports: ['_runtime.js'], dynamicImports: [node(2), node(15)] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	[node(2)]: { file: '_app/immutable/nodes/2.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/lib/share/scan-zxing.ts'], css: ['_app/immutable/assets/2.css'] },
	[node(15)]: { file: '_app/immutable/nodes/15.js', isEntry: true, imports: ['_shared.js', '_parsers.js'], dynamicImports: ['src/routes/teach/draft/draft.ts'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js', assets: ['_app/immutable/assets/font.woff2'] },
	'_parsers.js': { file: '_app/immutable/chunks/parsers.js' },
	'src/lib/share/scan-zxing.ts': { file: '_app/immutable/chunks/zxing.js', isDynamicEntry: true, imports: ['_zxing-only.js'], assets: ['_app/immutable/assets/reader.wasm'] } as ViteManifest[string],
	'_zxing-only.js': { file: '_app/immutable/chunks/zxing-only.js' },
	'src/routes/teach/draft/draft.ts': { file: '_app/immutable/chunks/draft.js' }
};
const isTeacherPage = (key: string) => key === node(15);

describe('studentFiles', () => {
	const student = studentFiles(manifest, isTeacherPage);

	it("takes every file a student's page can load: code, styles and assets", () => {
		expect([...student].sort()).toEqual([
			'_app/immutable/assets/2.css',
			'_app/immutable/assets/font.woff2',
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/nodes/2.js'
		]);
	});

	it("leaves out teacher pages, what only they load, and the on-demand decoder and extractor", () => {
		const all = manifestFiles(manifest);
		const left = [...all].filter((file) => !keepForStudents(file, all, student)).sort();
		expect(left).toEqual([
			'_app/immutable/assets/reader.wasm',
			'_app/immutable/chunks/draft.js',
			'_app/immutable/chunks/parsers.js',
			'_app/immutable/chunks/zxing-only.js',
			'_app/immutable/chunks/zxing.js',
			'_app/immutable/nodes/15.js'
		]);
	});

	it('keeps files the manifest does not name, such as pages and icons', () => {
		const all = manifestFiles(manifest);
		expect(keepForStudents('quiz', all, student)).toBe(true);
		expect(keepForStudents('/favicon.png', all, student)).toBe(true);
		expect(keepForStudents('/_app/immutable/nodes/15.js', all, student)).toBe(false);
	});
});

describe('isBuiltPage', () => {
	it('tells the pages built ahead from files, whatever their path', () => {
		for (const page of ['/', 'teach', 'teach/class/view', 'read/000_1ee9a9eab18b7454', 'quiz/play']) expect(isBuiltPage(page)).toBe(true);
		for (const file of ['404.html', 'manifest.webmanifest', '/favicon.png', '_app/version.json', '_app/immutable/chunks/a1.js'])
			expect(isBuiltPage(file)).toBe(false);
	});
});

describe('teacherFiles', () => {
	it("lists what only a teacher's pages load, the extractor and parsers included, without the QR decoder", () => {
		expect(teacherFiles(manifest, isTeacherPage, studentFiles(manifest, isTeacherPage))).toEqual([
			'_app/immutable/chunks/draft.js',
			'_app/immutable/chunks/parsers.js',
			'_app/immutable/nodes/15.js'
		]);
	});

	it('leaves the QR decoder out when a teacher page can load it too', () => {
		const withScanner: ViteManifest = {
			...manifest,
			[node(15)]: { ...manifest[node(15)]!, dynamicImports: ['src/routes/teach/draft/draft.ts', 'src/lib/share/scan-zxing.ts'] }
		};
		const files = teacherFiles(withScanner, isTeacherPage, studentFiles(withScanner, isTeacherPage));
		expect(files.filter((file) => /zxing|wasm/.test(file))).toEqual([]);
		expect(files).toContain('_app/immutable/chunks/draft.js');
	});

	it('lists nothing when there is no teacher page', () => {
		expect(teacherFiles(manifest, () => false, studentFiles(manifest, () => false))).toEqual([]);
	});
});
