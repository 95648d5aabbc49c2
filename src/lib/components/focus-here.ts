/** Moving the reader to something that has just appeared. */

/**
 * Focuses the element, so a screen reader reads on from it, and scrolls it into view: focus alone
 * does not always scroll it there.
 */
export function focusHere(node: HTMLElement): void {
	node.focus({ preventScroll: true });
	node.scrollIntoView({ block: 'start' });
}
