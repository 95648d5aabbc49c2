import type { Language } from './types';

/**
 * What the error page says of a teacher's page opened with no connection before any teacher page
 * was opened online: a student's install leaves the teacher's tools out, so they are not "still
 * downloading". Only the error page reads this, so no page's first load carries it.
 */
export const TEACHER_PAGES_OFFLINE: Record<Language, { heading: string; body: string }> = {
	gu: {
		heading: 'શિક્ષકનાં સાધનો હજી આ ફોન પર નથી',
		body: 'ઇન્ટરનેટ ચાલુ હોય ત્યારે શિક્ષકનું કોઈ પાનું પહેલી વાર ખોલતાં તે આ ફોન પર આવે છે. ઇન્ટરનેટ ચાલુ કરીને આ પાનું ફરી ખોલો; પછી શિક્ષકનાં બધાં પાનાં ઇન્ટરનેટ વિના પણ ચાલશે.'
	},
	en: {
		heading: 'The teacher’s tools are not on this phone yet',
		body: 'They come to this phone the first time a teacher’s page is opened with a connection. Connect and open this page again; after that every teacher’s page works without a connection too.'
	}
};
