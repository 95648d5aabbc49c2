/** For tests only: what a module brings with it when a page imports it, as a bundler splits it. */
import { build } from 'esbuild';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = fileURLToPath(new URL('.', import.meta.url));

/** The source files the entry's own chunk holds (`entry` under src/lib): what loads with it, before any dynamic import. */
export async function staticallyLoaded(entry: string): Promise<string[]> {
	const result = await build({
		entryPoints: [`${lib}${entry}`],
		bundle: true,
		splitting: true,
		format: 'esm',
		outdir: '/nowhere',
		write: false,
		metafile: true,
		alias: { $lib: lib.replace(/\/$/, '') },
		external: ['$app/*', 'idb'],
		logLevel: 'silent'
	});
	// a dynamically imported module is an entry point too: the entry is the output made from `entry` itself
	const source = relative(process.cwd(), `${lib}${entry}`);
	const [, output] = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint === source)!;
	// shared chunks the entry imports statically load with it too
	const shared = output.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => result.metafile.outputs[i.path]!);
	return [output, ...shared].flatMap((out) => Object.keys(out.inputs));
}

/** The files of `entry`'s own chunk whose path ends with one of `names`: what it should not bring, found. */
export async function broughtWith(entry: string, names: readonly string[]): Promise<string[]> {
	return (await staticallyLoaded(entry)).filter((file) => names.some((name) => file.endsWith(name)));
}
