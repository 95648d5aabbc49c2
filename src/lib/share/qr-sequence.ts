/**
 * A text too long for one sturdy QR code, shown as a sequence of small codes in turn, and the
 * collector that puts it back together from codes read in any order.
 *
 * A text that fits one code (qrPlan in ./qr-plan) is not framed at all: it stays a plain link any
 * phone's camera app opens. A longer text is cut into n parts, each in a frame of its own:
 *
 *     [<origin>/share#]p1.<crc>.<k>.<n>.<part>
 *
 * - `<origin>/share#`: when the text is a web link, each frame is a link to the /share page of the
 *   app that made it, so a phone's own camera app opens Kasoti, which says to read the rest with
 *   its scanner; a text that is not a link has no such prefix.
 * - `p1`: the frame format, version 1 (a Kasoti fragment never starts so: v1, v2, a1, r1).
 * - `<crc>`: eight hex digits, the CRC-32 of the whole text's UTF-8 bytes: it names the sequence,
 *   so parts of two sequences never mix, and it checks the join, so a wrong one is refused.
 * - `<k>` and `<n>`: this part's number, 1 to n, and how many parts there are, in decimal.
 * - `<part>`: the k-th slice of the text, cut between characters; the slices joined give the text.
 */
import { crc32Hex } from './crc32';
import { qrPlan, type QrLevel } from './qr-plan';

/**
 * The most bytes a frame holds: version 13 at level M, 69×69 modules. Smaller codes read faster
 * and from farther: a phone's 1280-pixel-wide video frame, 4 m from a projected picture 1.5 m
 * tall, sees the code about 380 pixels wide, which gives version 13 (77 modules with its border)
 * 4.9 pixels a module and version 25 (125 modules) only 3, where blur and a screen's moiré
 * start to lose it. Level M (15% of the code may be lost) outlasts glare on a projector and
 * a scratched phone screen. A 4,000-character link (a set of 30 questions) takes 15 frames here,
 * 7.5 s a round; version 10 (213 bytes) would take 25, and 12.5 s.
 */
export const FRAME_BYTES = 331;

/** Frames get the sturdier level M: see FRAME_BYTES. */
export const FRAME_LEVEL: QrLevel = 'M';

/**
 * How long each code of a sequence shows: a phone's scanner gets two to five looks at every code
 * (BarcodeDetector reads a video frame in 20 to 50 ms, the JavaScript decoder in 60 to 200 ms on
 * a mid-range phone) and a code it missed comes round again soon.
 */
export const FRAME_INTERVAL_MS = 500;

/**
 * The most parts a sequence may have: at two codes a second a round takes 100 seconds. A longer
 * text (about 56,000 characters) goes by link or file.
 */
export const MAX_PARTS = 200;

/** The frame format's name, before its first dot. */
const FORMAT = 'p1';

/** A frame's header and part; the header fields stay within what MAX_PARTS needs. */
const FRAME = /^p1\.([0-9a-f]{8})\.([1-9]\d{0,2})\.([1-9]\d{0,2})\.([\s\S]+)$/;

/** The codes that show a text: one plain code, or the frames of a sequence. */
export type QrCodes = { level: QrLevel; texts: string[] };

/** A frame as read: which sequence, which part, and the part's text. */
export type Frame = { crc: string; index: number; total: number; part: string };

/** How far a sequence has come: parts held out of all, and the numbers of those still missing. */
export type Progress = { have: number; total: number; missing: number[] };

/** UTF-8 bytes of a text. */
const utf8 = (text: string) => new TextEncoder().encode(text);

/** How many UTF-8 bytes one character (code point) takes. */
const charBytes = (char: string) => {
	const code = char.codePointAt(0)!;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** The CRC-32 of a text's UTF-8 bytes (crc32Hex reads one byte per character). */
export function textCrc(text: string): string {
	const bytes = utf8(text);
	let binary = '';
	// in slices: spreading a large array into fromCharCode overflows the call stack
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return crc32Hex(binary);
}

/** The /share page of the app a web link was made on, for frames a camera app opens; '' for other texts. */
function framePrefix(text: string): string {
	try {
		const url = new URL(text);
		if (url.protocol === 'https:' || url.protocol === 'http:') return `${url.origin}/share#`;
	} catch {
		// not a link: frames carry no prefix
	}
	return '';
}

/** Cuts a text into slices of at most `budget` UTF-8 bytes, never inside a character. */
function slices(text: string, budget: number): string[] {
	const out: string[] = [];
	let current = '';
	let bytes = 0;
	for (const char of text) {
		const size = charBytes(char);
		if (bytes + size > budget && current !== '') {
			out.push(current);
			current = '';
			bytes = 0;
		}
		current += char;
		bytes += size;
	}
	if (current !== '') out.push(current);
	return out;
}

/** The frames of a text cut into parts after `prefix`; more than MAX_PARTS when it is too long. */
function frames(text: string, prefix: string): string[] {
	const crc = textCrc(text);
	// the header's length depends on how many digits n has, which depends on the room left for parts
	let digits = 1;
	for (;;) {
		const header = utf8(`${prefix}${FORMAT}.${crc}.${'9'.repeat(digits)}.${'9'.repeat(digits)}.`).length;
		const parts = slices(text, FRAME_BYTES - header);
		if (String(parts.length).length <= digits) {
			return parts.map((part, i) => `${prefix}${FORMAT}.${crc}.${i + 1}.${parts.length}.${part}`);
		}
		digits = String(parts.length).length;
	}
}

/**
 * The QR codes that carry a text: the text itself when it fits one code, else a sequence of
 * frames; undefined when even a sequence would take more than MAX_PARTS codes.
 */
export function qrCodes(text: string): QrCodes | undefined {
	const plan = qrPlan(text);
	if (plan.fits) return { level: plan.level, texts: [text] };
	if (plan.length > MAX_PARTS * FRAME_BYTES) return undefined;
	let prefix = framePrefix(text);
	// a link from a very long address would leave little room for the text itself
	if (utf8(prefix).length > FRAME_BYTES / 4) prefix = '';
	const texts = frames(text, prefix);
	return texts.length <= MAX_PARTS ? { level: FRAME_LEVEL, texts } : undefined;
}

/** Reads a frame from a decoded text (with or without its link prefix); undefined for any other text. */
export function readFrame(text: string): Frame | undefined {
	const hash = text.indexOf('#');
	const body = text.startsWith(`${FORMAT}.`) ? text : hash >= 0 ? text.slice(hash + 1) : text;
	const match = FRAME.exec(body);
	if (!match) return undefined;
	const index = Number(match[2]);
	const total = Number(match[3]);
	if (total < 2 || total > MAX_PARTS || index > total || utf8(match[4]!).length > FRAME_BYTES) return undefined;
	return { crc: match[1]!, index, total, part: match[4]! };
}

/** What one decoded text did to the collector. */
export type Taken =
	/** Not a frame: a whole text from a single code. */
	| { kind: 'single'; text: string }
	/** A part of a sequence; `fresh` is false for a part already held. */
	| { kind: 'part'; fresh: boolean; progress: Progress }
	/** The last missing part: the whole text, its checksum right. */
	| { kind: 'complete'; text: string }
	/** A part of a sequence completed before: nothing new. */
	| { kind: 'done' }
	/** Every part came but the join fails its checksum: the parts are dropped and read again. */
	| { kind: 'mismatch'; progress: Progress };

/** The sequences followed at once: a neighbour's phone seen in passing does not push out the one in hand. */
const MAX_SEQUENCES = 8;

/**
 * Puts sequences back together from frames read in any order, ignoring repeats; parts of
 * different sequences are kept apart by their checksum and count. Texts that are not frames
 * pass through as whole texts.
 */
export class FrameCollector {
	/** Parts held, by sequence (`<crc>.<n>`), oldest sequence first. */
	#sequences = new Map<string, Map<number, string>>();
	/** Sequences already completed. */
	#done = new Set<string>();
	/** The sequence of the latest part taken. */
	#latest: string | undefined;

	/** Takes one decoded text. */
	take(text: string): Taken {
		const frame = readFrame(text);
		if (!frame) return { kind: 'single', text };
		const key = `${frame.crc}.${frame.total}`;
		if (this.#done.has(key)) return { kind: 'done' };

		let parts = this.#sequences.get(key);
		if (!parts) {
			parts = new Map();
			this.#sequences.set(key, parts);
			if (this.#sequences.size > MAX_SEQUENCES) this.#sequences.delete(this.#sequences.keys().next().value!);
		}
		this.#latest = key;
		const fresh = !parts.has(frame.index);
		if (fresh) parts.set(frame.index, frame.part);
		if (parts.size < frame.total) return { kind: 'part', fresh, progress: this.#progressOf(key)! };

		const whole = Array.from({ length: frame.total }, (_, i) => parts.get(i + 1)!).join('');
		this.#sequences.delete(key);
		if (textCrc(whole) !== frame.crc) {
			this.#sequences.set(key, new Map());
			return { kind: 'mismatch', progress: this.#progressOf(key)! };
		}
		this.#done.add(key);
		if (this.#latest === key) this.#latest = undefined;
		return { kind: 'complete', text: whole };
	}

	/** How far the sequence of the latest part has come; undefined when none is in hand. */
	get progress(): Progress | undefined {
		return this.#latest === undefined ? undefined : this.#progressOf(this.#latest);
	}

	/** Forgets every part and every completed sequence. */
	reset(): void {
		this.#sequences.clear();
		this.#done.clear();
		this.#latest = undefined;
	}

	#progressOf(key: string): Progress | undefined {
		const parts = this.#sequences.get(key);
		if (!parts) return undefined;
		const total = Number(key.split('.')[1]);
		const missing = Array.from({ length: total }, (_, i) => i + 1).filter((k) => !parts.has(k));
		return { have: parts.size, total, missing };
	}
}
