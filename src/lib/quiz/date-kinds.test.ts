import { describe, expect, it } from 'vitest';
import { classifyDate, dateLookalikes, latestYearIn } from './date-kinds';

describe('classifyDate', () => {
	it.each([
		['૨૦૨૨', 'year'],
		['2011', 'year'],
		['૨૦૨૨માં', 'year'],
		['ઇ.સ. ૨૦૨૨', 'year'],
		['૧૯૫૦-૫૩', 'year-range'],
		['1950-1953', 'year-range'],
		['૧૯૫૦ થી ૧૯૫૩', 'year-range'],
		['સપ્ટેમ્બર', 'month'],
		['જૂન', 'month'],
		['જુલાઇ', 'month'],
		['એપ્રિલ 2019', 'month'],
		['સપ્ટેમ્બરમાં', 'month'],
		['સોમવાર', 'weekday'],
		['મંગળવારે', 'weekday'],
		['ગુરૂવાર', 'weekday'],
		['૨૫ નવેમ્બર', 'day-month'],
		['૨૫મી નવેમ્બર ૨૦૨૩', 'day-month'],
		['છ દિવસ', 'duration'],
		['૨૪ વર્ષ', 'duration'],
		['ચાર વર્ષ', 'duration'],
		['બે મહિના', 'duration'],
		['એક અઠવાડિયું', 'duration'],
		['૩ કલાક', 'duration'],
		['૨૪ વર્ષમાં', 'duration'],
		['વહેલી સવાર', 'part-of-day'],
		['સાંજે', 'part-of-day'],
		['રાત્રે', 'part-of-day'],
		['બીજું વિશ્વયુદ્ધ', 'other'],
		['૧૯૫૩-૫૦', 'other'],
		['૩૨ નવેમ્બર', 'other']
	])('%s is a %s', (answer, kind) => {
		expect(classifyDate(answer)).toBe(kind);
	});
});

describe('dateLookalikes', () => {
	it('offers years within ten either side, in Gujarati digits for a Gujarati answer, none after maxYear', () => {
		const years = dateLookalikes('૨૦૨૨', 2024);
		expect(years.slice(0, 4)).toEqual(['૨૦૨૩', '૨૦૨૧', '૨૦૨૪', '૨૦૨૦']);
		expect(years).toHaveLength(12);
		expect(years).not.toContain('૨૦૨૫');
		expect(years).toContain('૨૦૧૨');
		expect(years).not.toContain('૨૦૧૧');
	});

	it('keeps ASCII digits, a prefix and an ending', () => {
		expect(dateLookalikes('2011', 2030).slice(0, 2)).toEqual(['2012', '2010']);
		expect(dateLookalikes('સન ૨૦૨૨માં', 2030)[0]).toBe('સન ૨૦૨૩માં');
	});

	it('never goes past the answer when the answer is already the latest year', () => {
		const years = dateLookalikes('૨૦૨૪', 2000);
		expect(years).toHaveLength(10);
		expect(years[0]).toBe('૨૦૨૩');
	});

	it('shifts and stretches a year range, keeping its short end', () => {
		const ranges = dateLookalikes('૧૯૫૦-૫૩', 2025);
		expect(ranges.slice(0, 4)).toEqual(['૧૯૫૦-૫૪', '૧૯૫૦-૫૨', '૧૯૫૦-૫૫', '૧૯૫૦-૫૧']);
		expect(ranges).toContain('૧૯૪૨-૪૫');
		expect(ranges).not.toContain('૧૯૫૦-૫૩');
		expect(dateLookalikes('1950 થી 1953', 2025)[0]).toBe('1950 થી 1954');
	});

	it('offers the other eleven months, with the same year or ending', () => {
		expect(dateLookalikes('સપ્ટેમ્બર', 2025)).toHaveLength(11);
		expect(dateLookalikes('સપ્ટેમ્બર', 2025)).toContain('જૂન');
		expect(dateLookalikes('એપ્રિલ 2019', 2025)).toContain('મે 2019');
		expect(dateLookalikes('જુલાઇમાં', 2025)).toContain('ઓગસ્ટમાં');
	});

	it('offers the other six weekdays with the same ending', () => {
		expect(dateLookalikes('મંગળવારે', 2025)).toEqual([
			'સોમવારે',
			'બુધવારે',
			'ગુરુવારે',
			'શુક્રવારે',
			'શનિવારે',
			'રવિવારે'
		]);
	});

	it('offers near days of the same month and the same day of other months', () => {
		const dates = dateLookalikes('૨૫ નવેમ્બર', 2025);
		expect(dates).toContain('૨૬ નવેમ્બર');
		expect(dates).toContain('૧૫ નવેમ્બર');
		expect(dates).not.toContain('૧૪ નવેમ્બર');
		expect(dates).toContain('૨૫ જૂન');
		expect(dateLookalikes('૩૧મી જુલાઈ', 2025)).toContain('૩૧મી ઓગસ્ટ');
		expect(dateLookalikes('૩૧મી જુલાઈ', 2025)).not.toContain('૩૧મી જૂન');
		expect(dateLookalikes('૩જી મે', 2025)).toContain('૧લી મે');
	});

	it('offers other counts with the same unit, as words for a word', () => {
		expect(dateLookalikes('છ દિવસ', 2025)).toEqual(['પાંચ દિવસ', 'સાત દિવસ', 'ચાર દિવસ', 'આઠ દિવસ', 'ત્રણ દિવસ', 'નવ દિવસ']);
		expect(dateLookalikes('૨૪ વર્ષ', 2025).slice(0, 2)).toEqual(['૨૩ વર્ષ', '૨૫ વર્ષ']);
		expect(dateLookalikes('૨૪ વર્ષમાં', 2025)[0]).toBe('૨૩ વર્ષમાં');
	});

	it('makes the unit agree with the number', () => {
		expect(dateLookalikes('બે મહિના', 2025)).toContain('એક મહિનો');
		expect(dateLookalikes('એક મહિનો', 2025)).toContain('બે મહિના');
		expect(dateLookalikes('એક અઠવાડિયું', 2025)).toContain('ત્રણ અઠવાડિયા');
	});

	it('offers the other parts of the day, with the answer\'s ending', () => {
		expect(dateLookalikes('બપોરે', 2025)).toEqual(['સવારે', 'સાંજે', 'રાતે', 'મધરાતે']);
		expect(dateLookalikes('વહેલી સવાર', 2025)).toEqual(['બપોર', 'સાંજ', 'રાત', 'મધરાત']);
	});

	it('has none for an answer of no known shape', () => {
		expect(dateLookalikes('બીજું વિશ્વયુદ્ધ', 2025)).toEqual([]);
	});
});

describe('latestYearIn', () => {
	it('finds the latest four-digit year in either script', () => {
		expect(latestYearIn('૧૯૫૦-૧૯૫૩')).toBe(1953);
		expect(latestYearIn('એપ્રિલ 2019')).toBe(2019);
		expect(latestYearIn('૨૪ વર્ષ')).toBe(null);
	});
});
