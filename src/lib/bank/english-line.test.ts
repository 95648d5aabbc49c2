import { describe, expect, it } from 'vitest';
import { englishLine } from './english-line';

describe('englishLine', () => {
	it('gives the English line a question was written with', () => {
		expect(englishLine({ en: ' Droupadi Murmu is India’s president. ', quote: 'ભારતના રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ' })).toBe(
			'Droupadi Murmu is India’s president.'
		);
	});

	it('gives none when the line is empty or is the Gujarati fact a set without English keeps there', () => {
		const quote = 'ભારતના રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ';
		expect(englishLine({ en: quote, quote })).toBeUndefined();
		expect(englishLine({ en: ' ', quote })).toBeUndefined();
	});
});

describe('englishLine of a set drafted from an article', () => {
	it('gives none for the drafter’s note that such sets once kept as English', () => {
		const quote = 'મંગળવારે સાંજે પટેલે ભરૂચ જિલ્લાની મુલાકાત લીધી.';
		expect(englishLine({ en: 'Draft: the weekday "Tuesday", in sentence 2.', quote })).toBeUndefined();
		expect(englishLine({ en: 'Draft: the place "Bharuch" (a region), in the dateline.', quote })).toBeUndefined();
		// an English line that only starts like one is the author’s own
		const own = 'Draft: the bill was passed in sentence form.';
		expect(englishLine({ en: own, quote })).toBe(own);
	});
});
