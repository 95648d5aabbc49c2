/**
 * Reading QR codes in the browser, and where a code read should take the app. The browser's own
 * BarcodeDetector reads where it knows QR codes (Chrome on Android, for one); elsewhere the
 * JavaScript decoder of ./scan-zxing, loaded only now, does.
 */
import { trimLinkEnd } from './link-end';

/** What a decoder reads: a video's current frame, a picture, a canvas or its pixels, an image file. */
export type QrSource = HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap | ImageData | Blob;

/** Reads the texts of the QR codes in an image. */
export interface QrReader {
	/** The texts of every QR code in the image; none when it holds none or cannot be read. */
	read(source: QrSource): Promise<string[]>;
	/** Which decoder reads: the browser's own, or the JavaScript one. */
	readonly decoder: 'native' | 'zxing';
}

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
type Detector = { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> };
type DetectorClass = {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats(): Promise<string[]>;
};

/** The browser's own detector, when it reads QR codes. */
async function nativeDetector(): Promise<Detector | undefined> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	if (typeof Native !== 'function') return undefined;
	try {
		return (await Native.getSupportedFormats()).includes('qr_code') ? new Native({ formats: ['qr_code'] }) : undefined;
	} catch {
		return undefined;
	}
}

/** Whether the browser reads QR codes itself (then the JavaScript decoder is never needed). */
export async function hasNativeQrReader(): Promise<boolean> {
	return (await nativeDetector()) !== undefined;
}

/**
 * A reader of QR codes: the browser's BarcodeDetector when it reads QR codes, else the JavaScript
 * decoder with the app's own wasm. Throws when neither can be had (the decoder did not load).
 */
export async function createQrReader(): Promise<QrReader> {
	const native = await nativeDetector();
	const detector: Detector = native ?? (await (await import('./scan-zxing')).zxingDetector());
	return {
		decoder: native ? 'native' : 'zxing',
		async read(source) {
			// a file is decoded to pixels once here, the same way for either decoder
			const image = source instanceof Blob ? await createImageBitmap(source).catch(() => undefined) : source;
			if (!image) return [];
			try {
				return (await detector.detect(image)).map((code) => code.rawValue).filter((text) => text !== '');
			} catch {
				// a video not yet playing, a picture the decoder cannot take: nothing read
				return [];
			} finally {
				if (image !== source && image instanceof ImageBitmap) image.close();
			}
		}
	};
}

/** Which Kasoti fragments each page opens: sets on /share, assignments on /assignment, students' results on /teach/class. */
const FRAGMENTS = new Map([
	['/share', /^(v1|v2)\./],
	['/assignment', /^a1\./],
	['/teach/class', /^r1\./]
]);

/**
 * Where a scanned or pasted text takes the app: `path#fragment` for a Kasoti link (a set, an
 * assignment or a result), whatever address it was made on, since the teacher's copy may be
 * served from another; undefined for anything else. A link within a message is found too.
 */
export function kasotiTarget(text: string): string | undefined {
	const trimmed = text.trim();
	const candidates = [trimmed, ...(trimmed.match(/https?:\/\/\S+/g) ?? [])];
	for (const candidate of candidates) {
		let url: URL;
		try {
			// a link in a sentence, `(<link>).`, keeps the sentence's marks, which the URL would escape into its fragment
			url = new URL(trimLinkEnd(candidate));
		} catch {
			continue;
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
		const path = url.pathname.replace(/\/$/, '');
		const fragment = url.hash.slice(1);
		if (FRAGMENTS.get(path)?.test(fragment)) return `${path}#${fragment}`;
	}
	return undefined;
}

/** The page that opens a fragment as an address gives it (`#v2.…`, `#a1.…`, `#r1.…`); undefined for none of Kasoti's. */
export function pageOfFragment(hash: string): string | undefined {
	const fragment = hash.replace(/^#/, '');
	for (const [path, pattern] of FRAGMENTS) if (pattern.test(fragment)) return path;
	return undefined;
}
