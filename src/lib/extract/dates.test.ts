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
		// finds a span in two units as one date
		['દોડ 3 મિનિટ 12 સેકન્ડમાં પૂરી થઈ અને ફિલ્મ બે કલાક દસ મિનિટની છે.', ['3 મિનિટ 12 સેકન્ડ', 'બે કલાક દસ મિનિટ']],
		// finds a range of months, a year of the Vikram era and late at night as one date each
		['મોસમ ઓક્ટોબરથી માર્ચ સુધી ચાલે છે.', ['ઓક્ટોબરથી માર્ચ']],
		['વિક્રમ સંવત ૨૦૮૨ના મહા સુદ છઠે દીક્ષા થઈ, વહાણ મોડી રાતે ડૂબ્યું.', ['વિક્રમ સંવત ૨૦૮૨', 'મહા સુદ છઠ', 'મોડી રાત']],
		// finds a race's time with a decimal count, but no other decimal
		['તેણે ૧૦.૮૪ સેકન્ડમાં દોડ જીતી, તાપમાન ૪૪.૬ ડિગ્રી રહ્યું.', ['૧૦.૮૪ સેકન્ડ']],
		// finds year ranges with a short or full end
		['ભારત ૧૯૫૦-૫૧ના વર્ષમાં પ્રજાસત્તાક બન્યું.', ['૧૯૫૦-૫૧']],
		['યુદ્ધ 1950 થી 1953 સુધી ચાલ્યું.', ['1950 થી 1953']],
		// finds a month with its day or year as one date, and a month alone
		['બેઠક એપ્રિલ 2019 માં થઈ હતી.', ['એપ્રિલ 2019']],
		['નવો નિયમ જૂન, ૨૦૨૪થી લાગુ થશે.', ['જૂન, ૨૦૨૪']],
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
		// a number before a plural noun counts things: ૧૨૦૦ ખેડૂતોએ, not the year 1200
		['મેળામાં ૧૨૦૦ ખેડૂતોએ નોંધણી કરાવી અને ૨૦૧૮માં ટપક સિંચાઈ આવી.', ['૨૦૧૮']],
		// a price, a number of a thing, and a market's or an index's units are no years
		['ભાવ ₹૧૯૫૦ અને રૂ. ૧૬૧૫ વચ્ચે રહ્યો; ટ્રેન નં. ૨૦૨૪ ૧૯૯૫થી દોડે છે.', ['૧૯૯૫']],
		// nor a helpline's number, before or after the word, nor the next of a list of them
		['હેલ્પલાઇન નંબર ૧૦૭૦ અને ૧૦૭૭ પર, કે 1930 નંબર પર અને સાયબર હેલ્પલાઇન ૧૯૩૦ પર ૨૦૨૪થી ફોન થાય છે.', ['૨૦૨૪']],
		['યાર્ડમાં ૧૯૯૦ ગુણી મગફળી આવી, સેન્સેક્સ ૧૯૫૦ પોઇન્ટ ઊછળ્યો અને ૧૮૦૦ ઘેટાં મર્યાં.', []],
		// but not before a verb, nor with an ending of its own
		['ભારત વિશ્વ કપ ૧૯૮૩ જીત્યો, ચંદ્રક ૨૦૧૮માં જીત્યો.', ['૧૯૮૩', '૨૦૧૮']],
		['હોસ્પિટલ ૨૦૦ કરોડ રૂપિયાના ખર્ચે બની, બે દેશો વચ્ચે કરાર થયો.', []],
		['આજે ગયા અઠવાડિયે સવારના સમયે બેઠક હતી.', []],
		// finds ranges of days, with the month or with તારીખ, without their case ending
		['મેળો ૯ થી ૧૧ ઓક્ટોબર દરમિયાન યોજાશે.', ['૯ થી ૧૧ ઓક્ટોબર']],
		['શિબિર 17-27 સપ્ટેમ્બરના રોજ છે.', ['17-27 સપ્ટેમ્બર']],
		['પરીક્ષા ૯-૧૧ ઓક્ટોબરે લેવાશે અને ૧૨ થી ૧૫ તારીખ સુધી રજા રહેશે.', ['૯-૧૧ ઓક્ટોબર', '૧૨ થી ૧૫ તારીખ']],
		['યાત્રા ૨૯ સપ્ટેમ્બરથી ૩ ઓક્ટોબર સુધી ચાલશે.', ['૨૯ સપ્ટેમ્બરથી ૩ ઓક્ટોબર']],
		// takes a date after તા. or તારીખ without the prefix; a bare day keeps it
		['તા. ૧૨ માર્ચ ૨૦૨૫ના રોજ ઉદ્ઘાટન થયું.', ['૧૨ માર્ચ ૨૦૨૫']],
		['તારીખ ૧૨/૦૩/૨૦૨૫ના પરિપત્રમાં લખ્યું છે.', ['૧૨/૦૩/૨૦૨૫']],
		['તા. ૧૨-૦૩-૨૦૨૫થી નિયમ અમલમાં આવશે.', ['૧૨-૦૩-૨૦૨૫']],
		['તા.૧૨ના રોજ બેઠક મળશે.', ['તા.૧૨']],
		['આગામી ૧૨મી ઓગસ્ટે કાર્યક્રમ છે અને ૧૫ તારીખે રજા છે.', ['૧૨મી ઓગસ્ટ', '૧૫ તારીખ']],
		// takes a day alone with its ordinal only when it says "on" or "from" it
		['પરીક્ષા ૧૫મીએ છે અને પ્રવેશ ૧લીથી શરૂ થશે.', ['૧૫મી', '૧લી']],
		['શાળાની ૭૫મી વર્ષગાંઠ ઉજવાઈ.', []],
		// finds the months of the Hindu calendar; મહા, પોષ and જેઠ only beside મહિનો or માસ
		['કારતક મહિનામાં લગ્નો થાય છે, ભાદરવામાં મેળા ભરાય છે અને આસોમાં નવરાત્રિ આવે છે.', ['કારતક', 'ભાદરવા', 'આસો']],
		['મહા કુંભમાં લાખો લોકો આવ્યા; મહા મહિનામાં ઠંડી હોય છે.', ['મહા']],
		// finds tithis: month and fortnight with a day, a month adjective with a tithi, the moon alone
		['આસો સુદ ૧૦ના દિવસે દશેરા ઉજવાય છે.', ['આસો સુદ ૧૦']],
		['શ્રાવણ વદ આઠમે જન્માષ્ટમી છે અને ભાદરવા સુદ ચૌદસે વિસર્જન થશે.', ['શ્રાવણ વદ આઠમ', 'ભાદરવા સુદ ચૌદસ']],
		['અષાઢી બીજે રથયાત્રા નીકળે છે.', ['અષાઢી બીજ']],
		['પૂનમે મેળો ભરાયો અને અમાસના દિવસે મંદિર બંધ રહ્યું.', ['પૂનમ', 'અમાસ']],
		// takes પૂનમ before a surname as a name, and બીજ alone as a seed
		['સાંસદ પૂનમ માડમ હાજર રહ્યાં અને ખેડૂતોને બીજ અપાયું.', []],
		// finds spans in hours and with fraction words
		['બચાવ કામગીરી ૨૮ કલાક ચાલી અને અઢી કલાક સુધી ટ્રાફિક રહ્યો.', ['૨૮ કલાક', 'અઢી કલાક']],
		[
			'દોઢ કલાકની બેઠક, સવા બે કલાક મોડું, સાડા ત્રણ વર્ષની સજા, અડધો કલાક, પોણા બે કલાક.',
			['દોઢ કલાક', 'સવા બે કલાક', 'સાડા ત્રણ વર્ષ', 'અડધો કલાક', 'પોણા બે કલાક']
		],
		// finds a clock time apart from the time of day before it, without the ending of વાગ્યા
		// a part of the day before a clock time is asked with it (સવારે કેટલા વાગ્યે), not on its own
		['મુખ્યમંત્રી સવારે ૧૧ વાગ્યે પહોંચશે.', ['૧૧ વાગ્યે']],
		[
			'શનિવારે વહેલી સવારે ૬ વાગ્યાથી વરસાદ શરૂ થયો; સાંજે સાડા સાત વાગ્યે બંધ થયો, અને સાંજે ફરી શરૂ થયો.',
			['શનિવાર', '૬ વાગ્યા', 'સાડા સાત વાગ્યે', 'સાંજ']
		],
		['કાર્યક્રમ ૧૦:૩૦ વાગ્યે શરૂ થશે.', ['૧૦:૩૦ વાગ્યે']],
		// finds a range of hours with the parts of the day, and a time of day from or until which
		['દર્શનનો સમય સવારે ૭:૩૦થી રાત્રે ૯:૦૦ સુધીનો રહેશે.', ['સવારે ૭:૩૦થી રાત્રે ૯:૦૦']],
		['રવિવારે બપોરથી સોમવારે સાંજ સુધીના ૨૮ કલાકમાં આવક થઈ.', ['રવિવાર', 'બપોર', 'સોમવાર', 'સાંજ', '૨૮ કલાક']],
		['મંગળવારે મોડી રાતથી વાહનો ઊભાં હતાં, અને વહેલી સવાર સુધી રહ્યાં.', ['મંગળવાર', 'મોડી રાત', 'વહેલી સવાર']],
		// finds a festival's tithi, in two words or one, and counts in words past વીસ
		['સરકારે લાભ પાંચમથી ખરીદી શરૂ કરી અને ધનતેરસે સોનું ખરીદાયું.', ['લાભ પાંચમ', 'ધનતેરસ']],
		['ઉડાનની ઉલટી ગણતરી સાડા સત્તાવીસ કલાક ચાલી.', ['સાડા સત્તાવીસ કલાક']],
		// finds a span from one count to another, and hours in words
		['ચાર-પાંચ દિવસમાં કામ પૂરું થશે, પણ ત્રણ-ચાર લોકો જ આવ્યા.', ['ચાર-પાંચ દિવસ']],
		['સાંજે પાંચથી સાત વાગ્યા દરમિયાન કાર્યક્રમ છે.', ['સાંજે પાંચથી સાત વાગ્યા']],
		// finds a decade without its case ending
		['૧૯૯૦ના દાયકામાં ઉદારીકરણ થયું.', ['૧૯૯૦ના દાયકા']]
	])('finds %j in %s', (text, found) => {
		expect(dates(text)).toEqual(found);
	});
});

describe('isDateWord', () => {
	it('knows dates, times of day, units of time and number words, which end a name', () => {
		expect(['સોમવારે', 'બપોરે', 'વર્ષ', 'બે', 'વહેલી'].map(isDateWord)).toEqual([true, true, true, true, true]);
		expect(['મોદી', 'સુરત'].map(isDateWord)).toEqual([false, false]);
	});

	it('leaves out Hindu calendar words, which are names as often (પૂનમ માડમ, શ્રાવણ)', () => {
		expect(['પૂનમ', 'શ્રાવણ', 'અષાઢી', 'દોઢ'].map(isDateWord)).toEqual([false, false, false, true]);
	});
});

describe('findDates, times of day', () => {
	it('gives the word as written as another form of a time of day, for a blank that takes it whole', () => {
		const text = 'ગુરુવારે વહેલી સવારે અને સાંજે ટ્રેન ઊપડશે; બપોરથી દુકાનો બંધ રહેશે.';
		const times = findDates(text, wordsOf(text)).filter((f) => f.rule === 'time-of-day' && !/[૦-૯]/.test(text.slice(f.start, f.end)));
		expect(times.map((f) => [text.slice(f.start, f.end), f.forms ?? []])).toEqual([
			['વહેલી સવાર', ['વહેલી સવારે']],
			['સાંજ', ['સાંજે']],
			['બપોર', []]
		]);
	});

	it('finds no span in the minutes of a clock time: ૧૦ વાગીને ૨૪ મિનિટે', () => {
		const text = 'ઇસરોએ બુધવારે ૧૦ વાગીને ૨૪ મિનિટે ઉપગ્રહ છોડ્યો અને ૧૭ મિનિટ બાદ તે ભ્રમણકક્ષામાં પહોંચ્યો.';
		expect(findDates(text, wordsOf(text)).map((f) => text.slice(f.start, f.end))).toEqual(['બુધવાર', '૧૭ મિનિટ']);
	});
});
