/**
 * Whether the app's code has taken over the prerendered page (the root layout says so once it is
 * mounted). Every page is prerendered, so its controls show before the code runs; a control whose
 * tap would then be lost or undone stays disabled until `pageCode.running`.
 */
let running = $state(false);

export const pageCode = {
	get running(): boolean {
		return running;
	}
};

/** Called once, by the root layout, when the page's code has run. */
export function markCodeRunning(): void {
	running = true;
}
