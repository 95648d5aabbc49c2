/**
 * Resolves when the page is next idle, or once `within` ms have passed when given: a page busy
 * with work of its own for a while must not hold back what the student waits for. Where the
 * browser cannot tell (Safari), after the current task.
 */
export function nextIdle(within?: number): Promise<void> {
	const idle = globalThis.requestIdleCallback;
	return new Promise((resolve) => (idle ? idle(() => resolve(), within === undefined ? undefined : { timeout: within }) : setTimeout(resolve)));
}

/**
 * Resolves in a task of its own, soon: long work split there lets the page answer a tap and paint
 * in between. The browser's own yield where it has one (Chromium), which runs before other tasks.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
