import { describe, expect, it } from 'vitest';
import { gujaratiToLatin, looseKey, spokenKeys, voicedKeys } from './translit';

describe('gujaratiToLatin', () => {
	it.each([
		// drops the silent inherent vowels, at the end and in the middle of a word
		['પુતિન', 'putin'],
		['પ્યોંગયાંગ', 'pyoṃgyāṃg'],
		['સરહદ', 'sarhad'],
		['મંગળવાર', 'maṃgal̤vār'],
		// keeps the vowel of a one-syllable word and of the first syllable
		['છ', 'chha'],
		['સમય', 'samay'],
		// writes digits in ASCII and leaves Latin text alone
		['૨૦૨૨', '2022'],
		['Kim ૨૪', 'Kim 24'],
		// reads the candra vowels as plain e and o
		['ઑક્ટોબર', 'okṭobar']
	])('writes %s as %s', (gujarati, latin) => {
		expect(gujaratiToLatin(gujarati)).toBe(latin);
	});
});

describe('voicedKeys', () => {
	it.each([
		// a careful reading sounds every inherent vowel but a word's last, and that one after a cluster
		['કમલા', ['kamala', 'kamala']],
		['હૈદરાબાદ', ['haidarabad', 'haidarabada']],
		['નરેન્દ્ર', ['narendra', 'narendra']],
		['હિમાલય', ['himalay', 'himalaya']],
		// a word of one syllable keeps its vowel
		['છ', ['ca', 'ca']]
	])('reads %s as %j', (gujarati, keys) => {
		expect(voicedKeys(gujarati)).toEqual(keys);
	});

	it('reads each word of a text on its own', () => {
		expect(voicedKeys('કમલા હેરિસ')).toEqual(['kamalaheris', 'kamalaherisa']);
	});
});

describe('spokenKeys', () => {
	it.each([
		// a compound of two words, each read as spoken, where the word read whole drops another vowel
		['જામનગર', 'jamnagar'],
		['ભાવનગર', 'bavnagar'],
		['જવાહરનગર', 'javaharnagar'],
		['કમલનગર', 'kamalnagar'],
		// ahe before a consonant is spoken eh
		['મહેતા', 'mehta'],
		['મહેસાણા', 'mehsana'],
		['અહેમદ', 'ehmad']
	])('reads %s as %s too', (gujarati, key) => {
		expect(spokenKeys(gujarati)).toContain(key);
	});

	// a part of one syllable is no word of a compound: કરણ is not karna
	it.each(['કરણ', 'કમલ', 'કમલા', 'પુતિન'])('reads %s no other way', (gujarati) => {
		expect(spokenKeys(gujarati)).toEqual([]);
	});

	it('leaves looseKey as it is, for the extractor and ids', () => {
		expect(looseKey('જામનગર')).toBe('jamangar');
		expect(looseKey('મહેતા')).toBe('maheta');
	});
});

describe('looseKey', () => {
	it.each([
		['પુતિન', 'putin'],
		['પ્યોંગયાંગ', 'Pyongyang'],
		['કોઝેમ્યાકો', 'Kozhemyako'],
		['વ્લાદિવોસ્તોક', 'vladivostok'],
		['૨૦૨૨', '2022'],
		['કિમ જોંગ ઉન', 'Kim Jong-un'],
		['મંગળવાર', 'Mangalwar'],
		['અમેરિકા', 'America'],
		['શોઇગુ', 'Shoigu'],
		['યુન સુક યેઓલ', 'Yoon Suk Yeol'],
		['આર્ટિઓમ', 'Artyom']
	])('gives %s and %s the same key', (gujarati, latin) => {
		expect(looseKey(gujarati)).toBe(looseKey(latin));
	});

	it('merges spelling variants: retroflex and dental t, with and without dots', () => {
		expect(looseKey('પુટિન')).toBe(looseKey('પુતિન'));
		expect(looseKey('વ્લાદિવોસ્ટોક')).toBe(looseKey('વ્લાદિવોસ્તોક'));
		expect(looseKey('યુ.એસ.')).toBe(looseKey('યુએસ'));
	});

	it('keeps different names and numbers apart', () => {
		expect(looseKey('પુતિન')).toBe('putin');
		expect(looseKey('2022')).toBe('2022');
		expect(looseKey('૨૦૨૧')).not.toBe(looseKey('૨૦૨૨'));
		expect(looseKey('કિમ')).not.toBe(looseKey('કોઝલોવ'));
		expect(looseKey('મોસ્કો')).not.toBe(looseKey('મિન્સ્ક'));
	});

	it('is empty for text with no letters or digits', () => {
		expect(looseKey(' - । ')).toBe('');
	});
});
