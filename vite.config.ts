import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { writeQuestionSetJsonSchema } from './src/lib/server/write-json-schema.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/** The version shown in Settings; a test build may override it to exercise the update prompt. */
const appVersion = process.env.KASOTI_VERSION ?? version;

/** Keeps questions/question-set.schema.json in step with the valibot schema on every build. */
function questionSetJsonSchema(): Plugin {
	return {
		name: 'kasoti:question-set-json-schema',
		async buildStart() {
			await writeQuestionSetJsonSchema(
				fileURLToPath(new URL('./questions/question-set.schema.json', import.meta.url))
			);
		}
	};
}

const THEME_COLOR = '#27358a';

export default defineConfig({
	define: {
		__APP_VERSION__: JSON.stringify(appVersion)
	},
	plugins: [
		questionSetJsonSchema(),
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			base: '/',
			scope: '/',
			manifest: {
				id: '/',
				name: 'Kasoti — કસોટી',
				short_name: 'કસોટી',
				description: 'ગુજરાતી સમાચાર પરથી તારીખો, વ્યક્તિઓ અને સ્થળો પર ક્વિઝ અને ફ્લેશકાર્ડ — ઇન્ટરનેટ વિના પણ.',
				lang: 'gu',
				dir: 'ltr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'portrait',
				theme_color: THEME_COLOR,
				background_color: '#fbfaf7',
				categories: ['education'],
				screenshots: [
					{
						src: '/screenshots/home-gu.png',
						sizes: '390x844',
						type: 'image/png',
						form_factor: 'narrow',
						label: 'કસોટીનું મુખ્ય પાનું'
					}
				],
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				// The whole shell, every prerendered page and its data, fonts and icons.
				// wasm: the QR decoder (zxing-wasm), so codes are read offline too
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest,txt,wasm}',
					'prerendered/**/*.{html,json}'
				],
				// Store screenshots are for the install dialog, not for offline use.
				globIgnores: ['client/screenshots/**'],
				// the QR decoder's wasm is 1.1 MB: room for it and a newer, larger one
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
				cleanupOutdatedCaches: true
			},
			kit: {
				// the same folder svelte.config.js gives SvelteKit: a second build has its own
				outDir: process.env.KASOTI_KIT_DIR ?? '.svelte-kit',
				adapterFallback: '404.html',
				spa: true,
				includeVersionFile: true
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
