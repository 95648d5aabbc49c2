/**
 * The layout's background jobs (registering the service worker, the update banner, keeping code
 * for offline use) wait while a page fetches the code its first content needs. A teacher's link is
 * read by code fetched once its page runs, and on a phone's HTTP/1.1 connections (six at most) the
 * jobs' files would queue beside it. Home holds them while it reads today's cards: started first,
 * they ran before that read on a slow phone. With no page holding them, they start at once.
 */

let holds = 0;
const waiting: (() => void)[] = [];

/** The longest a drawn frame is waited for: a page in a hidden tab draws none. */
const FRAME_WAIT_MS = 1000;

/**
 * Holds the background jobs back. The returned function lets them go once the page has drawn its
 * next frame, so that what the page just showed is painted before their files are asked for; a
 * second call does nothing.
 */
export function holdBackground(): () => void {
	holds += 1;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		afterNextFrame(() => {
			holds -= 1;
			if (holds === 0) for (const go of waiting.splice(0)) go();
		});
	};
}

/**
 * Holds the background jobs back while a page opened with a link (a fragment: a shared set, an
 * assignment) reads it and shows what it holds; with no fragment, and where the page is built ahead
 * on the server, nothing is held and the returned function does nothing.
 */
export function holdBackgroundForLink(): () => void {
	return typeof location !== 'undefined' && location.hash.length > 1 ? holdBackground() : () => {};
}

/** Resolves once no page holds the background jobs back. */
export function backgroundAllowed(): Promise<void> {
	return holds === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

/** Runs `then` after the next frame is drawn, or after FRAME_WAIT_MS where no frame comes. */
function afterNextFrame(then: () => void): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		then();
	};
	const drawn = typeof requestAnimationFrame === 'function';
	if (drawn) requestAnimationFrame(() => setTimeout(once));
	setTimeout(once, drawn ? FRAME_WAIT_MS : 0);
}
