import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundAllowed, holdBackground, holdBackgroundForLink } from './background';

/** Whether `promise` has settled once pending timers and microtasks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	await vi.advanceTimersByTimeAsync(0);
	return done;
}

describe('holdBackground', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('lets the background jobs start at once when no page holds them', async () => {
		vi.useFakeTimers();
		expect(await settled(backgroundAllowed())).toBe(true);
	});

	it('holds them until every hold is let go, and then only after the next frame', async () => {
		vi.useFakeTimers();
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
		const first = holdBackground();
		const second = holdBackground();
		const allowed = backgroundAllowed();
		first();
		first();
		frames.splice(0).forEach((draw) => draw(0));
		expect(await settled(allowed)).toBe(false);
		second();
		expect(await settled(allowed)).toBe(false);
		frames.splice(0).forEach((draw) => draw(0));
		expect(await settled(allowed)).toBe(true);
		expect(await settled(backgroundAllowed())).toBe(true);
	});

	it('lets them go after a second where no frame is drawn, as in a hidden tab', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', () => 0);
		const release = holdBackground();
		const allowed = backgroundAllowed();
		release();
		expect(await settled(allowed)).toBe(false);
		await vi.advanceTimersByTimeAsync(1000);
		expect(await settled(allowed)).toBe(true);
	});

	it('holds them for a page opened with a link alone', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', () => 0);
		vi.stubGlobal('location', { hash: '' });
		holdBackgroundForLink();
		expect(await settled(backgroundAllowed())).toBe(true);
		vi.stubGlobal('location', { hash: '#v2.0a1b2c3d.eNo' });
		const release = holdBackgroundForLink();
		expect(await settled(backgroundAllowed())).toBe(false);
		release();
		await vi.advanceTimersByTimeAsync(1000);
		expect(await settled(backgroundAllowed())).toBe(true);
	});
});
