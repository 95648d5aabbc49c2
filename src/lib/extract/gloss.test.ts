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
		['બીજા વિશ્ર્વયુદ્ધ', 'Second World War'],
		['૯ થી ૧૧ ઓક્ટોબર', '9 to 11 October'],
		['17-27 સપ્ટેમ્બર', '17-27 September'],
		['૧૨/૦૩/૨૦૨૫', '12/03/2025'],
		['તા. ૧૨', '12 (day of the month)'],
		['૧૯૯૦ના દાયકા', 'the 1990s'],
		['આસો સુદ ૧૦', 'Aso Sud 10'],
		['ભાદરવા સુદ ચૌદસ', 'Bhadarvo Sud Chaudas'],
		['અષાઢી બીજ', 'Ashadhi Bij'],
		['પૂનમ', 'Punam (full moon)'],
		['૨૮ કલાક', '28 hours'],
		['અઢી કલાક', '2.5 hours'],
		['સવા બે કલાક', '2.25 hours'],
		['સાડા ત્રણ વર્ષ', '3.5 years'],
		['૧૧ વાગ્યે', "11 o'clock"],
		['સાડા સાત વાગ્યે', '7:30'],
		['૧૦:૩૦ વાગ્યે', '10:30'],
		['ચાર-પાંચ દિવસ', '4-5 days'],
		['પાંચથી સાત વાગ્યા', "5 to 7 o'clock"],
		['સાડા સત્તાવીસ કલાક', '27.5 hours'],
		['૯થી ૧૧ વાગ્યા', "9 to 11 o'clock"],
		// a range of months and a year of the Vikram era
		['જુલાઈથી ઓક્ટોબર', 'July to October'],
		['એપ્રિલ-જૂન', 'April-June'],
		['વિક્રમ સંવત ૨૦૮૨', 'Vikram Samvat 2082']
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
		expect(latinName('સલીમ ઉર્ફે બબલુ શેખ')).toBe('Salim alias Bablu Shekh');
	});
});
