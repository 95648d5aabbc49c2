/** Files in and out of the browser: reading what a teacher or student chose, and downloading what the app made. */
import { decodeBytes } from '$lib/text/decode';

/**
 * A chosen file's text, however the computer saved it: UTF-8, or UTF-16 as spreadsheets save
 * "Unicode text". A byte-order mark is dropped.
 */
export async function readTextFile(file: Blob): Promise<string> {
	return decodeBytes(new Uint8Array(await file.arrayBuffer()));
}

/** Downloads `text` as a file named `name`, through a temporary link. */
export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	// revoking at once can cancel the download in some browsers
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
