/** The service worker's state: offline readiness, a waiting update, and update checks. */

/** Where a manual update check stands. */
export type UpdateCheck = 'idle' | 'checking' | 'current' | 'found' | 'failed' | 'unsupported';

class Pwa {
	/** A new version is installed and waits for the user's consent to reload. */
	needRefresh = $state(false);
	/** The app shell is cached: the app now works offline. */
	offlineReady = $state(false);
	/** The result of the last "check for updates". */
	check = $state<UpdateCheck>('idle');

	#registration: ServiceWorkerRegistration | undefined;
	#updateServiceWorker: ((reload?: boolean) => Promise<void>) | undefined;

	/** Registers the worker; loaded lazily so the first page stays small. */
	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#updateServiceWorker = registerSW({
			onNeedRefresh: () => {
				this.needRefresh = true;
				if (this.check === 'checking') this.check = 'found';
			},
			onOfflineReady: () => {
				this.offlineReady = true;
			},
			onRegisteredSW: (_url, registration) => {
				this.#registration = registration;
				// A worker that already controls the page means the app shell is cached.
				if (navigator.serviceWorker.controller) this.offlineReady = true;
			}
		});
	}

	/** Asks the server for a newer worker; the banner appears if one is found. */
	async checkForUpdates(): Promise<void> {
		const registration = this.#registration ?? (await navigator.serviceWorker?.getRegistration());
		if (!registration) {
			this.check = 'unsupported';
			return;
		}
		this.check = 'checking';
		try {
			await registration.update();
			if (registration.waiting || this.needRefresh) this.check = 'found';
			else if (!registration.installing) this.check = 'current';
			// An installing worker ends in onNeedRefresh, which reports 'found'.
		} catch {
			this.check = 'failed';
		}
	}

	/** Activates the waiting worker and reloads: only ever on the user's word. */
	async reload(): Promise<void> {
		await this.#updateServiceWorker?.(true);
	}

	/** Hides the update banner until the next check or visit. */
	later(): void {
		this.needRefresh = false;
	}
}

/** The one service-worker state of the app. */
export const pwa = new Pwa();
