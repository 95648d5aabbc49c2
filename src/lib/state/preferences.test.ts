import { describe, expect, test } from 'vitest';
import { parsePreferences } from './preferences';

describe('parsePreferences', () => {
	test('a first visit gets Gujarati, the phone theme and Gujarati digits', () => {
		expect(parsePreferences(null)).toEqual({ lang: 'gu', theme: 'system', digits: 'gujarati' });
	});

	test('stored choices come back', () => {
		const raw = JSON.stringify({ lang: 'en', theme: 'dark', digits: 'ascii' });
		expect(parsePreferences(raw)).toEqual({ lang: 'en', theme: 'dark', digits: 'ascii' });
	});

	test('a damaged or foreign entry falls back field by field, never throws', () => {
		expect(parsePreferences('{not json')).toEqual({ lang: 'gu', theme: 'system', digits: 'gujarati' });
		expect(parsePreferences(JSON.stringify({ lang: 'fr', theme: 'dark', digits: 7 }))).toEqual({
			lang: 'gu',
			theme: 'dark',
			digits: 'gujarati'
		});
	});
});
