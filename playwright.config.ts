import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/browser-path';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests',
	testMatch: '*.spec.ts',
	outputDir: 'test-results',
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
	// The production build, served as a phone would get it: build/ through a static server.
	webServer: {
		command: `npx sirv build --single 404.html --port ${PORT} --host 127.0.0.1 --quiet`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
