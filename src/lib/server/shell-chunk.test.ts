import { describe, expect, it } from 'vitest';
import { apartChunk, isOwnStyle, shellChunk, staticReach, stylesChunk, type ChunkingContext } from './shell-chunk';

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

	it("takes the styles the page roots reach, and the code they share with other pages, but not code only they import, nor other pages' styles", () => {
		const styled: Record<string, string[]> = {
			...graph,
			home: ['home-part', 'home-only', 'runtime'],
			'home-part': ['/app/src/Card.svelte?svelte&type=style&lang.css'],
			'home-only': [],
			'/app/src/Card.svelte?svelte&type=style&lang.css': [],
			page: ['home-part', '/app/src/Page.svelte?svelte&type=style&lang.css'],
			'/app/src/Page.svelte?svelte&type=style&lang.css': []
		};
		const importers = (id: string) => Object.keys(styled).filter((by) => styled[by]!.includes(id));
		const ctx: ChunkingContext = {
			getModuleInfo: (id) => (styled[id] ? { importedIds: styled[id], importers: importers(id) } : null)
		};
		const name = shellChunk(['start'], 'shell', ['home']);
		expect(Object.keys(styled).filter((id) => name(id, ctx) === 'shell').sort()).toEqual([
			'/app/src/Card.svelte?svelte&type=style&lang.css',
			'home-part',
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

describe('apartChunk', () => {
	it('names what the roots reach and the pages do not, leaving out styles and what the pages reach too', () => {
		const checks: Record<string, string[]> = {
			shell: ['runtime'],
			runtime: [],
			'student-page': ['clean-text', 'runtime'],
			'teacher-page': ['to-set', 'runtime'],
			'to-set': ['validate', 'clean-text', '/app/src/Checks.svelte?svelte&type=style&lang.css'],
			validate: ['schema-library', 'to-set'],
			'schema-library': [],
			'clean-text': [],
			'/app/src/Checks.svelte?svelte&type=style&lang.css': []
		};
		const ctx: ChunkingContext = { getModuleInfo: (id) => (checks[id] ? { importedIds: checks[id] } : null) };
		const name = apartChunk(['to-set'], 'checks', ['shell', 'student-page']);
		expect(Object.keys(checks).filter((id) => name(id, ctx) === 'checks').sort()).toEqual(['schema-library', 'to-set', 'validate']);
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
