/** What the share page needs to tell a link with a set from none, and the code that reads one. */
import { readFrame } from '$lib/share/qr-sequence';

/**
 * The code that reads a link, shows its set and tells whether it is held here (the import's checks,
 * most of it): fetched for a link that carries a set, not with the page, which opens with no set as
 * often.
 */
export const linkCode = () => Promise.all([import('$lib/share/link'), import('./SharedLink.svelte'), import('$lib/state/held-here')]);

/** The page's fragment as a link gives it, without its `#`. */
export const fragmentOf = (hash: string): string => hash.replace(/^#/, '').trim();

/** Opened with no set: nothing after the `#`, or one part of a sequence of QR codes a camera app opened. */
export const opensWithoutSet = (fragment: string): boolean => fragment === '' || readFrame(fragment) !== undefined;
