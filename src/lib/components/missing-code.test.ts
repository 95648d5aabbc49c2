import { describe, expect, it } from 'vitest';
import { isMissingCode } from './missing-code';

describe('isMissingCode', () => {
	it('knows a failed import or style sheet in the words of Chromium, Firefox, Safari and Vite', () => {
		const missing = [
			new TypeError('Failed to fetch dynamically imported module: http://x/_app/immutable/nodes/3.js'),
			new TypeError('error loading dynamically imported module: http://x/a.js'),
			new TypeError('Importing a module script failed.'),
			new Error('Unable to preload CSS for http://x/_app/immutable/assets/a.css')
		];
		expect(missing.map(isMissingCode)).toEqual([true, true, true, true]);
		expect([new Error('Not found: /x'), 'boom', undefined].map(isMissingCode)).toEqual([false, false, false]);
	});
});
