/** App-wide interface settings, kept in localStorage so they apply before any database opens. */
import { browser } from '$app/environment';
import { messages, type Language, type Messages } from '$lib/i18n';
import { toGujaratiDigits } from '$lib/text/normalize';
import {
	DEFAULT_PREFERENCES,
	effectiveDigits,
	parsePreferences,
	type DigitStyle,
	type Preferences,
	type Theme
} from './preferences';

const STORAGE_KEY = 'kasoti.preferences';

class Settings {
	/** Interface language; Gujarati unless the user chose English. */
	lang = $state<Language>(DEFAULT_PREFERENCES.lang);
	/** Colour theme: follow the phone, or force light or dark. */
	theme = $state<Theme>(DEFAULT_PREFERENCES.theme);
	/** Digits used for numbers in the interface. */
	/** Digits chosen in Settings, or null to follow the language. */
	chosenDigits = $state<DigitStyle | null>(DEFAULT_PREFERENCES.digits);
	/** Digits used for numbers in the interface. */
	digits: DigitStyle = $derived(effectiveDigits({ lang: this.lang, digits: this.chosenDigits }));
	/** Desired retention of flashcards (FSRS), 0.80 to 0.97. */
	retention = $state(DEFAULT_PREFERENCES.retention);
	/** New flashcards per day. */
	newPerDay = $state(DEFAULT_PREFERENCES.newPerDay);
	/** The dictionary of the chosen language. */
	t: Messages = $derived(messages(this.lang));

	constructor() {
		if (browser) {
			const { digits, ...rest } = parsePreferences(localStorage.getItem(STORAGE_KEY));
			Object.assign(this, rest);
			this.chosenDigits = digits;
		}
	}

	/** Changes one preference and stores all of them at once. */
	set<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
		if (key === 'digits') this.chosenDigits = value as DigitStyle | null;
		else (this as unknown as Preferences)[key] = value;
		const stored: Preferences = {
			lang: this.lang,
			theme: this.theme,
			digits: this.chosenDigits,
			retention: this.retention,
			newPerDay: this.newPerDay
		};
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
		} catch {
			// Private mode or a full disk: the choice still holds for this visit.
		}
	}

	/** A number (or a version like 0.1.0) in the chosen digits; safe to pass around unbound. */
	num = (n: number | string): string => {
		const text = String(n);
		return this.digits === 'gujarati' ? toGujaratiDigits(text) : text;
	};
}

/** The one settings instance of the app. */
export const settings = new Settings();
