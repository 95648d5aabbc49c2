/**
 * Property tests of the share-link decoder: whatever a fragment holds (random text, a real link
 * with one character changed, any JSON packed as a link), decodeSetLink answers without throwing,
 * and a changed link is never read as a set. A runaway path (minutes on one input) fails by the
 * tests' time limit; no case is timed, so a busy machine cannot fail them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { toBase64Url } from './base64url';
import { crc32Hex } from './crc32';
import { decodeSetLink, encodeSetLink } from './link';

/** Far above the few hundred milliseconds each property takes, far below a freeze. */
const LIMIT_MS = 60_000;

const set: QuestionSet = {
	id: 'gujarat-day',
	title: 'ગુજરાત સ્થાપના દિન',
	title_en: 'Gujarat Day',
	lang: 'gu',
	articles: [],
	questions: [
		{
			id: 'gujarat-day-q1',
			category: 'place',
			kind: 'city',
			prompt: 'ગુજરાતની રાજધાની કઈ છે?',
			answer: 'ગાંધીનગર',
			accept: [],
			article: 'gujarat-day.txt',
			quote: 'રાજ્યની રાજધાની ગાંધીનગર છે.',
			en: 'The capital of the state is Gandhinagar.'
		}
	]
};

async function packed(text: string): Promise<string> {
	const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const body = toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
	return `#v2.${crc32Hex(body)}.${body}`;
}

describe('decodeSetLink on any fragment', { timeout: LIMIT_MS }, () => {
	it('answers random text without throwing', async () => {
		const fragment = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 200 }),
			fc.string({ maxLength: 200 }).map((s) => `v2.${s}`),
			fc.string({ maxLength: 200 }).map((s) => `v1.${s}`)
		);
		await fc.assert(fc.asyncProperty(fragment, async (hash) => void (await decodeSetLink(hash))), { numRuns: 300 });
	});

	it('never reads a link with one character changed as a set', async () => {
		const link = await encodeSetLink({ set, sources: {} }, 'https://kasoti.example');
		const fragment = link.slice(link.indexOf('#') + 1);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		const change = fc
			.tuple(fc.nat({ max: fragment.length - 1 }), fc.constantFrom(...alphabet))
			.filter(([at, c]) => fragment[at] !== c);
		await fc.assert(
			fc.asyncProperty(change, async ([at, c]) => {
				const decoded = await decodeSetLink(`${fragment.slice(0, at)}${c}${fragment.slice(at + 1)}`);
				expect(decoded.ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('answers any JSON packed with a right checksum, nested or not, without throwing', async () => {
		const payload = fc.oneof(
			fc.json({ maxDepth: 6 }),
			fc.nat({ max: 5000 }).map((n) => '['.repeat(n)),
			fc.nat({ max: 2000 }).map((n) => `{"set":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
			fc.json({ maxDepth: 3 }).map((j) => `{"set":${j},"sources":${j}}`)
		);
		await fc.assert(
			fc.asyncProperty(payload, async (text) => {
				const decoded = await decodeSetLink(await packed(text));
				if (decoded.ok) expect(decoded.set.questions.length).toBeGreaterThan(0);
			}),
			{ numRuns: 200 }
		);
	});
});
