/**
 * One chunk for the code every page loads. The bundler's default gives each set of importers a
 * chunk of its own, so the layout's code, Svelte's and SvelteKit's runtimes came as 13 files, 8
 * of them under 1 KB, and every page asked for each: on a phone's HTTP/1.1 link that is a round
 * trip per few files, and each preload costs the page's start some main-thread time too. The
 * styles go the same way: Home's in the shell's stylesheet, every other page's in one more.
 */

/** The bundler's view of one module: what it imports statically, and what imports it so. */
type ModuleInfo = { importedIds: readonly string[]; importers?: readonly string[] };
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

/** A component's style block or a stylesheet of the app's own (a library's styles stay with its code). */
export function isOwnStyle(id: string): boolean {
	return !id.includes('/node_modules/') && /[?&]svelte&type=style|\.css$/.test(id);
}

/**
 * A chunk-naming function that puts every module `roots` reach by static imports (their own
 * modules left as entries) in one chunk, `name`, with the code and styles `pageRoots` reach (their
 * own modules left as entries too); the rest is chunked as the bundler would. The roots are what
 * every page loads first: SvelteKit's start, the app and the root layout. The page roots are the
 * home page, the first page of most visits: what it shares with other pages (the category markers
 * and labels, which most pages use) comes in the shell's one file instead of four files more, at no
 * byte more for Home; what only it imports (its list of sets) stays in its own file.
 */
export function shellChunk(roots: readonly string[], name = 'shell', pageRoots: readonly string[] = []) {
	const reachOf = new WeakMap<ChunkingContext, { code: Set<string>; pages: Set<string> }>();
	const entries = new Set([...roots, ...pageRoots]);
	return (id: string, ctx: ChunkingContext): string | null => {
		let reach = reachOf.get(ctx);
		if (!reach) reachOf.set(ctx, (reach = { code: staticReach(roots, ctx), pages: staticReach(pageRoots, ctx) }));
		if (entries.has(id)) return null;
		if (reach.code.has(id)) return name;
		const importers = ctx.getModuleInfo(id)?.importers ?? [];
		return reach.pages.has(id) && (isOwnStyle(id) || importers.some((by) => !pageRoots.includes(by))) ? name : null;
	};
}

/**
 * A chunk-naming function that puts in one chunk, `name`, every module `roots` reach by static
 * imports that none of `apart` reach so. For the code that reads and checks a set (the JSON reader,
 * the schema, the checks, valibot): no student page links it, a shared link and every teacher's tool
 * load all of it together, and the bundler split it into five files by which pages ask for which
 * part, so a shared link's set showed only after five more requests. What it imports that pages
 * link (text cleaning, ids) stays where it was: the group must be set not to take its dependencies
 * along (`includeDependenciesRecursively: false`, in vite.config.ts).
 */
export function apartChunk(roots: readonly string[], name: string, apart: readonly string[]) {
	const reachOf = new WeakMap<ChunkingContext, Set<string>>();
	return (id: string, ctx: ChunkingContext): string | null => {
		let group = reachOf.get(ctx);
		if (!group) {
			const elsewhere = staticReach(apart, ctx);
			reachOf.set(ctx, (group = new Set([...staticReach(roots, ctx)].filter((module) => !elsewhere.has(module)))));
		}
		return group.has(id) && !isOwnStyle(id) ? name : null;
	};
}

/**
 * A chunk-naming function that puts every style of the app's own in one chunk, `name` (after
 * the shell's): its code is empty, so the page gets one stylesheet for all of them. Each
 * stylesheet a page links makes the browser work out the page's style and layout again when it
 * arrives, and laying out Gujarati text is slow on a phone: one sheet instead of up to eleven
 * took Lighthouse's blocking time on /teach/import from 0.7–1.0 s to 0.2 s.
 */
export function stylesChunk(name = 'styles') {
	return (id: string): string | null => (isOwnStyle(id) ? name : null);
}
