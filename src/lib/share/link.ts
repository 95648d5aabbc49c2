/**
 * A set as a link: `<origin>/share#v2.<crc32>.<base64url of deflate-raw(JSON)>`, the CRC-32 (eight
 * hex digits) taken over the base64url text, so one changed character is refused, not read as a
 * different set. Links of v1 (no checksum) were shared before and are still read. The whole set and its
 * source texts travel in the fragment, which browsers never send to a server, so opening the
 * link needs no network and tells no one what is in it. Incoming sets pass the Kasoti JSON
 * importer, with its checks, cleaning and limits, before anything else sees them.
 */
import { ARTICLE_FILE_PATTERN } from '../bank/ids';
import type { QuestionSet } from '../bank/schema';
import { MAX_BYTES, MAX_DEPTH, MAX_QUESTIONS } from '../import/limits';
import { readKasotiData } from '../import/json';
import { hasErrors, type Problem } from '../bank/problems';
import { cleanText } from '../text/normalize';
import { fromBase64Url, isBase64Url, toBase64Url } from './base64url';
import { crc32Hex } from './crc32';
import { trimLinkEnd } from './link-end';
import { deflate, inflate, readPackedJson } from './pack';

/** A set as it travels: its questions and the source texts they quote, by article file name. */
export type SharedSet = { set: QuestionSet; sources: Record<string, string> };

/** The page that opens shared links. */
export const SHARE_PATH = '/share';

/** The format this version of Kasoti writes; a link names it before the first dot. */
export const LINK_VERSION = 2;

/** The first format, without a checksum: links already sent in chats and printed as QR codes. */
const OLDEST_READ = 1;

/**
 * The longest fragment written or read: under Firefox's 1 MiB limit on a whole URL (Chrome's
 * is 2 MB). Chat apps cut far sooner, which the share panel shows by giving the length.
 */
export const MAX_FRAGMENT_LENGTH = 1_000_000;

/** The largest set a link unpacks to: as much as one file import takes. */
export const MAX_PAYLOAD_BYTES = MAX_BYTES;

/** What is wrong with a link, for the page to say in the reader's language. */
export type LinkProblem =
	| 'empty'
	| 'format'
	| 'newer'
	| 'too-large'
	| 'encoding'
	| 'checksum'
	| 'compression'
	| 'nested'
	| 'json'
	| 'invalid'
	| 'sources';

/** Why a link gives no set: the problem, and what is wrong in English. */
export type LinkFailure = {
	ok: false;
	problem: LinkProblem;
	message: string;
	/** The importer's findings, when the set itself is wrong. */
	problems?: Problem[];
};

/** An opened link: the set and its sources, or what is wrong and nothing else. */
export type DecodedLink = ({ ok: true } & SharedSet) | LinkFailure;

/** The set is too large for a link any browser would open. */
export class LinkTooLongError extends Error {
	override readonly name = 'LinkTooLongError';

	constructor(readonly length: number) {
		super(`The link would be ${length} characters long: at most ${MAX_FRAGMENT_LENGTH} can be opened`);
	}
}

/** The file name importer problems give a set that came by link. */
const LINK_FILE = 'link.json';


const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The article file names a set points to: listed ones and those its questions name. */
function articleNames(set: QuestionSet): Set<string> {
	return new Set([...set.articles.map((a) => a.file), ...set.questions.map((q) => q.article)]);
}

/**
 * The share link of a set: its questions and the source texts they quote (texts no question or
 * article entry names are left out). Throws LinkTooLongError when no browser could open it.
 */
export async function encodeSetLink(shared: SharedSet, origin: string): Promise<string> {
	const { $schema: _, ...set } = shared.set;
	const names = articleNames(shared.set);
	const sources = Object.fromEntries(Object.entries(shared.sources).filter(([file]) => names.has(file)));
	const json = new TextEncoder().encode(JSON.stringify({ set, sources }));
	const payload = toBase64Url(await deflate(json));
	const fragment = `v${LINK_VERSION}.${crc32Hex(payload)}.${payload}`;
	if (fragment.length > MAX_FRAGMENT_LENGTH) throw new LinkTooLongError(fragment.length);
	return `${origin}${SHARE_PATH}#${fragment}`;
}

/**
 * Opens a link's fragment (`#v2.…` or `#v1.…`, with or without the `#`). A damaged, foreign,
 * oversized or invalid link gives a problem and no set: nothing of it is half-read, and nothing throws.
 */
export async function decodeSetLink(hash: string): Promise<DecodedLink> {
	try {
		return await readLink(hash);
	} catch {
		// whatever a link holds, the page must say something rather than wait forever
		return fail('json', 'The link is damaged: its contents are not a readable set');
	}
}

async function readLink(hash: string): Promise<DecodedLink> {
	// a link quoted in a sentence arrives with the sentence's full stop or bracket after it
	const fragment = trimLinkEnd(hash.replace(/^#/, '').trim());
	if (fragment === '') return fail('empty', 'The link holds no set: the part after # is missing');
	if (fragment.length > MAX_FRAGMENT_LENGTH)
		return fail('too-large', `The link is ${fragment.length} characters long: at most ${MAX_FRAGMENT_LENGTH} are read`);

	const version = /^v(\d+)\./.exec(fragment);
	if (!version) return fail('format', 'This is not a Kasoti set link: it does not start with a version such as v1.');
	const format = Number(version[1]);
	if (format < OLDEST_READ || format > LINK_VERSION)
		return fail('newer', `The link is in format v${version[1]}, which this version of Kasoti cannot read`);

	const sum = format >= 2 ? /^([0-9a-f]{8})\./.exec(fragment.slice(version[0].length)) : null;
	const payload = fragment.slice(version[0].length + (sum?.[0].length ?? 0));
	const mismatch = () => fail('checksum', 'The link was changed or cut: its checksum does not match its contents');
	if (format >= 2 && !sum) return mismatch();
	// a foreign character is named as such; any other change, a cut included, fails the checksum
	if (sum && isBase64Url(payload) && crc32Hex(payload) !== sum[1]) return mismatch();
	const bytes = fromBase64Url(payload);
	if (!bytes) return fail('encoding', 'The link is damaged: it holds characters a set link never has');

	const inflated = await inflate(bytes, MAX_PAYLOAD_BYTES);
	if (inflated === 'too-large')
		return fail('too-large', `The set in the link is larger than ${MAX_PAYLOAD_BYTES} bytes`);
	if (inflated === 'damaged')
		return fail('compression', 'The link is damaged or cut short: its contents do not unpack');

	const read = readPackedJson(inflated);
	if (read.ok) return readPayload(read.data);
	if (read.problem === 'nested')
		return fail('nested', `The link's contents nest more than ${MAX_DEPTH} levels deep: no set is shaped like that`);
	return fail('json', 'The link is damaged: its contents are not a readable set');
}

/** Checks the unpacked contents: a set the importer accepts, and source texts for its articles. */
function readPayload(payload: unknown): DecodedLink {
	if (!isRecord(payload) || !isRecord(payload.set))
		return fail('json', 'The link is damaged: it holds no question set');

	// The Kasoti JSON importer alone: a link holds JSON, and the other parsers would only add weight.
	// Its text was measured for depth above, so the set parsed is read as it is.
	const result = readKasotiData(payload.set, LINK_FILE);
	// a link is made from a checked set: a question with a mistake means it was changed, and is not left out unsaid
	if (!result.set || hasErrors(result.problems) || result.drafts.length > MAX_QUESTIONS) {
		// a link's set is one line of JSON: its line numbers would mean nothing to the reader
		const problems = result.problems.map(({ line: _, ...p }) => p);
		return { ...fail('invalid', 'The set in the link has mistakes, so it cannot be added'), problems };
	}
	const set = result.set;

	const raw = payload.sources ?? {};
	if (!isRecord(raw)) return fail('sources', 'The source texts in the link are not a list of texts by article');
	const names = articleNames(set);
	const sources: Record<string, string> = {};
	for (const [file, text] of Object.entries(raw)) {
		if (!ARTICLE_FILE_PATTERN.test(file) || typeof text !== 'string')
			return fail('sources', `The source text "${file}" in the link is not an article text`);
		// a text nothing points to would only take up room
		if (names.has(file)) sources[file] = cleanText(text);
	}
	return { ok: true, set, sources };
}

function fail(problem: LinkProblem, message: string): LinkFailure {
	return { ok: false, problem, message };
}

/** Whether the library already holds this very set, under the same id: nothing to add. */
export function alreadyHeld(set: QuestionSet, library: readonly QuestionSet[]): boolean {
	const held = library.find((s) => s.id === set.id);
	return held !== undefined && JSON.stringify(held) === JSON.stringify(set);
}
