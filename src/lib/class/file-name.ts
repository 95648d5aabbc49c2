/** File names for what the class pages save: readable on any phone, safe on any file system. */

/** `kasoti-<parts>.txt`, each part kept to letters (any script), digits and dashes. */
export function classFileName(...parts: string[]): string {
	const clean = parts
		.map((p) => p.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40))
		.filter((p) => p !== '');
	return `${['kasoti', ...clean].join('-')}.txt`;
}
