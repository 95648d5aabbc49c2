/**
 * The yardstick: a bare SvelteKit page (a heading and a paragraph) built with the repo's own
 * toolchain and adapter settings, in a folder of its own outside the repo. Built again only when
 * a toolchain package's version or one of its files changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const TOOLCHAIN = ['vite', 'svelte', '@sveltejs/kit', '@sveltejs/adapter-static', '@sveltejs/vite-plugin-svelte'];

const FILES: Record<string, string> = {
	'package.json': '{ "name": "kasoti-bare", "private": true, "type": "module" }\n',
	'svelte.config.js': [
		"import adapter from '@sveltejs/adapter-static';",
		'',
		"export default { kit: { adapter: adapter({ precompress: true }) } };",
		''
	].join('\n'),
	'vite.config.ts': [
		"import { sveltekit } from '@sveltejs/kit/vite';",
		"import { defineConfig } from 'vite';",
		'',
		'export default defineConfig({ plugins: [sveltekit()] });',
		''
	].join('\n'),
	'src/app.html': [
		'<!doctype html>',
		'<html lang="en">',
		'\t<head>',
		'\t\t<meta charset="utf-8" />',
		'\t\t<meta name="viewport" content="width=device-width, initial-scale=1" />',
		'\t\t%sveltekit.head%',
		'\t</head>',
		'\t<body>',
		'\t\t<div style="display: contents">%sveltekit.body%</div>',
		'\t</body>',
		'</html>',
		''
	].join('\n'),
	'src/routes/+layout.ts': 'export const prerender = true;\n',
	'src/routes/+page.svelte': [
		'<svelte:head><title>Bare page</title></svelte:head>',
		'',
		'<h1>A bare SvelteKit page</h1>',
		'<p>A heading and a paragraph, built and served as Kasoti is: the yardstick for its speed.</p>',
		''
	].join('\n')
};

/** Builds the bare page (unless built with the same toolchain and files) and returns its build folder. */
export function buildBarePage(root: string, dir = join(tmpdir(), 'kasoti-bare')): string {
	const versions = TOOLCHAIN.map((name) => {
		const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
		return `${name}@${pkg.version}`;
	});
	const stamp = JSON.stringify({ versions, FILES });
	const stampFile = join(dir, 'stamp.json');
	const out = join(dir, 'build');
	if (existsSync(join(out, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return out;

	rmSync(dir, { recursive: true, force: true });
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	// the repo's packages, so the bare page is built by exactly the versions Kasoti is
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: dir,
		stdio: 'inherit'
	});
	if (built.status !== 0) throw new Error(`building the bare page in ${dir} failed`);
	writeFileSync(stampFile, stamp);
	return out;
}
