/**
 * Installing Kasoti to the home screen: the browser's own offer (`beforeinstallprompt`), caught as
 * early as the root layout mounts and kept until used. Small on purpose: the home page loads it.
 */

/** Chromium's install offer (not in the DOM typings). */
interface InstallOffer extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class Install {
	/** The browser's offer to install, while it stands; the install buttons show only then. */
	offer = $state.raw<InstallOffer | undefined>();

	/** Starts listening for the offer and for the app being installed; called once, by the root layout. */
	listen(): void {
		addEventListener('beforeinstallprompt', (event) => {
			// no mini-infobar of the browser's own: the app's button asks at the moment the student chooses
			event.preventDefault();
			if (matchMedia('(display-mode: standalone)').matches) return;
			this.offer = event as InstallOffer;
		});
		addEventListener('appinstalled', () => (this.offer = undefined));
	}

	/** Shows the browser's install dialog; the offer is used up whatever the student chooses. */
	async prompt(): Promise<void> {
		const offer = this.offer;
		if (!offer) return;
		try {
			await offer.prompt();
			await offer.userChoice;
		} finally {
			this.offer = undefined;
		}
	}
}

/** The app's one install state. */
export const install = new Install();
