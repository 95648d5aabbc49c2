/**
 * Whether to explain installing by hand: iPhone and iPad Safari offer no install prompt, only
 * Share → "Add to Home Screen". Pure: the browser's facts come in as arguments.
 */

/** What the browser says about itself, as read from `navigator` and `matchMedia`. */
export interface BrowserFacts {
	userAgent: string;
	/** navigator.maxTouchPoints: an iPad asks for the desktop site and says "Macintosh". */
	maxTouchPoints: number;
	/** Opened from the home screen already: display-mode standalone, or Safari's navigator.standalone. */
	standalone: boolean;
}

/** True on an iPhone, iPad or iPod not yet opened from the home screen. */
export function needsIosInstallHelp({ userAgent, maxTouchPoints, standalone }: BrowserFacts): boolean {
	if (standalone) return false;
	return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** Whether the page runs as an installed app (opened from the home screen). */
export function isStandalone(): boolean {
	const safari = (navigator as Navigator & { standalone?: boolean }).standalone === true;
	return safari || matchMedia('(display-mode: standalone)').matches;
}
