import { describe, expect, it } from 'vitest';
import { readNumbers, signedDigits } from './numbers';

describe('readNumbers', () => {
	it.each([
		// digits in either script, endings, postpositions and era words left out
		['૨૦૨૨માં', '#2022'],
		['2022 માં', '#2022'],
		['સન ૨૦૨૨', '#2022'],
		['ઈ.સ. 2022', '#2022'],
		['ઇ.સ.૨૦૨૨', '#2022'],
		['૧૯૫૦-૫૩ના', '#1950 #53'],
		['1950 થી 1953', '#1950 #1953'],
		// number words and units, the unit by its Gujarati singular
		['છ દિવસ', '#6 દિવસ'],
		['six days', '#6 દિવસ'],
		['chha divas', '#6 દિવસ'],
		['6દિવસની', '#6 દિવસ'],
		['બે મહિના', '#2 મહિનો'],
		['2 months', '#2 મહિનો'],
		['ત્રણ સપ્તાહ', '#3 અઠવાડિયું'],
		// regression: "૨૪ વરસ" for ૨૪ વર્ષ was only "almost"
		['૨૪ વરસ', '#24 વર્ષ'],
		['બે વરસની', '#2 વર્ષ'],
		['35%', '#35 ટકા'],
		['35 percent', '#35 ટકા'],
		// weekdays by their Gujarati name
		['મંગળવારે', 'મંગળવાર'],
		['Tuesday', 'મંગળવાર'],
		['mangalvaare', 'મંગળવાર'],
		['shukravarna', 'શુક્રવાર'],
		['ગુરૂવાર', 'ગુરુવાર'],
		['સોમવારે', 'સોમવાર'],
		['somvaar', 'સોમવાર'],
		['Monday', 'સોમવાર'],
		// signs, decimal points and grouping commas are kept as meant
		['-5', '#-5'],
		['−5', '#-5'],
		['3.50', '#3.5'],
		['1,00,000', '#100000'],
		['12.03.2025', '#12 #3 #2025'],
		// months by their Gujarati name; a date of numbers and months alone in sorted order
		['એપ્રિલ 2019', '#2019 એપ્રિલ'],
		['April 2019', '#2019 એપ્રિલ'],
		['apr 2019', '#2019 એપ્રિલ'],
		['ઑક્ટોબરમાં', 'ઓક્ટોબર'],
		['October', 'ઓક્ટોબર'],
		['૧૫મી ઓગસ્ટ ૧૯૪૭', '#15 #1947 ઓગસ્ટ'],
		['August 15, 1947', '#15 #1947 ઓગસ્ટ'],
		['15th Aug 1947', '#15 #1947 ઓગસ્ટ'],
		['Sept', 'સપ્ટેમ્બર'],
		['1 May', '#1 મે'],
		// a month beside other words keeps its place
		['મે ૨૦૧૯ની ચૂંટણી', 'મે #2019 cuntni'],
		// other words keep their looseKey, and an ending after them stays
		['COVID-19', 'kovid #19'],
		['the 5th', 'te #5']
	])('reads %s as %s', (text, key) => {
		expect(readNumbers(text).key).toBe(key);
	});

	it('reads a Latin spelling of a Gujarati number word only before a unit or alone', () => {
		expect(readNumbers('char varsh').numbers).toBe('4');
		expect(readNumbers('char').numbers).toBe('4');
		expect(readNumbers('char minar').numbers).toBe('');
	});

	it('reads a unit only after a number', () => {
		expect(readNumbers('દિવસ').counted).toBe(false);
		expect(readNumbers('world war').key).toBe('');
	});

	it('lists the numbers alone, words read, and has nothing for a name', () => {
		expect(readNumbers('ચાર દિવસ').numbers).toBe('4');
		expect(readNumbers('1950-53').numbers).toBe('1950 53');
		expect(readNumbers('કિમ જોંગ ઉન')).toEqual({ key: '', numbers: '', names: '', counted: false });
	});

	it('lists the weekdays and months alone', () => {
		expect(readNumbers('thursday').names).toBe('ગુરુવાર');
		expect(readNumbers('૧૫ ઓગસ્ટ ૧૯૪૭').names).toBe('ઓગસ્ટ');
		expect(readNumbers('ચાર દિવસ').names).toBe('');
	});

	it.each([
		['Mon', 'સોમવાર'],
		['Tue', 'મંગળવાર'],
		['tues', 'મંગળવાર'],
		['Wed', 'બુધવાર'],
		['Thu', 'ગુરુવાર'],
		['Thur', 'ગુરુવાર'],
		['Thurs', 'ગુરુવાર'],
		['Fri', 'શુક્રવાર'],
		['Sat', 'શનિવાર'],
		['Sun', 'રવિવાર']
	])('reads the short weekday %s as %s', (text, key) => {
		expect(readNumbers(text).key).toBe(key);
	});

	it('reads sat before a unit as the number સાત', () => {
		expect(readNumbers('sat divas').key).toBe('#7 દિવસ');
	});

	it('reads "to" between two numbers as a range, as થી', () => {
		expect(readNumbers('1950 to 1953').key).toBe('#1950 #1953');
		expect(readNumbers('to 1953').key).toBe('to #1953');
	});

	it('leaves out ના રોજ after a date, as the ending એ', () => {
		expect(readNumbers('મંગળવારના રોજ').key).toBe('મંગળવાર');
		expect(readNumbers('૨૫ નવેમ્બરના રોજ').key).toBe('#25 નવેમ્બર');
		expect(readNumbers('૨૫ ના રોજ').key).toBe('#25');
		expect(readNumbers('૨૫ રોજ').key).toBe('#25 roj');
	});

	it('does not read છે (is) as છ with an ending', () => {
		expect(readNumbers('છે').numbers).toBe('');
	});
});

describe('signedDigits', () => {
	it.each([
		['35%', '35'],
		['3.5%', '3.5'],
		['-5', '-5'],
		['−5', '-5'],
		['5', '5'],
		['1950-53', '195053'],
		['1950 - 53', '195053'],
		['COVID-19', '19'],
		['12.03.2025', '12032025'],
		['૨૦૨૨માં', '2022'],
		['પુતિન', '']
	])('keeps the digits, signs and decimal points of %s: %s', (text, digits) => {
		expect(signedDigits(text)).toBe(digits);
	});
});
