/** What the share page needs to tell a link with a set from none, and the code that reads one. */
import type { DecodedLink } from '$lib/share/link';
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

/** A link read in the paste box before it went into the address: the page shows it without reading it again. */
let pastedLink: { fragment: string; decoded: DecodedLink } | undefined;

/**
 * Reads a pasted link's fragment with the link's code, and keeps what it gives for the page to show
 * once the fragment is in the address. Undefined when the code cannot be had: the page says so.
 */
export async function readPasted(fragment: string): Promise<DecodedLink | undefined> {
	const code = await linkCode().catch(() => undefined);
	if (!code) return undefined;
	const decoded = await code[0].decodeSetLink(fragment).catch(() => undefined);
	if (!decoded) return undefined;
	pastedLink = { fragment, decoded };
	return decoded;
}

/** What the paste box read of this fragment, once: a link opened again is read again. */
export function takePasted(fragment: string): DecodedLink | undefined {
	const kept = pastedLink?.fragment === fragment ? pastedLink.decoded : undefined;
	pastedLink = undefined;
	return kept;
}
