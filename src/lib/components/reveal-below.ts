/** Bringing into view what a change pushed below the screen's edge, without losing what the reader is on. */

/** A box as the viewport sees it, with the scroll margin its edge keeps clear (of a bar). */
type Edge = { at: number; margin: number };

/**
 * How far down to scroll so that `below`'s bottom edge clears the screen's foot (and the tab bar
 * its margin allows for), but no further than keeps `keep`'s top edge clear of the top bar: a
 * long card keeps its answer in view, and the student scrolls for the rest.
 */
export function scrollToReveal(below: Edge, keep: Edge, viewportHeight: number): number {
	const hidden = below.at + below.margin - viewportHeight;
	const spare = keep.at - keep.margin;
	return Math.max(0, Math.min(hidden, spare));
}

/**
 * Scrolls `below` into view, as far as `keep` stays in it (scrollToReveal): the page, its bars'
 * room kept clear, or the box `within` that scrolls on its own (a dialog), its padding kept clear.
 */
export function revealBelow(below: HTMLElement, keep: HTMLElement, within?: HTMLElement): void {
	const px = (value: string) => Number.parseFloat(value) || 0;
	const top = within?.getBoundingClientRect().top ?? 0;
	// the page's scroll padding is the top bar's room, which focus scrolling keeps clear too
	const frame = getComputedStyle(within ?? document.documentElement);
	const bottomMargin = within ? px(frame.paddingBottom) : px(getComputedStyle(below).scrollMarginBottom);
	const by = scrollToReveal(
		{ at: below.getBoundingClientRect().bottom - top, margin: bottomMargin },
		{ at: keep.getBoundingClientRect().top - top, margin: px(within ? frame.paddingTop : frame.scrollPaddingTop) },
		within ? within.clientHeight : window.innerHeight
	);
	if (by > 0) (within ?? window).scrollBy({ top: by });
}
