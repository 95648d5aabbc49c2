import { describe, expect, it } from 'vitest';
import type { Messages } from '$lib/i18n';
import { en } from '$lib/i18n/en';
import { gu } from '$lib/i18n/gu';
import { intervalLabel } from './interval-label';

// only the unit words are read
const guWords = gu as unknown as Messages;
const enWords = en as unknown as Messages;

describe('intervalLabel', () => {
	it('says one month in the singular in Gujarati, and any other number of months in the plural', () => {
		const months = (value: number) => intervalLabel(guWords, String, { value, unit: 'mo' });
		expect([months(1), months(1.5), months(2), months(11.9)]).toEqual(['1 મહિનો', '1.5 મહિના', '2 મહિના', '11.9 મહિના']);
		expect(intervalLabel(enWords, String, { value: 1, unit: 'mo' })).toBe('1 mo');
	});
});
