import { describe, expect, it } from 'vitest';
import { shellChunk, staticReach, type ChunkingContext } from './shell-chunk';

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

	it('works the reach out again for another build', () => {
		const name = shellChunk(['start']);
		expect(name('runtime', context())).toBe('shell');
		graph.start = [];
		expect(name('runtime', context())).toBeNull();
		graph.start = ['runtime'];
	});
});
