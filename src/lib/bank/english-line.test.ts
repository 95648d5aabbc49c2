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
