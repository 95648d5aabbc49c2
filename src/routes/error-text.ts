/** What the error page says: a page that is not there, code that has not come, or another fault. */
import type { Messages } from '$lib/i18n';
import { TEACHER_PAGES_OFFLINE } from '$lib/i18n/teacher-offline';
import type { Language } from '$lib/i18n/types';

/** The error as the page has it: its status, whether code could not be fetched, and where. */
export type ErrorSeen = { status: number; missingCode: boolean; message: string | undefined; pathname: string };

/** The teacher's pages, whose code a student's install leaves out until one of them is opened online. */
const TEACHER_PAGE = /^\/teach(?:\/|$)/;

/** The heading and the sentence under it, in the chosen language. */
export function errorText(error: ErrorSeen, t: Messages, lang: Language): { heading: string; body: string } {
	if (error.status === 404) return { heading: t.notFoundHeading, body: t.notFoundBody };
	if (error.missingCode && TEACHER_PAGE.test(error.pathname)) return TEACHER_PAGES_OFFLINE[lang];
	if (error.missingCode) return { heading: t.stillDownloadingHeading, body: t.stillDownloadingBody };
	return { heading: t.errorHeading, body: error.message ?? '' };
}
