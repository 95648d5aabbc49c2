/**
 * Every study page reads the own sets through ready-sets.ts on each load: its static imports must
 * not bring the checks or the set-writing code, which a set with a stored verdict never needs.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lib = fileURLToPath(new URL('..', import.meta.url));

/** The source files the entry's own chunk holds: what loads with it, before any dynamic import. */
async function staticallyLoaded(entry: string): Promise<string[]> {
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
	const [, output] = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint)!;
	// shared chunks the entry imports statically load with it too
	const shared = output.imports.filter((i) => i.kind === 'import-statement').map((i) => result.metafile.outputs[i.path]!);
	return [output, ...shared].flatMap((out) => Object.keys(out.inputs));
}

describe('the own-set reader of the study pages', () => {
	it('loads neither the checks nor the set-writing code until a set lacks a verdict', async () => {
		const loaded = await staticallyLoaded('db/ready-sets.ts');
		expect(loaded.some((file) => file.endsWith('db/sets-read.ts'))).toBe(true);
		for (const heavy of ['teach/check.ts', 'bank/validate.ts', 'db/sets.ts', 'import/check.ts'])
			expect(loaded.filter((file) => file.endsWith(heavy)), heavy).toEqual([]);
	});
});
