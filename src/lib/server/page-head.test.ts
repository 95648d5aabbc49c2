import { describe, expect, it } from 'vitest';
import { awaitedCode, completePreloads, preloadsAfterStyles, staticClosure } from './page-head';
import type { ViteManifest } from './precache-plan';

/** A page's head as SvelteKit writes it: module preloads first, then the fonts, styles and stylesheet. */
const page = (prefix: string, files: string[]) =>
	[
		'<!doctype html>',
		'<html lang="gu">',
		'\t<head>',
		'\t\t<meta charset="utf-8" />',
		...files.map((file) => `\t\t<link href="${prefix}${file}" rel="modulepreload">`),
		'<link rel="preload" href="/_app/immutable/assets/font.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>',
		'\t\t<style>.a{color:red}</style>',
		`\t\t<link href="${prefix}_app/immutable/assets/0.css" rel="stylesheet">`,
		'\t</head>',
		'\t<body><link href="/in-body.js" rel="modulepreload"></body>',
		'</html>'
	].join('\n');

const order = (html: string) =>
	[...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*>/g)].map((m) => m[1]!.replace(/^.*\/(?=[^/]+$)/, ''));

describe('preloadsAfterStyles', () => {
	it('moves the module preloads after the stylesheet and the font preloads, in their order', () => {
		const html = preloadsAfterStyles(page('./', ['_app/immutable/entry/start.js', '_app/immutable/chunks/a.js']));
		expect(order(html)).toEqual(['font.woff2', '0.css', 'start.js', 'a.js', 'in-body.js']);
		expect(html).toContain('\t\t<link href="./_app/immutable/chunks/a.js" rel="modulepreload">\n\t</head>');
	});

	it('leaves the body and a page without preloads as they were', () => {
		const none = page('./', []);
		expect(preloadsAfterStyles(none)).toBe(none);
		expect(preloadsAfterStyles('<p>no head</p>')).toBe('<p>no head</p>');
	});
});

/** start imports shell; node 5 imports shell, a (which imports b) and c; the layout loads d on demand. */
const manifest: ViteManifest = {
	'start.js': { file: '_app/immutable/entry/start.js', isEntry: true, imports: ['_shell.js'] },
	'_shell.js': { file: '_app/immutable/chunks/shell.js', dynamicImports: ['d.ts'] },
	'nodes/5.js': { file: '_app/immutable/nodes/5.js', isEntry: true, imports: ['_shell.js', '_a.js', '_c.js'] },
	'_a.js': { file: '_app/immutable/chunks/a.js', imports: ['_b.js'] },
	'_b.js': { file: '_app/immutable/chunks/b.js' },
	'_c.js': { file: '_app/immutable/chunks/c.js' },
	'd.ts': { file: '_app/immutable/chunks/d.js', imports: ['_c.js'] }
};

describe('staticClosure', () => {
	it('follows static imports only', () => {
		expect(staticClosure(manifest, ['_app/immutable/nodes/5.js']).sort()).toEqual(
			['nodes/5.js', 'chunks/shell.js', 'chunks/a.js', 'chunks/b.js', 'chunks/c.js'].map((f) => `_app/immutable/${f}`).sort()
		);
		expect(staticClosure(manifest, ['_app/immutable/chunks/shell.js'])).toEqual(['_app/immutable/chunks/shell.js']);
	});
});

describe('completePreloads', () => {
	it('adds a preload for each chunk the preloaded code imports that the page left out, with its prefix', () => {
		// as SvelteKit lists it: c was first met through the shell's dynamic import of d, so it is missing, as is b
		const listed = ['entry/start.js', 'chunks/shell.js', 'nodes/5.js', 'chunks/a.js'].map((f) => `_app/immutable/${f}`);
		const html = completePreloads(preloadsAfterStyles(page('../', listed)), manifest);
		expect(order(html)).toEqual(['font.woff2', '0.css', 'start.js', 'shell.js', '5.js', 'a.js', 'b.js', 'c.js', 'in-body.js']);
		expect(html).toContain('<link href="../_app/immutable/chunks/c.js" rel="modulepreload">');
		expect(html).not.toContain('d.js');
	});

	it('adds the modules the page’s loads wait for, with what they import, after its own', () => {
		const listed = ['entry/start.js', 'chunks/shell.js'].map((f) => `_app/immutable/${f}`);
		const html = completePreloads(page('./', listed), manifest, ['d.ts']);
		expect(order(html).filter((file) => file.endsWith('.js'))).toEqual(['start.js', 'shell.js', 'd.js', 'c.js', 'in-body.js']);
		expect(() => completePreloads(page('./', listed), manifest, ['gone.ts'])).toThrow(/gone\.ts/);
	});

	it('changes nothing when the list is whole or the page has no preloads', () => {
		const whole = page('./', ['entry/start.js', 'chunks/shell.js'].map((f) => `_app/immutable/${f}`));
		expect(completePreloads(whole, manifest)).toBe(whole);
		expect(completePreloads(page('./', []), manifest)).toBe(page('./', []));
	});
});

describe('awaitedCode', () => {
	it('is Gujarati’s strings on a student’s page, with its text on an article’s, nothing on Home, a teacher’s page or a link’s', () => {
		for (const path of ['/quiz', '/settings', '/read', '/teacher-notes', '/shared']) expect(awaitedCode(path)).toEqual(['src/lib/i18n/gu.ts']);
		expect(awaitedCode('/read/000_ab12')).toEqual(['src/lib/i18n/gu.ts', 'questions/articles/000_ab12.txt?raw']);
		for (const path of ['/', '/teach', '/teach/edit', '/share', '/assignment']) expect(awaitedCode(path)).toEqual([]);
	});
});
