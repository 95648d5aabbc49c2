import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './idle';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('nextTask', () => {
	it('yields through the browser’s scheduler where it has one', async () => {
		const yielded = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: yielded });
		await nextTask();
		expect(yielded).toHaveBeenCalledOnce();
	});

	it('resolves in a task of its own elsewhere, not among the current task’s microtasks', async () => {
		vi.stubGlobal('scheduler', undefined);
		vi.useFakeTimers();
		let done = false;
		void nextTask().then(() => (done = true));
		await Promise.resolve();
		await Promise.resolve();
		expect(done).toBe(false);
		await vi.runAllTimersAsync();
		expect(done).toBe(true);
	});
});
