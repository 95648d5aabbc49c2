import { describe, expect, it } from 'vitest';
import type { Messages } from '$lib/i18n';
import { enShell } from '$lib/i18n/shell-en';
import { guShell } from '$lib/i18n/shell-gu';
import { TEACHER_PAGES_OFFLINE } from '$lib/i18n/teacher-offline';
import { errorText } from './error-text';

const gu = guShell as Messages;
const en = enShell as Messages;
const FAILED_IMPORT = 'Failed to fetch dynamically imported module';
const missing = (pathname: string) => ({ status: 500, missingCode: true, message: FAILED_IMPORT, pathname });

describe('errorText', () => {
	it('says a teacher’s page opened offline waits for the teacher’s tools, not for the app still downloading', () => {
		for (const path of ['/teach', '/teach/', '/teach/import', '/teach/class/new']) {
			expect(errorText(missing(path), gu, 'gu')).toEqual(TEACHER_PAGES_OFFLINE.gu);
			expect(errorText(missing(path), en, 'en')).toEqual(TEACHER_PAGES_OFFLINE.en);
		}
		expect(TEACHER_PAGES_OFFLINE.gu.heading).toBe('શિક્ષકનાં સાધનો હજી આ ફોન પર નથી');
	});

	it('says a student’s page whose code has not come is still downloading', () => {
		for (const path of ['/cards', '/quiz/play', '/teacher', '/set']) {
			expect(errorText(missing(path), gu, 'gu')).toEqual({ heading: gu.stillDownloadingHeading, body: gu.stillDownloadingBody });
		}
	});

	it('names a page that is not there, and another fault by its message', () => {
		expect(errorText({ status: 404, missingCode: false, message: 'Not Found', pathname: '/teach/x' }, en, 'en')).toEqual({
			heading: en.notFoundHeading,
			body: en.notFoundBody
		});
		expect(errorText({ status: 500, missingCode: false, message: 'Disk full', pathname: '/teach' }, en, 'en')).toEqual({
			heading: en.errorHeading,
			body: 'Disk full'
		});
	});
});
