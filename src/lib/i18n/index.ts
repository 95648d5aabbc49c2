import { guShell } from './shell-gu';
import type { AppMessages, Language, ShellMessages } from './types';

export type { AppMessages, Language, Messages, ShellMessages, TeachMessages } from './types';
export { LANGUAGES } from './types';

/**
 * The frame's strings in Gujarati, the app's first language, always at hand. English ones load with
 * the rest of English (loadAppMessages), so a Gujarati reader's first page carries no English.
 */
export const GU_SHELL: ShellMessages = guShell;

/** One language's strings past Gujarati's frame: a page waits only for the language it shows. */
export type LoadedMessages = AppMessages & Partial<ShellMessages>;

/** Loads the other pages' strings in one language; English brings its frame's strings too. */
export async function loadAppMessages(lang: Language): Promise<LoadedMessages> {
	if (lang === 'gu') return (await import('./gu')).gu;
	const [{ en }, { enShell }] = await Promise.all([import('./en'), import('./shell-en')]);
	return { ...enShell, ...en };
}

/** Names of the languages in themselves, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { gu: 'ગુજરાતી', en: 'English' };
