/// <reference types="vite-plugin-pwa/info" />
/// <reference types="vite-plugin-pwa/client" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The app's version from package.json, set by the build. */
	const __APP_VERSION__: string;
	namespace App {
		interface Error {
			message: string;
			/** The page's code has not been downloaded yet and there is no connection (hooks.client.ts). */
			missingCode?: boolean;
		}
	}
}

export {};
