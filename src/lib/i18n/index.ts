import { en } from './en';
import { gu } from './gu';
import type { Language, Messages } from './types';

export type { Language, Messages } from './types';
export { LANGUAGES } from './types';

const dictionaries: Record<Language, Messages> = { gu, en };

/** The dictionary for a language. */
export function messages(lang: Language): Messages {
	return dictionaries[lang];
}

/** Names of the languages in themselves, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { gu: 'ગુજરાતી', en: 'English' };
