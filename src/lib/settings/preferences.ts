/** Interface preferences: pure parsing and defaults, shared by the settings state and its tests. */
import { LANGUAGES, type Language } from '../i18n/types';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const DIGIT_STYLES = ['gujarati', 'ascii'] as const;
export type DigitStyle = (typeof DIGIT_STYLES)[number];

export interface Preferences {
	lang: Language;
	theme: Theme;
	/** The digits chosen in Settings; null until chosen, when they follow the language. */
	digits: DigitStyle | null;
	/** Desired retention for spaced repetition, 0.80 to 0.97. */
	retention: number;
	/** New flashcards introduced per day. */
	newPerDay: number;
}

export const RETENTION_CHOICES = [0.8, 0.85, 0.9, 0.95, 0.97] as const;
export const NEW_PER_DAY_CHOICES = [5, 10, 20, 30, 50] as const;
/** The retention kept when read back (stored, or from a backup): the span of the choices. */
export const RETENTION_RANGE = { min: Math.min(...RETENTION_CHOICES), max: Math.max(...RETENTION_CHOICES) };
/** The new cards a day kept when read back (stored, or from a backup): wider than the choices. */
export const NEW_PER_DAY_RANGE = { min: 0, max: 500 } as const;

export const DEFAULT_PREFERENCES: Preferences = {
	lang: 'gu',
	theme: 'system',
	digits: null,
	retention: 0.9,
	newPerDay: 20
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
	return typeof value === 'number' && value >= min && value <= max ? value : fallback;
}

/** The digits to show: the chosen ones, else Gujarati for the Gujarati interface and ASCII for English. */
export function effectiveDigits(prefs: Pick<Preferences, 'lang' | 'digits'>): DigitStyle {
	return prefs.digits ?? (prefs.lang === 'gu' ? 'gujarati' : 'ascii');
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
		digits: DIGIT_STYLES.includes(data.digits as DigitStyle) ? (data.digits as DigitStyle) : null,
		retention: numberIn(data.retention, RETENTION_RANGE.min, RETENTION_RANGE.max, DEFAULT_PREFERENCES.retention),
		newPerDay: Math.round(numberIn(data.newPerDay, NEW_PER_DAY_RANGE.min, NEW_PER_DAY_RANGE.max, DEFAULT_PREFERENCES.newPerDay))
	};
}
