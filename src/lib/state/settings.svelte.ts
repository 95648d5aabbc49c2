/** App-wide interface settings, kept in localStorage so they apply before any database opens. */
import { browser } from '$app/environment';
import { GU_SHELL, LANGUAGES, loadAppMessages, type Language, type LoadedMessages, type Messages, type TeachMessages } from '$lib/i18n';
import { shownDigits, toAsciiDigits, toGujaratiDigits } from '$lib/text/digits';
import { readStored, writeStored } from './persisted';
import {
	DEFAULT_PREFERENCES,
	effectiveDigits,
	parsePreferences,
	type DigitStyle,
	type Preferences,
	type Theme
} from '$lib/settings/preferences';

const STORAGE_KEY = 'kasoti.preferences';

class Settings {
	/** Interface language; Gujarati unless the user chose English. */
	lang = $state<Language>(DEFAULT_PREFERENCES.lang);
	/** Colour theme: follow the phone, or force light or dark. */
	theme = $state<Theme>(DEFAULT_PREFERENCES.theme);
	/** Digits chosen in Settings, or null to follow the language. */
	chosenDigits = $state<DigitStyle | null>(DEFAULT_PREFERENCES.digits);
	/** Digits used for numbers in the interface. */
	digits: DigitStyle = $derived(effectiveDigits({ lang: this.lang, digits: this.chosenDigits }));
	/** Desired retention of flashcards (FSRS), 0.80 to 0.97. */
	retention = $state(DEFAULT_PREFERENCES.retention);
	/** New flashcards per day. */
	newPerDay = $state(DEFAULT_PREFERENCES.newPerDay);
	/** The other pages' strings of each language loaded so far (Gujarati's home page never waits for them). */
	#app = $state.raw<Partial<Record<Language, LoadedMessages>>>({});
	#loading = new Map<Language, Promise<void>>();
	/** The teacher's pages' strings, both languages, once their layout has loaded them. */
	#teach = $state.raw<Partial<Record<Language, TeachMessages>>>({});
	#teachLoading: Promise<void> | undefined;
	/**
	 * The dictionary of the chosen language. Before `ready()` only Gujarati's frame strings are in it:
	 * every page but Gujarati's Home waits for `ready()` in the root layout's load.
	 */
	t: Messages = $derived(this.in(this.lang));

	constructor() {
		if (browser) {
			const { digits, ...rest } = readStored(STORAGE_KEY, parsePreferences);
			Object.assign(this, rest);
			this.chosenDigits = digits;
		}
	}

	/** The dictionary of a given language, whatever the chosen one (a set has titles in both). */
	in(lang: Language): Messages {
		return { ...(lang === 'gu' ? GU_SHELL : {}), ...this.#app[lang], ...this.#teach[lang] } as Messages;
	}

	/**
	 * Adds the teacher's pages' strings in both languages (a set has titles in both). The loader
	 * comes from their layout, so no student page's code refers to those strings.
	 */
	readyTeach(load: (lang: Language) => Promise<TeachMessages>): Promise<void> {
		if (!this.#teachLoading) {
			this.#teachLoading = Promise.all(LANGUAGES.map(load)).then((parts) => {
				this.#teach = Object.fromEntries(LANGUAGES.map((lang, i) => [lang, parts[i]]));
			});
			// a failed load (offline before the code arrived) may be tried again
			this.#teachLoading.catch(() => (this.#teachLoading = undefined));
		}
		return this.#teachLoading;
	}

	/** Loads every page's strings in the given languages (the chosen one by default); at once when already here. */
	ready(langs: readonly Language[] = [this.lang]): Promise<void> {
		return Promise.all(
			langs.map((lang) => {
				let loading = this.#loading.get(lang);
				if (!loading) {
					loading = loadAppMessages(lang).then((app) => {
						this.#app = { ...this.#app, [lang]: app };
					});
					// a failed load (offline before the code arrived) may be tried again
					loading.catch(() => this.#loading.delete(lang));
					this.#loading.set(lang, loading);
				}
				return loading;
			})
		).then(() => undefined);
	}

	/** The language last chosen, while its strings load. */
	#wantedLang: Language | undefined;

	/** A page showing its strings keeps the old language until the new one's strings are here. */
	#switchTo(lang: Language): void {
		// Gujarati's Home needs only the frame's strings; any other page, and English anywhere, waits for them
		if (this.#app[lang] || (lang === 'gu' && this.#loading.size === 0)) {
			this.#wantedLang = undefined;
			this.lang = lang;
			return;
		}
		this.#wantedLang = lang;
		void this.ready([lang]).then(() => {
			if (this.#wantedLang !== lang) return;
			this.#wantedLang = undefined;
			this.lang = lang;
		});
	}

	/** Every preference as stored (and backed up): the language last chosen, even while its strings load. */
	get preferences(): Preferences {
		return {
			lang: this.#wantedLang ?? this.lang,
			theme: this.theme,
			digits: this.chosenDigits,
			retention: this.retention,
			newPerDay: this.newPerDay
		};
	}

	/** Changes one preference and stores all of them at once. */
	set<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
		if (key === 'digits') this.chosenDigits = value as DigitStyle | null;
		else if (key === 'lang') this.#switchTo(value as Language);
		else (this as unknown as Preferences)[key] = value;
		writeStored(STORAGE_KEY, this.preferences);
	}

	/** A set's title (or an article's headline) in the interface language and chosen digits; safe to pass around unbound. */
	title = (item: { title: string; title_en: string } | { headline: string; headline_en: string }): string => {
		const gu = this.lang === 'gu';
		const text = 'title' in item ? (gu ? item.title : item.title_en) : gu ? item.headline : item.headline_en;
		return shownDigits(text, this.digitsIn);
	};

	/** A number (or a version like 0.1.0) in the chosen digits; safe to pass around unbound. */
	num = (n: number | string): string => {
		const text = String(n);
		return this.digits === 'gujarati' ? toGujaratiDigits(text) : text;
	};

	/**
	 * Text shown as an answer, option or date (૧૯૫૦-૫૩, એપ્રિલ 2019) with every digit in the chosen
	 * style, whichever the set was written in. Quotes from an article are shown as written instead.
	 */
	digitsIn = (text: string): string => (this.digits === 'gujarati' ? toGujaratiDigits(text) : toAsciiDigits(text));

	/**
	 * A moment in the interface language and digits. Gujarati uses the 24-hour clock: CLDR's
	 * Gujarati keeps a Latin "AM"/"PM", which read oddly beside Gujarati digits.
	 */
	dateTime = (when: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string =>
		new Intl.DateTimeFormat(this.lang === 'gu' ? 'gu-IN' : 'en-IN', {
			...options,
			...(this.lang === 'gu' && options.timeStyle ? { hourCycle: 'h23' as const } : {}),
			numberingSystem: this.digits === 'gujarati' ? 'gujr' : 'latn'
		}).format(when);
}

/** The one settings instance of the app. */
export const settings = new Settings();
