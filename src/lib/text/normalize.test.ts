import { describe, expect, it } from 'vitest';
import {
	cleanText,
	normalizeForMatch,
	normalizeForSearch,
	toAsciiDigits,
	toGujaratiDigits
} from './normalize';

describe('digits', () => {
	it('turns Gujarati digits into ASCII and back', () => {
		expect(toAsciiDigits('૨૦૨૨')).toBe('2022');
		expect(toGujaratiDigits('2022')).toBe('૨૦૨૨');
		expect(toGujaratiDigits(toAsciiDigits('૧૨૩૪૫૬૭૮૯૦'))).toBe('૧૨૩૪૫૬૭૮૯૦');
	});

	it('turns Devanagari digits into ASCII too', () => {
		expect(toAsciiDigits('२०२४')).toBe('2024');
	});

	it('leaves the words around the digits alone', () => {
		expect(toAsciiDigits('૧૯ જૂન ૨૦૨૪ના રોજ')).toBe('19 જૂન 2024ના રોજ');
		expect(toGujaratiDigits('200 કિલોમીટર')).toBe('૨૦૦ કિલોમીટર');
	});
});

describe('cleanText', () => {
	it('composes decomposed letters (NFC)', () => {
		expect(cleanText('cafe\u0301')).toBe('café');
		expect(cleanText('cafe\u0301')).toBe(cleanText('caf\u00e9'));
	});

	it('removes control characters', () => {
		expect(cleanText('પુતિન\u0000 આવ્યા\u0007\u007F')).toBe('પુતિન આવ્યા');
	});

	it('removes zero-width joiners, non-joiners and the byte-order mark', () => {
		expect(cleanText('\uFEFFપુ\u200Dતિ\u200Cન')).toBe('પુતિન');
	});

	it('tidies spaces and tabs but keeps line breaks and punctuation', () => {
		expect(cleanText('  કિમ\t\tજોંગ  ઉન,\nપુતિન।  ')).toBe('કિમ જોંગ ઉન,\nપુતિન।');
	});
});

describe('normalizeForMatch', () => {
	it('gives a decomposed string the same key as its composed form', () => {
		expect(normalizeForMatch('Cafe\u0301')).toBe(normalizeForMatch('Café'));
	});

	it('makes digits ASCII', () => {
		expect(normalizeForMatch('૧૨ માર્ચ ૨૦૨૫')).toBe('12 માર્ચ 2025');
	});

	it('drops zero-width joiners and non-joiners', () => {
		expect(normalizeForMatch('ક્\u200Dષ')).toBe('ક્ષ');
		expect(normalizeForMatch('ભુ\u200Cજ')).toBe('ભુજ');
	});

	it('drops punctuation, the danda and quote marks, and squeezes spaces', () => {
		expect(normalizeForMatch('  “કિમ   જોંગ-ઉન”!  ')).toBe('કિમ જોંગ ઉન');
		expect(normalizeForMatch('ભારત।')).toBe('ભારત');
	});

	it('lower-cases Latin letters', () => {
		expect(normalizeForMatch('RIA News')).toBe('ria news');
	});
});

describe('normalizeForSearch', () => {
	it('makes digits ASCII and squeezes spaces but keeps punctuation and case', () => {
		expect(normalizeForSearch('૨૪ વર્ષમાં,  RIA\n\u200Dપુતિન')).toBe('24 વર્ષમાં, RIA પુતિન');
	});
});
