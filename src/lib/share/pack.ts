/**
 * What every Kasoti link carries after `#`: JSON packed with deflate-raw, written in base64url and
 * checked by a CRC-32 of that text, `<format>.<crc32>.<payload>`. Set links (link.ts), assignment
 * links and students' results (class/) share it.
 */
import { lineTooDeep } from '../import/json-depth';
import { MAX_DEPTH } from '../import/limits';
import { fromBase64Url, isBase64Url, toBase64Url } from './base64url';
import { crc32Hex } from './crc32';

/** Why a packed fragment gives nothing: no checksum or a wrong one, foreign characters, or contents that do not unpack. */
export type UnpackProblem = 'checksum' | 'encoding' | 'compression' | 'too-large' | 'json';

/** JSON packed as `<format>.<crc32>.<payload>`. */
export async function packJson(format: string, value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	const payload = toBase64Url(await deflate(json));
	return `${format}.${crc32Hex(payload)}.${payload}`;
}

/**
 * The JSON of a fragment `<format>.<crc32>.<payload>` (the format already read off), unpacked to at
 * most `limit` bytes and nested at most MAX_DEPTH deep; a problem, never a throw, for anything
 * damaged, cut or foreign.
 */
export async function unpackJson(
	rest: string,
	limit: number
): Promise<{ ok: true; data: unknown } | { ok: false; problem: UnpackProblem }> {
	const sum = /^([0-9a-f]{8})\./.exec(rest);
	if (!sum) return { ok: false, problem: 'checksum' };
	const payload = rest.slice(sum[0].length);
	if (!isBase64Url(payload)) return { ok: false, problem: 'encoding' };
	if (crc32Hex(payload) !== sum[1]) return { ok: false, problem: 'checksum' };
	const bytes = fromBase64Url(payload);
	if (!bytes) return { ok: false, problem: 'encoding' };
	const inflated = await inflate(bytes, limit);
	if (inflated === 'too-large' || inflated === 'damaged')
		return { ok: false, problem: inflated === 'damaged' ? 'compression' : 'too-large' };
	const read = readPackedJson(inflated);
	return read.ok ? read : { ok: false, problem: 'json' };
}

/**
 * Unpacked bytes read as JSON, measured for depth before they are parsed: what reads the value
 * afterwards recurses, and a short link can nest thousands deep.
 */
export function readPackedJson(bytes: Uint8Array): { ok: true; data: unknown } | { ok: false; problem: 'json' | 'nested' } {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, problem: 'json' };
	}
	if (lineTooDeep(text, MAX_DEPTH) !== undefined) return { ok: false, problem: 'nested' };
	try {
		return { ok: true, data: JSON.parse(text) };
	} catch {
		return { ok: false, problem: 'json' };
	}
}

/** deflate-raw: no header or checksum, the fewest bytes for a link (the JSON is checked anyway). */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Unpacks deflate-raw bytes, stopping as soon as the output passes `limit`: a few kilobytes of
 * link can unpack to gigabytes.
 */
export async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'damaged' | 'too-large'> {
	const input = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
	const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > limit) {
				await reader.cancel().catch(() => {});
				return 'too-large';
			}
			chunks.push(value);
		}
	} catch {
		return 'damaged';
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
