import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffEncoding } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 bytes of `text`, little- or big-endian, with an optional byte-order mark. */
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
	const units = [...(bom ? [0xfeff] : []), ...[...text].flatMap((c) => [...c].map((_, i) => c.charCodeAt(i)))];
	const bytes = new Uint8Array(units.length * 2);
	units.forEach((unit, i) => {
		const [hi, lo] = [unit >> 8, unit & 0xff];
		bytes[i * 2] = endian === 'le' ? lo : hi;
		bytes[i * 2 + 1] = endian === 'le' ? hi : lo;
	});
	return bytes;
}
const sample = 'પ્રશ્ન\tજવાબ\nગુજરાતની રાજધાની?\tગાંધીનગર\n';

describe('decodeBytes', () => {
	it('reads UTF-8 with or without a byte-order mark, and drops the mark', () => {
		expect(decodeBytes(utf8(sample))).toBe(sample);
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]))).toBe(sample);
	});

	it('reads UTF-16 little- and big-endian by the byte-order mark', () => {
		expect(sniffEncoding(utf16(sample, 'le', true))).toBe('utf-16le');
		expect(sniffEncoding(utf16(sample, 'be', true))).toBe('utf-16be');
		expect(decodeBytes(utf16(sample, 'le', true))).toBe(sample);
		expect(decodeBytes(utf16(sample, 'be', true))).toBe(sample);
	});

	it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
		expect(decodeBytes(utf16(sample, 'le', false))).toBe(sample);
		expect(decodeBytes(utf16(sample, 'be', false))).toBe(sample);
	});

	it('turns bytes that are not UTF-8 into replacement characters, and NULs stay', () => {
		expect(decodeBytes(new Uint8Array([0x41, 0xff, 0xfe, 0x42]))).toBe('A\uFFFD\uFFFDB');
		expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))).toContain('\u0000');
	});
});
