/**
 * A collator or segmenter loads its locale's rules the first time one is made: 60–180 ms on a
 * slow phone. Modules that every study page (or a teacher's page) loads must not pay that on import.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
	vi.restoreAllMocks();
	vi.resetModules();
});

/** Imports `load`'s module afresh, counting the locale objects made and locale comparisons run meanwhile. */
async function localeWorkOnImport(load: () => Promise<unknown>): Promise<number> {
	const made = [
		vi.spyOn(Intl, 'Collator'),
		vi.spyOn(Intl, 'Segmenter'),
		vi.spyOn(String.prototype, 'localeCompare')
	];
	vi.resetModules();
	await load();
	const count = made.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
	vi.restoreAllMocks();
	return count;
}

describe('modules loaded at page start', () => {
	it('the built-in bank sorts its sets without a collator, in the order one gives', async () => {
		expect(await localeWorkOnImport(() => import('../bank/builtin'))).toBe(0);
		const { builtinSets } = await import('../bank/builtin');
		const ids = builtinSets.map((set) => set.id);
		expect(ids.length).toBeGreaterThan(1);
		expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
	});

	it('the sentence splitter makes its segmenter on first use, not on import', async () => {
		expect(await localeWorkOnImport(() => import('./sentences'))).toBe(0);
		const { splitSentences } = await import('./sentences');
		expect(splitSentences('પુતિન પ્યોંગયાંગ પહોંચ્યા. કિમે સ્વાગત કર્યું.').map((s) => s.text)).toEqual([
			'પુતિન પ્યોંગયાંગ પહોંચ્યા.',
			'કિમે સ્વાગત કર્યું.'
		]);
	});
});
