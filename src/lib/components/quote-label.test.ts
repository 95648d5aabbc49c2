import { describe, expect, it } from 'vitest';
import { gu } from '$lib/i18n/gu';
import { quoteLabel } from './quote-label';

describe('quoteLabel', () => {
	it('calls an article’s sentence "from the article", and the fact a question without an article states "the fact"', () => {
		const fromArticle = { prompt: 'રશિયા ક્યારે પહોંચ્યા?', answer: 'મંગળવારે', quote: 'કિમ મંગળવારે રશિયા પહોંચ્યા હતા.' };
		expect(quoteLabel(gu, fromArticle)).toBe('લેખમાંથી');
		const imported = { prompt: 'રાષ્ટ્રપતિ કોણ છે?', answer: 'દ્રૌપદી મુર્મુ', quote: 'રાષ્ટ્રપતિ કોણ છે? — દ્રૌપદી મુર્મુ' };
		expect(quoteLabel(gu, imported)).toBe('હકીકત');
		const blank = { prompt: 'ચંદ્રયાન-૩ _____ ઊતર્યું.', answer: '૨૩ ઓગસ્ટ ૨૦૨૩', quote: 'ચંદ્રયાન-૩ ૨૩ ઓગસ્ટ ૨૦૨૩ ઊતર્યું.' };
		expect(quoteLabel(gu, blank)).toBe('હકીકત');
	});
});
