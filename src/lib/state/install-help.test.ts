import { describe, expect, test } from 'vitest';
import { needsIosInstallHelp } from './install-help';

const IPHONE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.0 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

describe('needsIosInstallHelp', () => {
	test('an iPhone, and an iPad asking for the desktop site, are told how to add Kasoti by hand', () => {
		expect(needsIosInstallHelp({ userAgent: IPHONE, maxTouchPoints: 5, standalone: false })).toBe(true);
		expect(needsIosInstallHelp({ userAgent: IPAD_DESKTOP, maxTouchPoints: 5, standalone: false })).toBe(true);
	});

	test('not once Kasoti runs from the home screen, nor on a Mac or an Android phone', () => {
		expect(needsIosInstallHelp({ userAgent: IPHONE, maxTouchPoints: 5, standalone: true })).toBe(false);
		expect(needsIosInstallHelp({ userAgent: IPAD_DESKTOP, maxTouchPoints: 0, standalone: false })).toBe(false);
		expect(needsIosInstallHelp({ userAgent: ANDROID, maxTouchPoints: 5, standalone: false })).toBe(false);
	});
});
