import { describe, expect, it } from 'vitest';
import { classifyDate, dateLookalikes, latestYearIn, mayEndDate } from './date-kinds';
import { checkTyped } from './typed';

/** Answers and the kind classifyDate gives each. */
const EXAMPLES: [string, string][] = [
		['૨૦૨૨', 'year'],
		['2011', 'year'],
		['૨૦૨૨માં', 'year'],
		['ઇ.સ. ૨૦૨૨', 'year'],
		['૧૯૫૦-૫૩', 'year-range'],
		['1950-1953', 'year-range'],
		['૧૯૫૦ થી ૧૯૫૩', 'year-range'],
		['સપ્ટેમ્બર', 'month'],
		['જૂન', 'month'],
		['જુલાઇ', 'month'],
		['એપ્રિલ 2019', 'month'],
		['જૂન, ૨૦૨૪', 'month'],
		['સપ્ટેમ્બરમાં', 'month'],
		['સોમવાર', 'weekday'],
		['મંગળવારે', 'weekday'],
		['ગુરૂવાર', 'weekday'],
		['૨૫ નવેમ્બર', 'day-month'],
		['૨૫મી નવેમ્બર ૨૦૨૩', 'day-month'],
		['છ દિવસ', 'duration'],
		['૨૪ વર્ષ', 'duration'],
		['ચાર વર્ષ', 'duration'],
		['બે મહિના', 'duration'],
		['એક અઠવાડિયું', 'duration'],
		['૩ કલાક', 'duration'],
		['૨૪ વર્ષમાં', 'duration'],
		['વહેલી સવાર', 'part-of-day'],
		['સાંજે', 'part-of-day'],
		['રાત્રે', 'part-of-day'],
		['૧૯૯૦ના દાયકા', 'decade'],
		['૯૦ના દાયકામાં', 'decade'],
		['૧૨ તારીખ', 'day-month'],
		['તા. ૧૨', 'day-month'],
		['૧૨/૦૩/૨૦૨૫', 'day-month'],
		['૧૨-૦૩-૨૦૨૫', 'day-month'],
		['૧૨મી ઓગસ્ટ', 'day-month'],
		['૧૫મી', 'day-month'],
		['તા. ૧૫મી', 'day-month'],
		['૯ થી ૧૧ ઓક્ટોબર', 'day-range'],
		['17-27 સપ્ટેમ્બર', 'day-range'],
		['૯-૧૧ ઓક્ટોબર', 'day-range'],
		['૧૨ થી ૧૫ તારીખ', 'day-range'],
		['૨૯ સપ્ટેમ્બરથી ૩ ઓક્ટોબર', 'day-range'],
		['કારતક', 'month'],
		['ભાદરવો', 'month'],
		['ભાદરવામાં', 'month'],
		['આસો સુદ ૧૦', 'tithi'],
		['શ્રાવણ વદ આઠમ', 'tithi'],
		['ભાદરવા સુદ ચૌદસ', 'tithi'],
		['અષાઢી બીજ', 'tithi'],
		['પૂનમ', 'tithi'],
		['અમાસ', 'tithi'],
		['૨૮ કલાક', 'duration'],
		['અઢી કલાક', 'duration'],
		['દોઢ કલાક', 'duration'],
		['સવા બે કલાક', 'duration'],
		['સાડા ત્રણ વર્ષ', 'duration'],
		['અડધો કલાક', 'duration'],
		['પોણા બે કલાક', 'duration'],
		['૧૧ વાગ્યે', 'clock-time'],
		['સવારે ૧૧ વાગ્યે', 'clock-time'],
		['૧૦:૩૦ વાગ્યે', 'clock-time'],
		['સાડા સાત વાગ્યે', 'clock-time'],
		['સવારે ૭:૩૦થી રાત્રે ૯:૦૦', 'clock-time'],
		['૯થી ૧૧ વાગ્યા', 'clock-time'],
		['લાભ પાંચમ', 'tithi'],
		['ધનતેરસ', 'tithi'],
		['સાડા સત્તાવીસ કલાક', 'duration'],
		['પચાસ વર્ષ', 'duration'],
		['ચાર-પાંચ દિવસ', 'duration'],
		['૧૦થી ૧૨ દિવસ', 'duration'],
		['ચાર–પાંચ દિવસ', 'duration'],
		['૧૦ થી ૧૨ મહિના', 'duration'],
		// a span in two units, the second the next smaller and fewer than make the larger
		['1 મિનિટ 41 સેકન્ડ', 'duration'],
		['બે કલાક સાત મિનિટ', 'duration'],
		['૩ વર્ષ ૪ મહિનાથી', 'duration'],
		['2 કલાક 75 મિનિટ', 'other'],
		['2 કલાક 18 સેકન્ડ', 'other'],
		['41 સેકન્ડ 1 મિનિટ', 'other'],
		// a span with a decimal count, as a race's time is written; a decimal of no unit of time is not
		['12.84 સેકન્ડ', 'duration'],
		['૨.૫ કલાકમાં', 'duration'],
		['૪૪.૬ ડિગ્રી', 'other'],
		['૧ મિનિટ ૪૭.૬૧ સેકન્ડ', 'duration'],
		// a range of months of one calendar; a year of the Vikram era; hours from one part of the day to another
		['ઓક્ટોબરથી માર્ચ', 'month'],
		['એપ્રિલ-જૂન', 'month'],
		['ઓક્ટોબરથી ઓક્ટોબર', 'other'],
		['વિક્રમ સંવત ૨૦૮૨', 'year'],
		['સવારે ૬થી સાંજે ૬ વાગ્યા', 'clock-time'],
		['૬થી ૬ વાગ્યા', 'other'],
		['1 મિનિટ 60.5 સેકન્ડ', 'other'],
		['બપોરે બે વાગે', 'clock-time'],
		['સવારે ૭–૯ વાગ્યા', 'clock-time'],
		['૯–૧૧ ઓક્ટોબર', 'day-range'],
		['સાંજે પાંચથી સાત વાગ્યા', 'clock-time'],
		['બીજું વિશ્વયુદ્ધ', 'other'],
		['૯ થી ૧૧', 'other'],
		['૯૫ના દાયકા', 'other'],
		['૧૧ થી ૯ ઓક્ટોબર', 'other'],
		['૩૨/૦૩/૨૦૨૫', 'other'],
		['૧૫', 'other'],
		['૭૫મી', 'other'],
		['સુદ અમાસ', 'other'],
		['સાડા બે કલાક', 'other'],
		['૧૯૫૩-૫૦', 'other'],
		['૩૨ નવેમ્બર', 'other']
];

describe('classifyDate', () => {
	it.each(EXAMPLES)('%s is a %s', (answer, kind) => {
		expect(classifyDate(answer)).toBe(kind);
	});
});

describe('mayEndDate', () => {
	const dates = EXAMPLES.filter(([, kind]) => kind !== 'other').map(([answer]) => answer);
	it.each(dates)('lets a date end with the last word of %s', (answer) => {
		expect(mayEndDate(answer.split(' ').pop()!)).toBe(true);
	});

	it('lets a joined festival tithi with its ending end a date, and no ordinary word', () => {
		expect(['ધનતેરસે', 'લાભપાંચમથી', 'દિવસની', '૨૦૨૫માં'].map(mayEndDate)).toEqual([true, true, true, true]);
		expect(['મુખ્યમંત્રી', 'અમદાવાદ', 'વરસાદ', 'બેઠક'].map(mayEndDate)).toEqual([false, false, false, false]);
	});
});

describe('dateLookalikes', () => {
	it('offers years within ten either side, in Gujarati digits for a Gujarati answer, none after maxYear', () => {
		const years = dateLookalikes('૨૦૨૨', 2024);
		expect(years.slice(0, 4)).toEqual(['૨૦૨૩', '૨૦૨૧', '૨૦૨૪', '૨૦૨૦']);
		expect(years).toHaveLength(12);
		expect(years).not.toContain('૨૦૨૫');
		expect(years).toContain('૨૦૧૨');
		expect(years).not.toContain('૨૦૧૧');
	});

	it('keeps ASCII digits, a prefix and an ending', () => {
		expect(dateLookalikes('2011', 2030).slice(0, 2)).toEqual(['2012', '2010']);
		expect(dateLookalikes('સન ૨૦૨૨માં', 2030)[0]).toBe('સન ૨૦૨૩માં');
	});

	it('never goes past the answer when the answer is already the latest year', () => {
		const years = dateLookalikes('૨૦૨૪', 2000);
		expect(years).toHaveLength(10);
		expect(years[0]).toBe('૨૦૨૩');
	});

	it('shifts and stretches a year range, keeping its short end', () => {
		const ranges = dateLookalikes('૧૯૫૦-૫૩', 2025);
		expect(ranges.slice(0, 4)).toEqual(['૧૯૫૦-૫૪', '૧૯૫૦-૫૨', '૧૯૫૦-૫૫', '૧૯૫૦-૫૧']);
		expect(ranges).toContain('૧૯૪૨-૪૫');
		expect(ranges).not.toContain('૧૯૫૦-૫૩');
		expect(dateLookalikes('1950 થી 1953', 2025)[0]).toBe('1950 થી 1954');
	});

	it('offers the other eleven months, with the same year or ending', () => {
		expect(dateLookalikes('સપ્ટેમ્બર', 2025)).toHaveLength(11);
		expect(dateLookalikes('સપ્ટેમ્બર', 2025)).toContain('જૂન');
		expect(dateLookalikes('એપ્રિલ 2019', 2025)).toContain('મે 2019');
		expect(dateLookalikes('જુલાઇમાં', 2025)).toContain('ઓગસ્ટમાં');
	});

	it('offers the other six weekdays with the same ending', () => {
		expect(dateLookalikes('મંગળવારે', 2025)).toEqual([
			'સોમવારે',
			'બુધવારે',
			'ગુરુવારે',
			'શુક્રવારે',
			'શનિવારે',
			'રવિવારે'
		]);
	});

	it('offers near days of the same month and the same day of other months', () => {
		const dates = dateLookalikes('૨૫ નવેમ્બર', 2025);
		expect(dates).toContain('૨૬ નવેમ્બર');
		expect(dates).toContain('૧૫ નવેમ્બર');
		expect(dates).not.toContain('૧૪ નવેમ્બર');
		expect(dates).toContain('૨૫ જૂન');
		expect(dateLookalikes('૩૧મી જુલાઈ', 2025)).toContain('૩૧મી ઓગસ્ટ');
		expect(dateLookalikes('૩૧મી જુલાઈ', 2025)).not.toContain('૩૧મી જૂન');
		expect(dateLookalikes('૩જી મે', 2025)).toContain('૧લી મે');
	});

	it('offers other counts with the same unit, as words for a word', () => {
		expect(dateLookalikes('છ દિવસ', 2025)).toEqual(['પાંચ દિવસ', 'સાત દિવસ', 'ચાર દિવસ', 'આઠ દિવસ', 'ત્રણ દિવસ', 'નવ દિવસ']);
		// a span in two units moves its smaller part, within what the larger holds
		expect(dateLookalikes('૨ કલાક ૧૮ મિનિટની', 2025).slice(0, 3)).toEqual([
			'૨ કલાક ૧૭ મિનિટની',
			'૨ કલાક ૧૯ મિનિટની',
			'૨ કલાક ૧૬ મિનિટની'
		]);
		expect(dateLookalikes('બે વર્ષ અગિયાર મહિના', 2025).slice(0, 3)).toEqual(['બે વર્ષ દસ મહિના', 'બે વર્ષ નવ મહિના', 'બે વર્ષ આઠ મહિના']);
		expect(dateLookalikes('૨૪ વર્ષ', 2025).slice(0, 2)).toEqual(['૨૩ વર્ષ', '૨૫ વર્ષ']);
		// a range of months moves whole, a Hindu month oblique before થી
		expect(dateLookalikes('ઓક્ટોબરથી માર્ચ', 2025).slice(0, 2)).toEqual(['નવેમ્બરથી એપ્રિલ', 'સપ્ટેમ્બરથી ફેબ્રુઆરી']);
		expect(dateLookalikes('શ્રાવણથી આસો', 2025)).toContain('ભાદરવાથી કારતક');
		// a decimal count keeps its places and moves about 1 %, enough to tell apart
		expect(dateLookalikes('૧૨.૮૪ સેકન્ડમાં', 2025).slice(0, 3)).toEqual(['૧૨.૯૭ સેકન્ડમાં', '૧૨.૭૧ સેકન્ડમાં', '૧૩.૧૦ સેકન્ડમાં']);
		expect(dateLookalikes('2.5 કલાક', 2025).slice(0, 2)).toEqual(['2.6 કલાક', '2.4 કલાક']);
		expect(dateLookalikes('0.05 સેકન્ડ', 2025)).not.toContain('0.00 સેકન્ડ');
		// a decimal smaller part moves so, under a minute
		expect(dateLookalikes('૧ મિનિટ ૪૭.૬૧ સેકન્ડમાં', 2025).slice(0, 2)).toEqual(['૧ મિનિટ ૪૮.૦૯ સેકન્ડમાં', '૧ મિનિટ ૪૭.૧૩ સેકન્ડમાં']);
		expect(dateLookalikes('1 મિનિટ 59.95 સેકન્ડ', 2025).every((v) => Number(v.split(' ')[2]) < 60)).toBe(true);
		expect(dateLookalikes('૨૪ વર્ષમાં', 2025)[0]).toBe('૨૩ વર્ષમાં');
	});

	it('makes the unit agree with the number', () => {
		expect(dateLookalikes('બે મહિના', 2025)).toContain('એક મહિનો');
		expect(dateLookalikes('એક મહિનો', 2025)).toContain('બે મહિના');
		expect(dateLookalikes('એક અઠવાડિયું', 2025)).toContain('ત્રણ અઠવાડિયા');
	});

	it('offers the other parts of the day, with the answer\'s ending', () => {
		expect(dateLookalikes('બપોરે', 2025)).toEqual(['સવારે', 'સાંજે', 'રાતે', 'મધરાતે']);
		expect(dateLookalikes('વહેલી સવાર', 2025)).toEqual(['બપોર', 'સાંજ', 'રાત', 'મધરાત']);
	});

	it('offers decades either side, none after maxYear', () => {
		expect(dateLookalikes('૧૯૯૦ના દાયકા', 2025).slice(0, 4)).toEqual([
			'૨૦૦૦ના દાયકા',
			'૧૯૮૦ના દાયકા',
			'૨૦૧૦ના દાયકા',
			'૧૯૭૦ના દાયકા'
		]);
		expect(dateLookalikes('૨૦૨૦ના દાયકામાં', 2025)).not.toContain('૨૦૩૦ના દાયકામાં');
	});

	it('writes other days of a date the way the answer wrote it', () => {
		expect(dateLookalikes('૧૨/૦૩/૨૦૨૫', 2025).slice(0, 3)).toEqual(['૧૧/૦૩/૨૦૨૫', '૧૩/૦૩/૨૦૨૫', '૧૦/૦૩/૨૦૨૫']);
		expect(dateLookalikes('૧૨/૦૩/૨૦૨૫', 2025)).toContain('૧૨/૦૪/૨૦૨૫');
		expect(dateLookalikes('તા. ૧૨', 2025).slice(0, 2)).toEqual(['તા. ૧૧', 'તા. ૧૩']);
		expect(dateLookalikes('૧૫ તારીખ', 2025).slice(0, 2)).toEqual(['૧૪ તારીખ', '૧૬ તારીખ']);
	});

	it('shifts and stretches a range of days within its month', () => {
		expect(dateLookalikes('૯ થી ૧૧ ઓક્ટોબર', 2025).slice(0, 3)).toEqual([
			'૯ થી ૧૨ ઓક્ટોબર',
			'૯ થી ૧૦ ઓક્ટોબર',
			'૯ થી ૧૩ ઓક્ટોબર'
		]);
		expect(dateLookalikes('17-27 સપ્ટેમ્બર', 2025)).toContain('18-28 સપ્ટેમ્બર');
		expect(dateLookalikes('25-30 સપ્ટેમ્બર', 2025)).not.toContain('26-31 સપ્ટેમ્બર');
	});

	it('offers the other Hindu months for a Hindu month, with its ending', () => {
		expect(dateLookalikes('કારતક', 2025)).toHaveLength(11);
		expect(dateLookalikes('કારતક', 2025).slice(0, 2)).toEqual(['માગશર', 'પોષ']);
		expect(dateLookalikes('શ્રાવણમાં', 2025)).toContain('ભાદરવામાં');
		expect(dateLookalikes('શ્રાવણ', 2025)).toContain('ભાદરવો');
		expect(dateLookalikes('શ્રાવણ', 2025)).not.toContain('જુલાઈ');
	});

	it('offers other tithis of the same month and fortnight, and the same day of the other fortnight', () => {
		expect(dateLookalikes('આસો સુદ ૧૦', 2025).slice(0, 3)).toEqual(['આસો વદ ૧૦', 'આસો સુદ ૯', 'આસો સુદ ૧૧']);
		expect(dateLookalikes('શ્રાવણ વદ આઠમ', 2025).slice(0, 3)).toEqual([
			'શ્રાવણ સુદ આઠમ',
			'શ્રાવણ વદ સાતમ',
			'શ્રાવણ વદ નોમ'
		]);
		expect(dateLookalikes('અષાઢી બીજ', 2025).slice(0, 2)).toEqual(['અષાઢી એકમ', 'અષાઢી ત્રીજ']);
		expect(dateLookalikes('પૂનમ', 2025).slice(0, 2)).toEqual(['અમાસ', 'ચૌદસ']);
	});

	it('offers counts a half apart for a fraction, written as Gujarati says them', () => {
		expect(dateLookalikes('અઢી કલાક', 2025).slice(0, 4)).toEqual(['બે કલાક', 'ત્રણ કલાક', 'દોઢ કલાક', 'સાડા ત્રણ કલાક']);
		expect(dateLookalikes('સવા બે કલાક', 2025).slice(0, 2)).toEqual(['પોણા બે કલાક', 'પોણા ત્રણ કલાક']);
		expect(dateLookalikes('સાડા ત્રણ વર્ષ', 2025).slice(0, 3)).toEqual(['ત્રણ વર્ષ', 'ચાર વર્ષ', 'અઢી વર્ષ']);
		expect(dateLookalikes('દોઢ મહિનો', 2025).slice(0, 2)).toEqual(['એક મહિનો', 'બે મહિના']);
		expect(dateLookalikes('૨૮ કલાક', 2025).slice(0, 2)).toEqual(['૨૭ કલાક', '૨૯ કલાક']);
	});

	it('offers other hours of a clock time, keeping its minutes and its part of the day', () => {
		expect(dateLookalikes('સવારે ૧૧ વાગ્યે', 2025).slice(0, 3)).toEqual([
			'સવારે ૧૦ વાગ્યે',
			'સવારે ૧૨ વાગ્યે',
			'સવારે ૯ વાગ્યે'
		]);
		expect(dateLookalikes('૧૦:૩૦ વાગ્યે', 2025)[0]).toBe('૯:૩૦ વાગ્યે');
		expect(dateLookalikes('સાડા સાત વાગ્યે', 2025).slice(0, 2)).toEqual(['સાડા છ વાગ્યે', 'સાડા આઠ વાગ્યે']);
	});

	it('shifts a range of hours, staying on a twelve-hour clock', () => {
		expect(dateLookalikes('સવારે ૭:૩૦થી રાત્રે ૯:૦૦', 2025).slice(0, 2)).toEqual([
			'સવારે ૬:૩૦થી રાત્રે ૮:૦૦',
			'સવારે ૮:૩૦થી રાત્રે ૧૦:૦૦'
		]);
		expect(dateLookalikes('૯થી ૧૧ વાગ્યા', 2025)).not.toContain('૧૧થી ૧૩ વાગ્યા');
	});

	it('offers other festival tithis for one, not a made-up લાભ ચોથ', () => {
		expect(dateLookalikes('લાભ પાંચમથી', 2025).slice(0, 2)).toEqual(['ધન તેરસથી', 'કાળી ચૌદસથી']);
		expect(dateLookalikes('ધનતેરસ', 2025)).not.toContain('ધન તેરસ');
	});

	it('shifts a span from one count to another as a whole', () => {
		expect(dateLookalikes('ચાર-પાંચ દિવસ', 2025).slice(0, 2)).toEqual(['પાંચ-છ દિવસ', 'ત્રણ-ચાર દિવસ']);
		expect(dateLookalikes('૧૦થી ૧૨ દિવસમાં', 2025)[0]).toBe('૧૧થી ૧૩ દિવસમાં');
	});

	it('offers other counts in words past વીસ', () => {
		expect(dateLookalikes('સાડા સત્તાવીસ કલાક', 2025).slice(0, 2)).toEqual(['સત્તાવીસ કલાક', 'અઠ્ઠાવીસ કલાક']);
	});

	it('gives every new shape at least three look-alikes of its own kind, none a right answer', () => {
		const answers = ['૧૯૯૦ના દાયકા', 'તા. ૧૨', '૧૨/૦૩/૨૦૨૫', '૯ થી ૧૧ ઓક્ટોબર', '૧૨ થી ૧૫ તારીખ', 'ભાદરવો'].concat(
			['આસો સુદ ૧૦', 'અષાઢી બીજ', 'પૂનમ', 'લાભ પાંચમ', 'અઢી કલાક', 'સવા બે કલાક', 'સવારે ૧૧ વાગ્યે', 'રાત્રે'],
			['સવારે ૭:૩૦થી રાત્રે ૯:૦૦', 'ચાર-પાંચ દિવસ', 'સાંજે પાંચથી સાત વાગ્યા', '૧૫મી']
		);
		for (const answer of answers) {
			const found = dateLookalikes(answer, 2025);
			expect(found.length, answer).toBeGreaterThanOrEqual(3);
			for (const d of found) {
				expect(classifyDate(d), `${answer} -> ${d}`).toBe(classifyDate(answer));
				expect(checkTyped({ answer, accept: [] }, d), `${answer} -> ${d}`).toBe('wrong');
			}
		}
	});

	it('has none for an answer of no known shape', () => {
		expect(dateLookalikes('બીજું વિશ્વયુદ્ધ', 2025)).toEqual([]);
	});
});

describe('latestYearIn', () => {
	it('finds the latest four-digit year in either script', () => {
		expect(latestYearIn('૧૯૫૦-૧૯૫૩')).toBe(1953);
		expect(latestYearIn('એપ્રિલ 2019')).toBe(2019);
		expect(latestYearIn('૨૪ વર્ષ')).toBe(null);
	});
});
