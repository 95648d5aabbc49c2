import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/browser-path';

// A second checkout or build can be tested beside the first: its own port, build and results folder.
const PORT = Number(process.env.KASOTI_PORT ?? 4173);
const SERVED = process.env.KASOTI_BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests',
	testMatch: '*.spec.ts',
	outputDir: process.env.KASOTI_RESULTS_DIR ?? 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [{ name: 'chromium' }],
	// The production build, served as a phone would get it: build/ (or KASOTI_BUILD_DIR) by npm start's server, headers included.
	webServer: {
		command: `npx tsx scripts/serve.ts ${SERVED} --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
