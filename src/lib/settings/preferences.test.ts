import { describe, expect, test } from 'vitest';
import { effectiveDigits, parsePreferences } from './preferences';

describe('parsePreferences', () => {
	test('a first visit gets Gujarati, the phone theme and Gujarati digits', () => {
		expect(parsePreferences(null)).toEqual({
			lang: 'gu',
			theme: 'system',
			digits: null,
			retention: 0.9,
			newPerDay: 20
		});
	});

	test('digits follow the language until chosen', () => {
		expect(effectiveDigits({ lang: 'gu', digits: null })).toBe('gujarati');
		expect(effectiveDigits({ lang: 'en', digits: null })).toBe('ascii');
		expect(effectiveDigits({ lang: 'en', digits: 'gujarati' })).toBe('gujarati');
	});

	test('stored choices come back', () => {
		const raw = JSON.stringify({ lang: 'en', theme: 'dark', digits: 'ascii', retention: 0.95, newPerDay: 5 });
		expect(parsePreferences(raw)).toEqual({
			lang: 'en',
			theme: 'dark',
			digits: 'ascii',
			retention: 0.95,
			newPerDay: 5
		});
	});

	test('a damaged or foreign entry falls back field by field, never throws', () => {
		expect(parsePreferences('{not json')).toEqual(parsePreferences(null));
		const odd = JSON.stringify({ lang: 'fr', theme: 'dark', digits: 7, retention: 0.5, newPerDay: '9' });
		expect(parsePreferences(odd)).toEqual({ ...parsePreferences(null), theme: 'dark' });
	});
});
