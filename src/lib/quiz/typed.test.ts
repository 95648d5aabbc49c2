import { describe, expect, it } from 'vitest';
import { checkTyped, withinOneEdit } from './typed';

const putin = { answer: 'પુતિન', accept: ['પુટિન', 'વ્લાદિમીર પુતિન'] };
const pyongyang = { answer: 'પ્યોંગયાંગ', accept: [] };
const kozhemyako = { answer: 'કોઝેમ્યાકો', accept: ['ઓલેગ કોઝેમ્યાકો'] };
const vladivostok = { answer: 'વ્લાદિવોસ્તોક', accept: [] };
const year = { answer: '૨૦૨૨', accept: [] };
const tuesday = { answer: 'મંગળવાર', accept: [] };
const sixDays = { answer: 'છ દિવસ', accept: ['6 દિવસ'] };
const year2011 = { answer: '2011', accept: [] };
const russia = { answer: 'રશિયા', accept: [] };
const kim = { answer: 'કિમ', accept: [] };
// as the bank writes them
const invasionYear = { answer: '૨૦૨૨', accept: ['2022'] };
const koreanWar = { answer: '૧૯૫૦-૫૩', accept: ['1950-53', '૧૯૫૦-૧૯૫૩', '1950-1953', '૧૯૫૦ થી ૧૯૫૩', '1950 થી 1953'] };
const year2006 = { answer: '૨૦૦૬', accept: ['2006'] };
const tour = { answer: 'છ દિવસ', accept: [] };
const tourAccepting = { answer: 'છ દિવસ', accept: ['6 દિવસ', '6', 'six days', '6 days', '૬ દિવસ', '૬'] };
const twoMonths = { answer: 'બે મહિના', accept: [] };
const articleDay = { answer: 'મંગળવાર', accept: ['મંગળવારે', 'Tuesday'] };
const sunday = { answer: 'રવિવાર', accept: ['Sunday'] };
const friday = { answer: 'શુક્રવાર', accept: ['Friday'] };
const share = { answer: '35%', accept: [] };
const five = { answer: '5', accept: [] };
const minusFive = { answer: '-5', accept: [] };
const northKorea = { answer: 'ઉત્તર કોરિયા', accept: ['North Korea'] };
const southKorea = { answer: 'દક્ષિણ કોરિયા', accept: [] };
const worldWar = { answer: 'બીજું વિશ્ર્વયુદ્ધ', accept: [] };
const dprk = { answer: 'DPRK', accept: [] };
const ww2 = { answer: 'WWII', accept: [] };

describe('checkTyped', () => {
	it.each([
		// accepts the answer and accept forms, with untidy spacing and punctuation
		{ typed: 'પુતિન', question: putin, verdict: 'right' },
		{ typed: '  વ્લાદિમીર   પુતિન। ', question: putin, verdict: 'right' },
		{ typed: 'પુટિન', question: putin, verdict: 'right' },
		// accepts Latin spellings of Gujarati answers
		{ typed: 'putin', question: putin, verdict: 'right' },
		{ typed: 'Vladimir Putin', question: putin, verdict: 'right' },
		{ typed: 'pyongyang', question: pyongyang, verdict: 'right' },
		{ typed: 'kozhemyako', question: kozhemyako, verdict: 'right' },
		{ typed: 'Oleg Kozhemyako', question: kozhemyako, verdict: 'right' },
		{ typed: 'vladivostok', question: vladivostok, verdict: 'right' },
		{ typed: 'mangalvar', question: tuesday, verdict: 'right' },
		// accepts either digit script
		{ typed: '2022', question: year, verdict: 'right' },
		{ typed: '૨૦૨૨', question: year, verdict: 'right' },
		{ typed: '૨૦૧૧', question: year2011, verdict: 'right' },
		{ typed: '૬ દિવસ', question: sixDays, verdict: 'right' },
		// tolerates a case ending glued to the typed name
		{ typed: 'પુતિનને', question: putin, verdict: 'right' },
		{ typed: 'પુતિને', question: putin, verdict: 'right' },
		{ typed: 'મંગળવારે', question: tuesday, verdict: 'right' },
		{ typed: 'રશિયાના', question: russia, verdict: 'right' },
		// calls a one-letter slip almost
		{ typed: 'પુતન', question: putin, verdict: 'almost' },
		{ typed: 'pyongyan', question: pyongyang, verdict: 'almost' },
		{ typed: 'vladivostock', question: vladivostok, verdict: 'right' },
		{ typed: 'vladivastok', question: vladivostok, verdict: 'almost' },
		// never calls a different number almost
		{ typed: '2021', question: year, verdict: 'wrong' },
		{ typed: '૨૦૨૩', question: year, verdict: 'wrong' },
		{ typed: '૭ દિવસ', question: sixDays, verdict: 'wrong' },
		// does not call a slip on a short answer almost
		{ typed: 'કિર', question: kim, verdict: 'wrong' },
		// marks a clearly different answer wrong
		{ typed: 'કિમ જોંગ ઉન', question: putin, verdict: 'wrong' },
		{ typed: 'xi jinping', question: putin, verdict: 'wrong' },
		{ typed: 'સિઓલ', question: pyongyang, verdict: 'wrong' },
		{ typed: 'બુધવાર', question: tuesday, verdict: 'wrong' },
		{ typed: '', question: putin, verdict: 'wrong' },
		{ typed: ' ! ', question: putin, verdict: 'wrong' },
		// reads a number with a case ending, a postposition or an era word as that number
		{ typed: '૨૦૨૨માં', question: invasionYear, verdict: 'right' },
		{ typed: '2022ના', question: invasionYear, verdict: 'right' },
		{ typed: '2022 માં', question: invasionYear, verdict: 'right' },
		{ typed: '૨૦૨૨ થી', question: invasionYear, verdict: 'right' },
		{ typed: 'સન ૨૦૨૨', question: invasionYear, verdict: 'right' },
		{ typed: 'ઈ.સ. 2022', question: invasionYear, verdict: 'right' },
		{ typed: 'ઇ.સ.૨૦૨૨', question: invasionYear, verdict: 'right' },
		{ typed: '૧૯૫૦-૫૩ના', question: koreanWar, verdict: 'right' },
		{ typed: '1950-53', question: koreanWar, verdict: 'right' },
		{ typed: '1950 થી 1953', question: koreanWar, verdict: 'right' },
		{ typed: '2011ના', question: year2011, verdict: 'right' },
		{ typed: '૨૦૦૬ થી', question: year2006, verdict: 'right' },
		{ typed: '2006થી', question: year2006, verdict: 'right' },
		{ typed: '2022 પહેલાં', question: invasionYear, verdict: 'wrong' },
		// reads number words and units in Gujarati, English and Latin letters
		{ typed: '6 દિવસ', question: tour, verdict: 'right' },
		{ typed: '૬ દિવસ', question: tour, verdict: 'right' },
		{ typed: 'છ દિવસ', question: tour, verdict: 'right' },
		{ typed: 'six days', question: tour, verdict: 'right' },
		{ typed: '6 days', question: tour, verdict: 'right' },
		{ typed: 'chha divas', question: tour, verdict: 'right' },
		{ typed: '૬ દિવસમાં', question: tour, verdict: 'right' },
		{ typed: '2 months', question: twoMonths, verdict: 'right' },
		{ typed: 'two months', question: twoMonths, verdict: 'right' },
		{ typed: 'be mahina', question: twoMonths, verdict: 'right' },
		// a bare number is not the answer when the answer has a unit, unless an accept form says so
		{ typed: '6', question: tour, verdict: 'wrong' },
		{ typed: 'છ', question: tour, verdict: 'wrong' },
		{ typed: '6', question: tourAccepting, verdict: 'right' },
		// reads a weekday in Latin letters, with an ending, or in English
		{ typed: 'mangalvar', question: articleDay, verdict: 'right' },
		{ typed: 'mangalvare', question: articleDay, verdict: 'right' },
		{ typed: 'Mangalvaar', question: articleDay, verdict: 'right' },
		{ typed: 'tuesday', question: articleDay, verdict: 'right' },
		{ typed: 'Tuesday', question: tuesday, verdict: 'right' },
		{ typed: 'ravivare', question: sunday, verdict: 'right' },
		{ typed: 'shukravare', question: friday, verdict: 'right' },
		{ typed: 'shukravar', question: friday, verdict: 'right' },
		{ typed: 'somvare', question: articleDay, verdict: 'wrong' },
		// never calls another number almost, in words or in digits
		{ typed: 'ચાર દિવસ', question: tour, verdict: 'wrong' },
		{ typed: 'ચાર દિવસ', question: tourAccepting, verdict: 'wrong' },
		{ typed: '7 દિવસ', question: tour, verdict: 'wrong' },
		{ typed: 'seven days', question: tour, verdict: 'wrong' },
		{ typed: '2021', question: invasionYear, verdict: 'wrong' },
		{ typed: '૧૯૫૦-૫૪', question: koreanWar, verdict: 'wrong' },
		{ typed: 'છ દિવ', question: tour, verdict: 'almost' },
		// counts decimal points and minus signs
		{ typed: '3.5%', question: share, verdict: 'wrong' },
		{ typed: '35 ટકા', question: share, verdict: 'right' },
		{ typed: '35', question: share, verdict: 'right' },
		{ typed: '-5', question: five, verdict: 'wrong' },
		{ typed: '−5', question: five, verdict: 'wrong' },
		{ typed: '5', question: minusFive, verdict: 'wrong' },
		{ typed: '−5', question: minusFive, verdict: 'right' },
		// accepts well-known short forms, either way round
		{ typed: 'ડીપીઆરકે', question: northKorea, verdict: 'right' },
		{ typed: 'DPRK', question: northKorea, verdict: 'right' },
		{ typed: 'ઉ. કોરિયા', question: northKorea, verdict: 'right' },
		{ typed: 'ઉ.કોરિયા', question: northKorea, verdict: 'right' },
		{ typed: 'ઉ.કોરિયાના', question: northKorea, verdict: 'right' },
		{ typed: 'સાઉથ કોરિયા', question: southKorea, verdict: 'right' },
		{ typed: 'south korea', question: southKorea, verdict: 'right' },
		{ typed: 'દ. કોરિયા', question: southKorea, verdict: 'right' },
		{ typed: 'WW2', question: worldWar, verdict: 'right' },
		{ typed: 'WWII', question: worldWar, verdict: 'right' },
		{ typed: 'world war 2', question: worldWar, verdict: 'right' },
		{ typed: 'world war II', question: worldWar, verdict: 'right' },
		{ typed: 'second world war', question: worldWar, verdict: 'right' },
		{ typed: 'બીજા વિશ્વયુદ્ધ', question: worldWar, verdict: 'right' },
		{ typed: 'ઉત્તર કોરિયા', question: dprk, verdict: 'right' },
		{ typed: 'બીજું વિશ્વયુદ્ધ', question: ww2, verdict: 'right' },
		{ typed: 'દ. કોરિયા', question: northKorea, verdict: 'wrong' },
		{ typed: 'south korea', question: northKorea, verdict: 'wrong' },
		{ typed: 'world war I', question: worldWar, verdict: 'wrong' },
		// the bank's own accept forms in Latin letters must not let the First World War through
		{ typed: 'WWI', question: { answer: 'બીજું વિશ્વયુદ્ધ', accept: ['WWII', 'World War II'] }, verdict: 'wrong' },
		{ typed: 'world war i', question: { answer: 'બીજું વિશ્વયુદ્ધ', accept: ['WWII', 'World War II'] }, verdict: 'wrong' },
		{ typed: 'ww ii', question: { answer: 'બીજું વિશ્વયુદ્ધ', accept: ['WWII', 'World War II'] }, verdict: 'right' },
		{ typed: 'WWI', question: ww2, verdict: 'wrong' }
	])('$typed for $question.answer is $verdict', ({ question, typed, verdict }) => {
		expect(checkTyped(question, typed)).toBe(verdict);
	});
});

describe('withinOneEdit', () => {
	it.each([
		['putin', 'putin', true],
		['putin', 'putn', true],
		['putn', 'putin', true],
		['putin', 'pután', true],
		['putin', 'ptn', false],
		['putin', 'nitup', false]
	])('counts one insertion, deletion or substitution, and no more: %s and %s, %s', (a, b, within) => {
		expect(withinOneEdit(a, b)).toBe(within);
	});
});
