/** What the reader is told about a set link that gives no set, in the interface language. */
import type { Messages } from '$lib/i18n';
import type { LinkProblem } from '$lib/share/link';

type LinkMessage = Extract<keyof Messages, `link${string}`>;

const PROBLEMS: Record<LinkProblem, LinkMessage> = {
	empty: 'linkEmpty',
	format: 'linkFormat',
	newer: 'linkNewer',
	'too-large': 'linkTooLarge',
	encoding: 'linkEncoding',
	checksum: 'linkChecksum',
	compression: 'linkCompression',
	nested: 'linkNested',
	json: 'linkJson',
	invalid: 'linkInvalid',
	sources: 'linkSources'
};

/** Why the link gives no set, and what to do about it. */
export const linkProblemText = (t: Messages, problem: LinkProblem): string => t[PROBLEMS[problem]];
