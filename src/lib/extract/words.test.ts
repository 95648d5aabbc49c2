import { describe, expect, it } from 'vitest';
import { splitEnding, splitterFor, stemsOf, wordsOf } from './words';

describe('wordsOf', () => {
	it('keeps hyphens and dots inside a word, commas only inside numbers', () => {
		const text = 'શાહે સ્ટ્રેટફોર્ડ-અપોન-એવન, યુ.કે.ની ૧૯૫૦-૫૩ના 6,500 કિલોમીટર.';
		expect(wordsOf(text).map((w) => w.text)).toEqual([
			'શાહે',
			'સ્ટ્રેટફોર્ડ-અપોન-એવન',
			'યુ.કે.ની',
			'૧૯૫૦-૫૩ના',
			'6,500',
			'કિલોમીટર'
		]);
	});

	it('gives offsets into the text, shifted by the offset it is told', () => {
		const [first, second] = wordsOf('આજે સુરતમાં', 10);
		expect(first).toEqual({ text: 'આજે', start: 10, end: 13 });
		expect(second).toEqual({ text: 'સુરતમાં', start: 14, end: 21 });
	});
});

describe('splitEnding', () => {
	it.each([
		['મોદીનું', 'મોદી', 'નું'],
		['શાહની', 'શાહ', 'ની'],
		['શાહે', 'શાહ', 'ે'],
		['કિશિદાએ', 'કિશિદા', 'એ'],
		['ભારતથી', 'ભારત', 'થી'],
		['ટોક્યોમાં', 'ટોક્યો', 'માં'],
		['કિલ્લેબંધીમાંની', 'કિલ્લેબંધી', 'માંની'],
		['મંગળવારે', 'મંગળવાર', 'ે'],
		['૨૦૨૨માં', '૨૦૨૨', 'માં'],
		['2011ના', '2011', 'ના']
	])('%s -> %s + %s', (word, stem, ending) => {
		expect(splitEnding(word)).toEqual({ stem, ending });
	});

	it('leaves a word alone when too little would be left, or when it has no ending', () => {
		expect(splitEnding('ને')).toEqual({ stem: 'ને', ending: '' });
		expect(splitEnding('મોદી')).toEqual({ stem: 'મોદી', ending: '' });
		// ે follows only a consonant: ભાઈએ is ભાઈ + એ, never ભાઈ + ે
		expect(splitEnding('દેસાઈએ')).toEqual({ stem: 'દેસાઈ', ending: 'એ' });
	});
});

describe('stemsOf', () => {
	it('offers every way to take an ending off, so ક્લિન્ટને can be read as ક્લિન્ટન + ે', () => {
		expect(stemsOf('ક્લિન્ટને')).toEqual(['ક્લિન્ટને', 'ક્લિન્ટ', 'ક્લિન્ટન']);
	});
});

describe('splitterFor', () => {
	it('prefers the reading whose stem the text uses elsewhere', () => {
		const split = splitterFor(['બાઇડનની', 'ભાવનાએ', 'શાહને']);
		expect(split('બાઇડને')).toEqual({ stem: 'બાઇડન', ending: 'ે' });
		expect(split('ભાવના')).toEqual({ stem: 'ભાવના', ending: '' });
		// with no other use to go by, the longest ending is taken, as splitEnding does
		expect(split('શાહને')).toEqual({ stem: 'શાહ', ending: 'ને' });
	});
});
