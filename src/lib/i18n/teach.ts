import type { Language, TeachMessages } from './types';

/**
 * Loads the teacher's pages' strings in one language. Only the teacher's layout imports this, so
 * the strings stay out of every student page and out of the service worker's install download.
 */
export async function loadTeachMessages(lang: Language): Promise<TeachMessages> {
	return lang === 'gu' ? (await import('./teach-gu')).guTeach : (await import('./teach-en')).enTeach;
}
