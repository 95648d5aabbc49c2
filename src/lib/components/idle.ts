/** Resolves when the page is next idle; where the browser cannot tell (Safari), after the current task. */
export function nextIdle(): Promise<void> {
	return new Promise((resolve) => (globalThis.requestIdleCallback ?? setTimeout)(() => resolve()));
}
