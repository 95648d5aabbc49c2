import { enShell } from './shell-en';
import { guShell } from './shell-gu';
import type { AppMessages, Language, ShellMessages } from './types';

export type { AppMessages, Language, Messages, ShellMessages, TeachMessages } from './types';
export { LANGUAGES } from './types';

/** The frame's strings, in both languages, always at hand. */
export const SHELL: Record<Language, ShellMessages> = { gu: guShell, en: enShell };

/** Loads the other pages' strings in one language: a page waits only for the one it shows. */
export async function loadAppMessages(lang: Language): Promise<AppMessages> {
	return lang === 'gu' ? (await import('./gu')).gu : (await import('./en')).en;
}

/** Names of the languages in themselves, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { gu: 'ગુજરાતી', en: 'English' };
