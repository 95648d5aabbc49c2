/**
 * A teacher's file as text, whatever encoding saved it. Excel on Windows saves "CSV" in the
 * computer's "ANSI" code page, Windows-1252 in the West: its é, ’ and “ are not UTF-8, and read as
 * UTF-8 they would become U+FFFD, or enough of them would make the file look binary.
 */
import { decodeBytes, sniffEncoding, type TextEncoding } from '../text/decode';
import { looksBinary } from './detect';

/** How a file's bytes were read: one of the Unicode encodings, or Windows-1252 for bytes that are not UTF-8. */
export type FileEncoding = TextEncoding | 'windows-1252';

/** The length of the valid UTF-8 sequence that starts at `i`, or 0 when the byte there begins none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const first = bytes[i]!;
	if (first < 0x80) return 1;
	const length = first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0;
	for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
	const second = bytes[i + 1] ?? 0;
	// overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either
	if ((first === 0xe0 && second < 0xa0) || (first === 0xed && second > 0x9f)) return 0;
	if ((first === 0xf0 && second < 0x90) || (first === 0xf4 && second > 0x8f)) return 0;
	return length;
}

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F (the bytes above are Latin-1's). Written out,
 * not left to TextDecoder: Node reads 'windows-1252' as Latin-1, so 0x92 would not become ’ there.
 */
const WINDOWS_1252 = [
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
];

/** Bytes as Windows-1252 text. */
function windows1252(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252[byte - 0x80]! : byte);
	return text;
}

/**
 * What reading bytes as UTF-8 with Windows-1252 for the rest found: the text, the 1-based lines that
 * held bytes which are not UTF-8, and whether any letter beyond ASCII was UTF-8 (Gujarati that shows).
 */
type MixedRead = { text: string; lines: number[]; utf8: boolean };

/** UTF-8 bytes as text, each byte that belongs to no valid sequence read as Windows-1252. */
function utf8OrWindows1252(bytes: Uint8Array): MixedRead {
	const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
	const parts: string[] = [];
	const lines: number[] = [];
	let line = 1;
	let multiByte = false;
	let start = 0;
	let valid = true;
	const flush = (end: number) => {
		const run = bytes.subarray(start, end);
		if (end > start) parts.push(valid ? utf8.decode(run) : windows1252(run));
		start = end;
	};
	for (let i = 0; i < bytes.length; ) {
		const length = sequenceLength(bytes, i);
		if ((length > 0) !== valid) {
			flush(i);
			valid = length > 0;
		}
		if (length === 0 && lines.at(-1) !== line) lines.push(line);
		// a byte-order mark is not a letter: a file that only opens with one is not partly UTF-8
		if (length > 1 && !(i === 0 && bytes[0] === 0xef)) multiByte = true;
		// lines end as splitLines ends them: \r\n, \r or \n
		if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
		i += Math.max(length, 1);
	}
	flush(bytes.length);
	return { text: parts.join(''), lines, utf8: multiByte };
}

/**
 * How a file was read. For Windows-1252, `lines` are the 1-based lines holding bytes that are not
 * UTF-8, and `mixed` says the rest had UTF-8 letters too (a Gujarati file with a line pasted from Excel).
 */
export type ReadFile = { text: string; encoding: FileEncoding; lines?: number[]; mixed?: boolean };

/**
 * A file's bytes as text without a byte-order mark, and how they were read. Bytes that are not
 * UTF-8 in a file that is otherwise text are read as Windows-1252; a binary file (a PDF, a zip,
 * an image) is read as UTF-8 as before, so that its U+FFFD and control characters show it is not text.
 */
export function readBytes(bytes: Uint8Array): ReadFile {
	const encoding = sniffEncoding(bytes);
	if (encoding !== 'utf-8') return { text: decodeBytes(bytes), encoding };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
	} catch {
		const read = utf8OrWindows1252(bytes);
		const text = read.text.replace(/^\uFEFF/, '');
		if (looksBinary(text)) return { text: decodeBytes(bytes), encoding };
		return { text, encoding: 'windows-1252', lines: read.lines, mixed: read.utf8 };
	}
}
