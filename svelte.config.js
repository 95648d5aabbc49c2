import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// every component of the app's own in runes mode, even one with no rune (a library's as it asks):
	// one left in the older mode brings that mode's runtime to every page
	compilerOptions: { runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true) },
	kit: {
		// KASOTI_BUILD_DIR and KASOTI_VERSION let a test build a second, newer version of the app.
		// .br and .gz beside every file, served by scripts/serve.ts to browsers that take them
		adapter: adapter({ pages: process.env.KASOTI_BUILD_DIR ?? 'build', fallback: '404.html', precompress: true }),
		// Where SvelteKit writes its generated files: KASOTI_KIT_DIR lets two builds run side by side.
		outDir: process.env.KASOTI_KIT_DIR ?? '.svelte-kit',
		// The PWA plugin owns the service worker.
		serviceWorker: { register: false },
		version: { name: process.env.KASOTI_VERSION ?? process.env.npm_package_version ?? 'dev' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// wasm-unsafe-eval: the QR decoder compiles its WebAssembly, and nothing else is allowed
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
