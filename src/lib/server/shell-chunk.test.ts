import { describe, expect, it } from 'vitest';
import { isOwnStyle, shellChunk, staticReach, stylesChunk, type ChunkingContext } from './shell-chunk';

/** start → runtime → internal; app → layout → i18n; a page → page-only; the layout imports `later` on demand. */
const graph: Record<string, string[]> = {
	start: ['runtime'],
	runtime: ['internal'],
	internal: ['runtime'],
	app: ['layout'],
	layout: ['i18n', 'runtime'],
	i18n: [],
	page: ['runtime', 'page-only'],
	'page-only': [],
	later: ['page-only']
};
const context = (): ChunkingContext => ({
	getModuleInfo: (id) => (graph[id] ? { importedIds: graph[id] } : null)
});

describe('staticReach', () => {
	it('takes the roots and what they import, through cycles, and skips unknown modules', () => {
		expect([...staticReach(['start', 'app', 'missing'], context())].sort()).toEqual(['app', 'i18n', 'internal', 'layout', 'runtime', 'start']);
	});
});

describe('shellChunk', () => {
	it('names what the roots reach and leaves the roots, pages and code loaded later to the bundler', () => {
		const name = shellChunk(['start', 'app', 'layout']);
		const ctx = context();
		const named = Object.keys(graph).filter((id) => name(id, ctx) === 'shell');
		expect(named.sort()).toEqual(['i18n', 'internal', 'runtime']);
	});

	it("takes the styles the style roots reach, and neither their code nor other pages' styles", () => {
		const styled: Record<string, string[]> = {
			...graph,
			home: ['home-part', 'runtime'],
			'home-part': ['/app/src/Card.svelte?svelte&type=style&lang.css'],
			'/app/src/Card.svelte?svelte&type=style&lang.css': [],
			page: ['/app/src/Page.svelte?svelte&type=style&lang.css'],
			'/app/src/Page.svelte?svelte&type=style&lang.css': []
		};
		const ctx: ChunkingContext = { getModuleInfo: (id) => (styled[id] ? { importedIds: styled[id] } : null) };
		const name = shellChunk(['start'], 'shell', ['home']);
		expect(Object.keys(styled).filter((id) => name(id, ctx) === 'shell').sort()).toEqual([
			'/app/src/Card.svelte?svelte&type=style&lang.css',
			'internal',
			'runtime'
		]);
	});

	it('works the reach out again for another build', () => {
		const name = shellChunk(['start']);
		expect(name('runtime', context())).toBe('shell');
		graph.start = [];
		expect(name('runtime', context())).toBeNull();
		graph.start = ['runtime'];
	});
});

describe('stylesChunk', () => {
	it("names the app's own styles, whether a component's block or a stylesheet, and nothing else", () => {
		expect(isOwnStyle('/app/src/routes/Quiz.svelte?svelte&type=style&lang.css')).toBe(true);
		expect(isOwnStyle('/app/src/app.css')).toBe(true);
		expect(isOwnStyle('/app/src/routes/Quiz.svelte')).toBe(false);
		expect(isOwnStyle('/app/node_modules/some-widget/dist/widget.css')).toBe(false);
		const name = stylesChunk();
		expect(name('/app/src/app.css')).toBe('styles');
		expect(name('/app/src/lib/db/cards.ts')).toBeNull();
	});
});
