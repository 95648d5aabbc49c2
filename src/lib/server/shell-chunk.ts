/**
 * One chunk for the code every page loads. The bundler's default gives each set of importers a
 * chunk of its own, so the layout's code, Svelte's and SvelteKit's runtimes came as 13 files, 8
 * of them under 1 KB, and every page asked for each: on a phone's HTTP/1.1 link that is a round
 * trip per few files, and each preload costs the page's start some main-thread time too.
 */

/** The bundler's view of one module: what it imports statically. */
type ModuleInfo = { importedIds: readonly string[] };
/** What the bundler passes a chunk-naming function. */
export type ChunkingContext = { getModuleInfo(id: string): ModuleInfo | null };

/** Every module `roots` import statically, directly or not, the roots included. */
export function staticReach(roots: readonly string[], ctx: ChunkingContext): Set<string> {
	const reached = new Set<string>();
	const todo = [...roots];
	while (todo.length) {
		const id = todo.pop()!;
		if (reached.has(id)) continue;
		const info = ctx.getModuleInfo(id);
		if (!info) continue;
		reached.add(id);
		todo.push(...info.importedIds);
	}
	return reached;
}

/**
 * A chunk-naming function that puts every module `roots` reach by static imports (their own
 * modules left as entries) in one chunk, `name`; the rest is chunked as the bundler would.
 * The roots are what every page loads first: SvelteKit's start, the app and the root layout.
 */
export function shellChunk(roots: readonly string[], name = 'shell') {
	const reachOf = new WeakMap<ChunkingContext, Set<string>>();
	return (id: string, ctx: ChunkingContext): string | null => {
		let reach = reachOf.get(ctx);
		if (!reach) reachOf.set(ctx, (reach = staticReach(roots, ctx)));
		return reach.has(id) && !roots.includes(id) ? name : null;
	};
}
