/**
 * Home's list of built-in sets (titles, articles, counts per category), made from questions/sets
 * when the app is built. Home imports it as a module instead of loading it as page data, so no
 * page has a server load and SvelteKit's client leaves out its data-fetching code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { orderBuiltin } from '../bank/builtin-order.ts';
import { summarizeSet, type SetSummary } from '../bank/summary.ts';

/**
 * The module's name as pages import it (its type: src/virtual-modules.d.ts). /teach, /set and a
 * shared link's check import it as `…?teach`, `…?set` and `…?share`, modules of their own: one
 * module shared by the pages would be a chunk of its own, one more file for Home to fetch.
 */
const BUILTIN_SUMMARIES = 'virtual:kasoti/builtin-summaries';
const NAMES = new Set(['', '?teach', '?set', '?share'].map((query) => `${BUILTIN_SUMMARIES}${query}`));

/** The summary of every set file in `dir`, in the order the app lists the sets. */
function readBuiltinSummaries(dir: string): { summaries: SetSummary[]; files: string[] } {
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => join(dir, name));
	return { summaries: orderBuiltin(files.map((file) => readFileSync(file, 'utf8'))).map(summarizeSet), files };
}

/** The Vite plugin serving BUILTIN_SUMMARIES from the sets in `dir`. */
export function builtinSummaries(dir: string): Plugin {
	return {
		name: 'kasoti:builtin-summaries',
		resolveId: (id) => (NAMES.has(id) ? `\0${id}` : undefined),
		load(id) {
			if (!NAMES.has(id.slice(1))) return;
			const { summaries, files } = readBuiltinSummaries(dir);
			for (const file of files) this.addWatchFile(file);
			// as JSON text: a phone parses it faster than the same data as a JavaScript literal
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(summaries))});\n`;
		}
	};
}
