import { describe, expect, it } from 'vitest';
import { findDates, isDateWord } from './dates';
import { wordsOf } from './words';

/** The dates found in a sentence, as text. */
function dates(text: string): string[] {
	return findDates(text, wordsOf(text)).map((f) => text.slice(f.start, f.end));
}

describe('findDates', () => {
	it('finds years in Gujarati or ASCII digits, without their case ending', () => {
		expect(dates('૨૦૨૨ માં આક્રમણ થયું અને 2011ના અંતમાં સત્તા મળી.')).toEqual(['૨૦૨૨', '2011']);
	});

	it('finds year ranges with a short or full end', () => {
		expect(dates('ભારત ૧૯૫૦-૫૧ના વર્ષમાં પ્રજાસત્તાક બન્યું.')).toEqual(['૧૯૫૦-૫૧']);
		expect(dates('યુદ્ધ 1950 થી 1953 સુધી ચાલ્યું.')).toEqual(['1950 થી 1953']);
	});

	it('finds a month with its day or year as one date, and a month alone', () => {
		expect(dates('બેઠક એપ્રિલ 2019 માં થઈ હતી.')).toEqual(['એપ્રિલ 2019']);
		expect(dates('શાળા ૨૫ નવેમ્બરે ખુલશે.')).toEqual(['૨૫ નવેમ્બર']);
		expect(dates('ઉદ્ઘાટન ૧૨ માર્ચ ૨૦૨૫ના રોજ થયું.')).toEqual(['૧૨ માર્ચ ૨૦૨૫']);
		expect(dates('જુલાઇમાં મુલાકાત થઈ અને ઓક્ટોબરમાં પ્રયાસ થશે.')).toEqual(['જુલાઇ', 'ઓક્ટોબર']);
	});

	it('takes મે as the month only beside a day or year: alone it is "I"', () => {
		expect(dates('મે કહ્યું હતું.')).toEqual([]);
		expect(dates('ચૂંટણી ૧૩ મે ના રોજ છે.')).toEqual(['૧૩ મે']);
	});

	it('gives a weekday without its case ending', () => {
		expect(dates('મંગળવારે લેખ છપાયો, રવિવારની શરૂઆતમાં તે ગયો, શનિવારે પાછો આવ્યો.')).toEqual([
			'મંગળવાર',
			'રવિવાર',
			'શનિવાર'
		]);
	});

	it('finds spans of time written with digits or number words', () => {
		expect(dates('૨૪ વર્ષમાં પહેલી મુલાકાત, છ દિવસની સફર, ચાર વર્ષથી વધુ, બે મહિના પછી.')).toEqual([
			'૨૪ વર્ષ',
			'છ દિવસ',
			'ચાર વર્ષ',
			'બે મહિના'
		]);
	});

	it('finds times of day, with વહેલી or મોડી when written', () => {
		expect(dates('તે આજે વહેલી સવારે પહોંચ્યા અને બપોરે પાછા ફર્યા.')).toEqual(['વહેલી સવાર', 'બપોર']);
		expect(dates('ટ્રેન ૧૧ વાગ્યે ઊપડશે.')).toEqual(['૧૧ વાગ્યે']);
	});

	it('finds a world war that dates an event', () => {
		expect(dates('બીજા વિશ્ર્વયુદ્ધ પછી બંને દેશો સાથી છે.')).toEqual(['બીજા વિશ્ર્વયુદ્ધ']);
	});

	it('proposes no counts, measures or numbers that only look like dates', () => {
		expect(dates('તેણે ચાર વખત પ્રયાસ કર્યો.')).toEqual([]);
		expect(dates('સરહદથી 1500 કિલોમીટર દૂર, 6,500 કિલોમીટરની રેન્જ, Tu-160 વિમાન.')).toEqual([]);
		expect(dates('હોસ્પિટલ ૨૦૦ કરોડ રૂપિયાના ખર્ચે બની, બે દેશો વચ્ચે કરાર થયો.')).toEqual([]);
		expect(dates('આજે ગયા અઠવાડિયે સવારના સમયે બેઠક હતી.')).toEqual([]);
	});
});

describe('isDateWord', () => {
	it('knows dates, times of day, units of time and number words, which end a name', () => {
		expect(['સોમવારે', 'બપોરે', 'વર્ષ', 'બે', 'વહેલી'].map(isDateWord)).toEqual([true, true, true, true, true]);
		expect(['મોદી', 'સુરત'].map(isDateWord)).toEqual([false, false]);
	});
});
