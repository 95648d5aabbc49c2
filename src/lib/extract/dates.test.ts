import { describe, expect, it } from 'vitest';
import { findDates, isDateWord } from './dates';
import { wordsOf } from './words';

/** The dates found in a sentence, as text. */
function dates(text: string): string[] {
	return findDates(text, wordsOf(text)).map((f) => text.slice(f.start, f.end));
}

describe('findDates', () => {
	it.each([
		// finds years in Gujarati or ASCII digits, without their case ending
		['૨૦૨૨ માં આક્રમણ થયું અને 2011ના અંતમાં સત્તા મળી.', ['૨૦૨૨', '2011']],
		// finds year ranges with a short or full end
		['ભારત ૧૯૫૦-૫૧ના વર્ષમાં પ્રજાસત્તાક બન્યું.', ['૧૯૫૦-૫૧']],
		['યુદ્ધ 1950 થી 1953 સુધી ચાલ્યું.', ['1950 થી 1953']],
		// finds a month with its day or year as one date, and a month alone
		['બેઠક એપ્રિલ 2019 માં થઈ હતી.', ['એપ્રિલ 2019']],
		['શાળા ૨૫ નવેમ્બરે ખુલશે.', ['૨૫ નવેમ્બર']],
		['ઉદ્ઘાટન ૧૨ માર્ચ ૨૦૨૫ના રોજ થયું.', ['૧૨ માર્ચ ૨૦૨૫']],
		['જુલાઇમાં મુલાકાત થઈ અને ઓક્ટોબરમાં પ્રયાસ થશે.', ['જુલાઇ', 'ઓક્ટોબર']],
		// takes મે as the month only beside a day or year: alone it is "I"
		['મે કહ્યું હતું.', []],
		['ચૂંટણી ૧૩ મે ના રોજ છે.', ['૧૩ મે']],
		// gives a weekday without its case ending
		['મંગળવારે લેખ છપાયો, રવિવારની શરૂઆતમાં તે ગયો, શનિવારે પાછો આવ્યો.', ['મંગળવાર', 'રવિવાર', 'શનિવાર']],
		// finds spans of time written with digits or number words
		['૨૪ વર્ષમાં પહેલી મુલાકાત, છ દિવસની સફર, ચાર વર્ષથી વધુ, બે મહિના પછી.', ['૨૪ વર્ષ', 'છ દિવસ', 'ચાર વર્ષ', 'બે મહિના']],
		// finds times of day, with વહેલી or મોડી when written
		['તે આજે વહેલી સવારે પહોંચ્યા અને બપોરે પાછા ફર્યા.', ['વહેલી સવાર', 'બપોર']],
		['ટ્રેન ૧૧ વાગ્યે ઊપડશે.', ['૧૧ વાગ્યે']],
		// finds a world war that dates an event
		['બીજા વિશ્ર્વયુદ્ધ પછી બંને દેશો સાથી છે.', ['બીજા વિશ્ર્વયુદ્ધ']],
		// proposes no counts, measures or numbers that only look like dates
		['તેણે ચાર વખત પ્રયાસ કર્યો.', []],
		['સરહદથી 1500 કિલોમીટર દૂર, 6,500 કિલોમીટરની રેન્જ, Tu-160 વિમાન.', []],
		['હોસ્પિટલ ૨૦૦ કરોડ રૂપિયાના ખર્ચે બની, બે દેશો વચ્ચે કરાર થયો.', []],
		['આજે ગયા અઠવાડિયે સવારના સમયે બેઠક હતી.', []]
	])('finds %j in %s', (text, found) => {
		expect(dates(text)).toEqual(found);
	});
});

describe('isDateWord', () => {
	it('knows dates, times of day, units of time and number words, which end a name', () => {
		expect(['સોમવારે', 'બપોરે', 'વર્ષ', 'બે', 'વહેલી'].map(isDateWord)).toEqual([true, true, true, true, true]);
		expect(['મોદી', 'સુરત'].map(isDateWord)).toEqual([false, false]);
	});
});
