import { describe, expect, it } from 'vitest';
import { sentencesWithAnswer, sourceSentences } from './sentences';

describe('sourceSentences', () => {
	it('splits each line into sentences, trimmed, each once', () => {
		const text = 'પુતિન ઉત્તર કોરિયા પહોંચ્યા\n\nપુતિન આજે પ્યોંગયાંગ પહોંચ્યા. તેમનું સ્વાગત થયું. પુતિન આજે પ્યોંગયાંગ પહોંચ્યા.';
		expect(sourceSentences(text)).toEqual([
			'પુતિન ઉત્તર કોરિયા પહોંચ્યા',
			'પુતિન આજે પ્યોંગયાંગ પહોંચ્યા.',
			'તેમનું સ્વાગત થયું.'
		]);
	});

	it('keeps every sentence an exact piece of the text, so a picked quote always checks', () => {
		const text = 'તા. ૧૯ જૂને મુલાકાત થઈ!  શું થયું?\r\nબધું સારું.';
		for (const sentence of sourceSentences(text)) expect(text).toContain(sentence);
	});

	it('offers a sentence with યુ.એસ.ની in it whole, not cut at the dots of the abbreviation', () => {
		const text = 'યુ.એસ.નો નવો કાયદો\nયુ.એસ.ની સંસદે નવો કાયદો પસાર કર્યો. તે આવતા વર્ષે લાગુ થશે.';
		expect(sourceSentences(text)).toEqual([
			'યુ.એસ.નો નવો કાયદો',
			'યુ.એસ.ની સંસદે નવો કાયદો પસાર કર્યો.',
			'તે આવતા વર્ષે લાગુ થશે.'
		]);
	});
});

describe('sentencesWithAnswer', () => {
	it('puts sentences with the answer or an accept form first, whatever the digits', () => {
		const sentences = ['મુલાકાત ૨૦૨૪માં થઈ.', 'પુતિન આવ્યા.', 'બીજી વાત.'];
		expect(sentencesWithAnswer(sentences, ['2024', 'Putin'])).toEqual({
			withAnswer: ['મુલાકાત ૨૦૨૪માં થઈ.'],
			others: ['પુતિન આવ્યા.', 'બીજી વાત.']
		});
		expect(sentencesWithAnswer(sentences, ['']).withAnswer).toEqual([]);
	});
});
