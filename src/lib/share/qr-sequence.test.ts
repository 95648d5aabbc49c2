import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { staticallyLoaded } from '$lib/code-testing';
import { FRAME_BYTES, FrameCollector, MAX_PARTS, qrCodes, readFrame, textCrc, type Taken } from './qr-sequence';

const ORIGIN = 'https://kasoti.example';
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** A share link of exactly `length` characters, its payload varied so no two slices are alike. */
function link(length: number, path = '/share#v2.0123abcd.'): string {
	const head = `${ORIGIN}${path}`;
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	let body = '';
	for (let i = 0; body.length < length - head.length; i++) body += alphabet[(i * 7 + (i >> 6)) % 64];
	return head + body;
}

/** The QR version a text takes in byte mode at level M. */
function version(text: string): number {
	const code = qrcode(0, 'M');
	code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
	code.make();
	return (code.getModuleCount() - 17) / 4;
}

/** Feeds texts to a fresh collector and gives what each did. */
function collect(texts: string[], collector = new FrameCollector()): Taken[] {
	return texts.map((text) => collector.take(text));
}

describe('qrCodes', () => {
	it('leaves a text that fits one code unframed: a plain link any camera app opens', () => {
		expect(qrCodes(link(900))).toEqual({ level: 'M', texts: [link(900)] });
		expect(qrCodes(link(1273))).toEqual({ level: 'L', texts: [link(1273)] });
	});

	it('cuts a longer link into frames that point to /share, each within version 13 at level M', () => {
		const text = link(2000);
		const codes = qrCodes(text)!;
		expect(codes.level).toBe('M');
		// 29 bytes of address and 16 of header leave 286 for each part: 2,000 characters take 7
		expect(codes.texts).toHaveLength(7);
		const crc = textCrc(text);
		codes.texts.forEach((frame, i) => {
			expect(frame.startsWith(`https://kasoti.example/share#p1.${crc}.${i + 1}.7.`)).toBe(true);
			expect(bytes(frame)).toBeLessThanOrEqual(FRAME_BYTES);
			expect(version(frame)).toBeLessThanOrEqual(13);
		});
		expect(bytes(codes.texts[0]!)).toBe(FRAME_BYTES);
		expect(codes.texts.map((f) => readFrame(f)!.part).join('')).toBe(text);
	});

	it('makes room for a two-digit count in every header', () => {
		const codes = qrCodes(link(4000))!;
		// 29 bytes of address and 18 of header leave 284 for each part: 4,000 characters take 15
		expect(codes.texts).toHaveLength(15);
		expect(codes.texts[9]!.slice(29, 47)).toBe(`p1.${textCrc(link(4000))}.10.15.`);
		for (const frame of codes.texts) expect(bytes(frame)).toBeLessThanOrEqual(FRAME_BYTES);
	});

	it('frames a text that is not a link without a prefix, cutting between Gujarati letters', () => {
		const text = 'ગુજરાતની રાજધાની ગાંધીનગર છે. '.repeat(30);
		const codes = qrCodes(text)!;
		expect(codes.texts.length).toBeGreaterThan(1);
		for (const frame of codes.texts) {
			expect(frame.startsWith('p1.')).toBe(true);
			expect(bytes(frame)).toBeLessThanOrEqual(FRAME_BYTES);
			expect(frame).not.toContain('\uFFFD');
		}
		expect(collect(codes.texts).at(-1)).toEqual({ kind: 'complete', text });
	});

	it('gives no codes for a text longer than 200 frames carry', () => {
		expect(qrCodes(link(MAX_PARTS * FRAME_BYTES + 1))).toBeUndefined();
		// three-digit counts: 282 bytes for each part
		expect(qrCodes(link(40_000))!.texts).toHaveLength(142);
	});
});

describe('readFrame', () => {
	it('reads a frame with or without its link prefix', () => {
		const frame = { crc: '0123abcd', index: 2, total: 3, part: 'v2.xyz#.' };
		expect(readFrame('p1.0123abcd.2.3.v2.xyz#.')).toEqual(frame);
		expect(readFrame('http://192.168.1.5:4173/share#p1.0123abcd.2.3.v2.xyz#.')).toEqual(frame);
	});

	it('refuses texts that are no frame or a frame that cannot be', () => {
		for (const text of [
			'https://kasoti.example/share#v2.0123abcd.AAAA',
			'p1.0123abcd.2.3.',
			'p1.0123ABCD.2.3.x',
			'p1.0123abc.2.3.x',
			'p1.0123abcd.4.3.x',
			'p1.0123abcd.0.3.x',
			'p1.0123abcd.1.1.x',
			'p1.0123abcd.1.201.x',
			`p1.0123abcd.1.2.${'x'.repeat(FRAME_BYTES + 1)}`
		]) {
			expect(readFrame(text), text).toBeUndefined();
		}
	});
});

describe('FrameCollector', () => {
	const text = link(2000);
	const frames = qrCodes(text)!.texts;

	it('puts a sequence together from parts in any order, repeats ignored, saying what is missing', () => {
		const taken = collect([frames[3]!, frames[0]!, frames[3]!, frames[6]!, frames[1]!, frames[5]!, frames[2]!, frames[4]!]);
		expect(taken.slice(0, 7)).toEqual([
			{ kind: 'part', fresh: true, progress: { have: 1, total: 7, missing: [1, 2, 3, 5, 6, 7] } },
			{ kind: 'part', fresh: true, progress: { have: 2, total: 7, missing: [2, 3, 5, 6, 7] } },
			{ kind: 'part', fresh: false, progress: { have: 2, total: 7, missing: [2, 3, 5, 6, 7] } },
			{ kind: 'part', fresh: true, progress: { have: 3, total: 7, missing: [2, 3, 5, 6] } },
			{ kind: 'part', fresh: true, progress: { have: 4, total: 7, missing: [3, 5, 6] } },
			{ kind: 'part', fresh: true, progress: { have: 5, total: 7, missing: [3, 5] } },
			{ kind: 'part', fresh: true, progress: { have: 6, total: 7, missing: [5] } }
		]);
		expect(taken[7]).toEqual({ kind: 'complete', text });
	});

	it('picks up a part missed in the first round on the second', () => {
		const collector = new FrameCollector();
		const firstRound = frames.filter((_, i) => i !== 2);
		expect(collect(firstRound, collector).at(-1)).toEqual({
			kind: 'part',
			fresh: true,
			progress: { have: 6, total: 7, missing: [3] }
		});
		expect(collect(frames.slice(0, 3), collector).map((t) => t.kind)).toEqual(['part', 'part', 'complete']);
	});

	it('keeps two sequences apart, even interleaved', () => {
		const other = link(2100, '/teach/class#r1.89abcdef.');
		const second = qrCodes(other)!.texts;
		expect(second).toHaveLength(8);
		const mixed = frames.flatMap((f, i) => [f, second[i]!]).concat(second[7]!);
		const complete = collect(mixed).filter((t) => t.kind === 'complete');
		expect(complete).toEqual([
			{ kind: 'complete', text },
			{ kind: 'complete', text: other }
		]);
	});

	it('reports the progress of the sequence whose part came last', () => {
		const collector = new FrameCollector();
		const second = qrCodes(link(2100, '/teach/class#r1.89abcdef.'))!.texts;
		collect([frames[0]!, frames[1]!, second[4]!], collector);
		expect(collector.progress).toEqual({ have: 1, total: 8, missing: [1, 2, 3, 4, 6, 7, 8] });
	});

	it('refuses a join that fails its checksum, then reads the sequence again', () => {
		const collector = new FrameCollector();
		const changed = frames.map((f, i) => (i === 4 ? `${f.slice(0, -1)}${f.endsWith('A') ? 'B' : 'A'}` : f));
		expect(collect(changed, collector).at(-1)).toEqual({
			kind: 'mismatch',
			progress: { have: 0, total: 7, missing: [1, 2, 3, 4, 5, 6, 7] }
		});
		expect(collect(frames, collector).at(-1)).toEqual({ kind: 'complete', text });
	});

	it('says a sequence is done when its parts come round again, and passes whole texts through', () => {
		const collector = new FrameCollector();
		collect(frames, collector);
		expect(collector.take(frames[2]!)).toEqual({ kind: 'done' });
		expect(collector.progress).toBeUndefined();
		expect(collector.take(link(500))).toEqual({ kind: 'single', text: link(500) });
		collector.reset();
		expect(collector.take(frames[2]!).kind).toBe('part');
	});
});

describe('code', () => {
	it('reading codes does not load the QR code generator, which only drawing them needs', async () => {
		const loaded = await staticallyLoaded('share/qr-sequence.ts');
		expect(loaded.some((file) => file.endsWith('share/qr-plan.ts'))).toBe(true);
		expect(loaded.filter((file) => file.includes('qrcode-generator') || file.endsWith('share/qr.ts'))).toEqual([]);
	});
});
