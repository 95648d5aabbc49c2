import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA, type SvelteKitPWAOptions } from '@vite-pwa/sveltekit';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { moveWorkerAfterWriting } from './src/lib/server/pwa-worker.ts';
import { builtinSummaries } from './src/lib/server/builtin-summaries.ts';
import { apartChunk, shellChunk, stylesChunk } from './src/lib/server/shell-chunk.ts';
import { writeQuestionSetJsonSchema } from './src/lib/server/write-json-schema.ts';
import { isBuiltPage, keepForStudents, manifestFiles, studentFiles, teacherFiles, type ViteManifest } from './src/lib/server/precache-plan.ts';
import { TEACHER_CODE_LIST } from './src/lib/teacher-code.ts';

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
/** The folder svelte.config.js gives SvelteKit: a second build has its own. */
const kitDir = process.env.KASOTI_KIT_DIR ?? '.svelte-kit';
/** The cache of code the worker keeps as it is first used: the teacher's tools and the QR decoder. */
const CODE_CACHE = 'kasoti-code';

/**
 * Leaves out of the install download the pages built ahead and what only teachers (or a QR scanner)
 * load, and lists the teacher's part beside the code for the first teacher page to fetch: see precache-plan.ts.
 */
function studentPrecache<Entry extends { url: string }>(entries: Entry[]) {
	const client = `${kitDir}/output/client`;
	const manifest = JSON.parse(readFileSync(`${client}/.vite/manifest.json`, 'utf8')) as ViteManifest;
	// a route node's generated file names the page it loads; each is read once, for both plans
	const teacherPages = new Set(
		Object.keys(manifest).filter(
			(key) => /generated\/client-optimized\/nodes\/\d+\.js$/.test(key) && readFileSync(key, 'utf8').includes('src/routes/teach/')
		)
	);
	const isTeacherPage = (key: string) => teacherPages.has(key);
	const student = studentFiles(manifest, isTeacherPage);
	const all = manifestFiles(manifest);
	// written here, where the plan is made; the site is copied from this folder after the worker is written
	const teacher = teacherFiles(manifest, isTeacherPage, student).map((file) => `/${file}`);
	writeFileSync(`${client}${TEACHER_CODE_LIST}`, `${JSON.stringify(teacher)}\n`);
	return { manifest: entries.filter((e) => !isBuiltPage(e.url) && keepForStudents(e.url, all, student)), warnings: [] as string[] };
}

/** The PWA plugin, with studentPrecache after the SvelteKit integration's own transform (which gives the URLs). */
function kasotiPWA(options: SvelteKitPWAOptions) {
	const plugins = SvelteKitPWA(options);
	const integration = options.integration!;
	const configure = integration.configureOptions!;
	integration.configureOptions = (viteConfig, resolved) => {
		configure(viteConfig, resolved);
		const workbox = (resolved.workbox ??= {});
		workbox.manifestTransforms = [...(workbox.manifestTransforms ?? []), async (entries) => studentPrecache(entries)];
	};
	// the integration finds the worker it wrote only under .svelte-kit (src/lib/server/pwa-worker.ts)
	if (kitDir !== '.svelte-kit') moveWorkerAfterWriting(plugins, resolve(kitDir, 'output'));
	return plugins;
}

/** What every page loads first: SvelteKit's start, the app (routes, hooks) and the root layout. */
const SHELL_ROOTS = [
	resolve('node_modules/@sveltejs/kit/src/runtime/client/entry.js'),
	resolve(kitDir, 'generated/client-optimized/app.js'),
	resolve(kitDir, 'generated/client-optimized/nodes/0.js')
];
/** The home page: its styles, and the code it shares with other pages, join the shell (Home links one stylesheet). */
const HOME_PAGE = resolve('src/routes/+page.svelte');
/** Where a set is read and checked: the Kasoti JSON reader, and drafts made a checked set. */
const SET_CHECKS = [resolve('src/lib/import/json.ts'), resolve('src/lib/import/to-set.ts')];

/** Every page, layout and error file under `dir`, but the teacher's (/teach and below). */
function studentRoutes(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'teach' ? [] : studentRoutes(path);
		return /^\+(page|layout|error)\.(svelte|ts)$/.test(name) ? [path] : [];
	});
}

export default defineConfig({
	environments: {
		// the code all pages share in one file instead of 13, the code that reads and checks a set in one
		// instead of 5, and every other page's styles in one stylesheet instead of up to 11
		// (src/lib/server/shell-chunk.ts)
		client: {
			build: {
				rolldownOptions: {
					// the bundler's condition for a group that leaves its dependencies where they are
					// (the checks' chunk): SvelteKit's entries keep every export, and may gain some
					preserveEntrySignatures: 'allow-extension',
					output: {
						codeSplitting: {
							groups: [
								{ name: shellChunk(SHELL_ROOTS, 'shell', [HOME_PAGE]), debugName: 'shell' },
								{
									name: apartChunk(SET_CHECKS, 'checks', [...SHELL_ROOTS, ...studentRoutes(resolve('src/routes'))]),
									debugName: 'checks',
									includeDependenciesRecursively: false
								},
								{ name: stylesChunk('styles'), debugName: 'styles' }
							]
						}
					}
				}
			}
		}
	},
	define: {
		__APP_VERSION__: JSON.stringify(appVersion)
	},
	plugins: [
		questionSetJsonSchema(),
		builtinSummaries(fileURLToPath(new URL('./questions/sets', import.meta.url))),
		sveltekit(),
		kasotiPWA({
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
				// The code, styles and fonts; then studentPrecache leaves out the teacher's
				// tools and the QR decoder (wasm). Pages are not stored: once the worker is in charge, every
				// page is drawn from the fallback page (the app shell, which the plugin adds), so an installed
				// app opens at once, online or not, and a first visit does not download every page.
				// (the integration adds every page built ahead to these; studentPrecache takes them out again)
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest,wasm}'],
				// Store screenshots and the install icons are for the install dialog, which fetches them itself;
				// the backup reader is kept when first used (src/lib/state/keep-offline.ts).
				globIgnores: ['client/screenshots/**', 'client/icons/**', 'client/_app/immutable/workers/**'],
				// the QR decoder's wasm is 1.1 MB: room for it and a newer, larger one
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
				// code left out of the install is kept the first time it loads (its names carry a hash)
				runtimeCaching: [
					{
						urlPattern: ({ url }) => url.pathname.startsWith('/_app/immutable/'),
						handler: 'CacheFirst',
						options: { cacheName: CODE_CACHE, expiration: { maxEntries: 300 } }
					}
				],
				// the first visit's worker controls its page at once, so what that page loads later is kept;
				// a newer worker still waits for the user's word (registerType 'prompt')
				clientsClaim: true,
				cleanupOutdatedCaches: true
			},
			kit: {
				outDir: kitDir,
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
