/**
 * The JavaScript QR decoder: the barcode-detector ponyfill on zxing-wasm, its wasm file served from
 * the app's own build, never from a CDN, and kept by the service worker once fetched, so it reads offline.
 * Imported only when a scanner opens: its 1.1 MB stay out of every other page.
 */
import { BarcodeDetector, prepareZXingModule, purgeZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** The same object every time: the ponyfill keeps one decoder per set of overrides. */
const OVERRIDES = {
	locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path)
};

/** A QR-only detector once the wasm has loaded; throws when it cannot load. */
export async function zxingDetector(): Promise<BarcodeDetector> {
	try {
		await prepareZXingModule({ overrides: OVERRIDES, fireImmediately: true });
	} catch (error) {
		// a failed load is kept by the ponyfill: forget it, so the next scanner tries again
		purgeZXingModule();
		throw error;
	}
	return new BarcodeDetector({ formats: ['qr_code'] });
}

/** Fetches the wasm without compiling it: through the service worker, it is then kept offline. */
export async function fetchDecoder(): Promise<void> {
	const response = await fetch(wasmUrl);
	if (!response.ok) throw new Error(`the QR decoder did not load: ${response.status}`);
	await response.arrayBuffer();
}
