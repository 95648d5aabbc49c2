/** Interface preferences: pure parsing and defaults, shared by the settings state and its tests. */
import { LANGUAGES, type Language } from '../i18n/types';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const DIGIT_STYLES = ['gujarati', 'ascii'] as const;
export type DigitStyle = (typeof DIGIT_STYLES)[number];

export interface Preferences {
	lang: Language;
	theme: Theme;
	digits: DigitStyle;
}

export const DEFAULT_PREFERENCES: Preferences = { lang: 'gu', theme: 'system', digits: 'gujarati' };

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads stored preferences; anything unknown or damaged falls back to the default. */
export function parsePreferences(raw: string | null): Preferences {
	let data: Record<string, unknown> = {};
	try {
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
	} catch {
		// A damaged entry is not worth an error: the defaults are safe.
	}
	return {
		lang: oneOf(LANGUAGES, data.lang, DEFAULT_PREFERENCES.lang),
		theme: oneOf(THEMES, data.theme, DEFAULT_PREFERENCES.theme),
		digits: oneOf(DIGIT_STYLES, data.digits, DEFAULT_PREFERENCES.digits)
	};
}
