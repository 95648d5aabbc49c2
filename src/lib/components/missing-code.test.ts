import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadCode } from '$app/navigation';
import { fetchAhead, isMissingCode } from './missing-code';

vi.mock('$app/navigation', () => ({ preloadCode: vi.fn(async () => {}) }));

describe('isMissingCode', () => {
	it('knows a failed import or style sheet in the words of Chromium, Firefox, Safari and Vite', () => {
		const missing = [
			new TypeError('Failed to fetch dynamically imported module: http://x/_app/immutable/nodes/3.js'),
			new TypeError('error loading dynamically imported module: http://x/a.js'),
			new TypeError('Importing a module script failed.'),
			new Error('Unable to preload CSS for http://x/_app/immutable/assets/a.css')
		];
		expect(missing.map(isMissingCode)).toEqual([true, true, true, true]);
		expect([new Error('Not found: /x'), 'boom', undefined].map(isMissingCode)).toEqual([false, false, false]);
	});
});

describe('fetchAhead', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.mocked(preloadCode).mockClear();
	});

	/** Idle moments that come only when `idle()` is called, and the navigator's connection. */
	function stubIdle(onLine = true) {
		const waiting: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (callback: () => void) => waiting.push(callback));
		vi.stubGlobal('navigator', { onLine });
		const idle = async () => {
			waiting.shift()?.();
			// let the loop reach its next wait
			for (let i = 0; i < 5; i++) await Promise.resolve();
		};
		return { idle, waiting };
	}

	it('fetches one page per idle moment, none before the first', async () => {
		const { idle } = stubIdle();
		const done = fetchAhead('/quiz/play', '/quiz/results', '/teach');
		await Promise.resolve();
		expect(preloadCode).not.toHaveBeenCalled();
		await idle();
		expect(vi.mocked(preloadCode).mock.calls).toEqual([['/quiz/play']]);
		await idle();
		await idle();
		await done;
		expect(vi.mocked(preloadCode).mock.calls).toEqual([['/quiz/play'], ['/quiz/results'], ['/teach']]);
	});

	it('goes on past a page that fails, and fetches nothing offline', async () => {
		vi.mocked(preloadCode).mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
		const online = stubIdle();
		const done = fetchAhead('/a', '/b');
		await online.idle();
		await online.idle();
		await done;
		expect(vi.mocked(preloadCode).mock.calls).toEqual([['/a'], ['/b']]);

		vi.mocked(preloadCode).mockClear();
		const offline = stubIdle(false);
		const none = fetchAhead('/a', '/b');
		await offline.idle();
		await none;
		expect(preloadCode).not.toHaveBeenCalled();
	});
});
