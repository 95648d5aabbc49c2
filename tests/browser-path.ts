/** Finds the Chromium the browser tests drive: CHROME_PATH, then Debian's, then Playwright's own. */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const INSTALL_HINT =
	'No Chromium found. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
	'or `npx playwright install chromium`, or set CHROME_PATH to a Chromium or Chrome binary.';

/** The browser binary to launch; throws with install instructions when there is none. */
export function findChromium(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	try {
		const own = chromium.executablePath();
		if (existsSync(own)) return own;
	} catch {
		// Playwright has no browser of its own installed.
	}
	throw new Error(INSTALL_HINT);
}
