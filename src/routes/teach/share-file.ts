/** Getting an exported set off the phone: a download, or the system's share sheet where it takes files. */
import { downloadText } from '$lib/components/files';
import type { ExportFile } from '$lib/teach/export';

/** Downloads the exported file. */
export function downloadFile(file: ExportFile): void {
	downloadText(file.name, file.text, file.type);
}

/**
 * Shares the file with the Web Share API where the browser can share such a file, else downloads
 * it. A share the teacher cancels is not an error.
 */
export async function shareFile(file: ExportFile, title: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
	const shared = new File([file.text], file.name, { type: file.type });
	const data = { files: [shared], title };
	if (typeof navigator.canShare !== 'function' || !navigator.canShare(data)) {
		downloadFile(file);
		return 'downloaded';
	}
	try {
		await navigator.share(data);
		return 'shared';
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		throw error;
	}
}
