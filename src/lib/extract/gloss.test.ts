import { describe, expect, it } from 'vitest';
import { englishDate, latinName } from './gloss';

describe('englishDate', () => {
	it.each([
		['મંગળવાર', 'Tuesday'],
		['ગુરૂવાર', 'Thursday'],
		['જુલાઇ', 'July'],
		['એપ્રિલ 2019', 'April 2019'],
		['૨૫મી નવેમ્બર ૨૦૨૩', '25 November 2023'],
		['૧૯૫૦-૫૩', '1950-53'],
		['૨૪ વર્ષ', '24 years'],
		['છ દિવસ', '6 days'],
		['એક વર્ષ', '1 year'],
		['બે મહિના', '2 months'],
		['વહેલી સવાર', 'early morning'],
		['બીજા વિશ્ર્વયુદ્ધ', 'Second World War']
	])('%s -> %s', (gu, en) => {
		expect(englishDate(gu)).toBe(en);
	});

	it('gives null for a word it has no English for', () => {
		expect(englishDate('દિવાળી')).toBeNull();
	});
});

describe('latinName', () => {
	it('writes a name in plain Latin letters, each word capitalised', () => {
		expect(latinName('કાઠમંડુ')).toBe('Kathmandu');
		expect(latinName('નીતાબેન ત્રિવેદી')).toBe('Nitaben Trivedi');
		expect(latinName('રાકેશ દેસાઈ')).toBe('Rakesh Desai');
	});
});
