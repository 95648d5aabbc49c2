import { describe, expect, it } from 'vitest';
import { question } from './fixtures';
import { locateAnswer, mentionsOf, statementFor } from './true-false';

const welcome = question({
	id: 'welcome',
	category: 'person',
	answer: 'પુતિન',
	accept: ['વ્લાદિમીર પુતિન', 'Putin'],
	prompt: 'એરપોર્ટ પર કોનું સ્વાગત થયું?',
	quote: 'કિમે પ્યોંગયાંગ એરપોર્ટ પર પુતિનનું સ્વાગત કર્યું.'
});

const text = (q: Parameters<typeof statementFor>[0], claim: string) => statementFor(q, claim)?.text;

describe('statementFor', () => {
	it('is the quote itself for the answer', () => {
		expect(statementFor(welcome, 'પુતિન')).toEqual({
			text: 'કિમે પ્યોંગયાંગ એરપોર્ટ પર પુતિનનું સ્વાગત કર્યું.',
			fromQuote: true
		});
	});

	it('swaps the answer for a distractor and keeps the ending glued to it', () => {
		expect(text(welcome, 'શી જિનપિંગ')).toBe('કિમે પ્યોંગયાંગ એરપોર્ટ પર શી જિનપિંગનું સ્વાગત કર્યું.');
	});

	it('changes every mention, the full name and the short one alike', () => {
		const arrived = question({
			id: 'arrived',
			category: 'person',
			answer: 'પુતિન',
			accept: ['વ્લાદિમીર પુતિન'],
			quote: 'રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આવ્યા; પુતિને ભાષણ આપ્યું.'
		});
		expect(text(arrived, 'શી જિનપિંગ')).toBe('રાષ્ટ્રપતિ શી જિનપિંગ આવ્યા; શી જિનપિંગે ભાષણ આપ્યું.');
	});

	it('writes the ending એ as the sign ે after a consonant and as the letter after a vowel', () => {
		const said = question({ id: 's', category: 'person', answer: 'પુતિન', quote: 'પુતિને કહ્યું કે સહકાર વધશે.' });
		expect(text(said, 'શોઇગુ')).toBe('શોઇગુએ કહ્યું કે સહકાર વધશે.');
		expect(text(said, 'કિમ')).toBe('કિમે કહ્યું કે સહકાર વધશે.');
		const country = question({ id: 'c', category: 'place', answer: 'રશિયા', quote: 'રશિયાએ ટેકો આપ્યો.' });
		expect(text(country, 'ચીન')).toBe('ચીને ટેકો આપ્યો.');
		expect(text(country, 'ઈરાન')).toBe('ઈરાને ટેકો આપ્યો.');
		expect(text(country, 'જાપાન')).toBe('જાપાને ટેકો આપ્યો.');
	});

	it('finds a date whatever the digit script and keeps its ending', () => {
		const year = question({ id: 'y', category: 'date', answer: '2022', quote: 'રશિયાએ ૨૦૨૨માં હુમલો કર્યો.' });
		expect(text(year, '૨૦૧૯')).toBe('રશિયાએ ૨૦૧૯માં હુમલો કર્યો.');
		const day = question({ id: 'd', category: 'date', answer: 'મંગળવાર', quote: 'પુતિન મંગળવારે પહોંચ્યા.' });
		expect(text(day, 'બુધવાર')).toBe('પુતિન બુધવારે પહોંચ્યા.');
		const withEnding = question({ id: 'e', category: 'date', answer: 'મંગળવારે', quote: 'પુતિન મંગળવારે પહોંચ્યા.' });
		expect(text(withEnding, 'બુધવાર')).toBe('પુતિન બુધવારે પહોંચ્યા.');
	});

	// the true sentence kept the Latin digits of the article and each false one had Gujarati digits
	it('writes a swapped-in date in the digits of the text it replaces', () => {
		const power = question({
			id: 'p',
			category: 'date',
			answer: '૨૦૧૧',
			accept: ['2011'],
			quote: '2011ના અંતમાં તેમણે સત્તા સંભાળી.'
		});
		expect(text(power, '૨૦૧૫')).toBe('2015ના અંતમાં તેમણે સત્તા સંભાળી.');
		const summit = question({
			id: 's',
			category: 'date',
			answer: 'એપ્રિલ ૨૦૧૯',
			accept: ['એપ્રિલ 2019'],
			quote: 'અગાઉની બેઠક એપ્રિલ 2019 માં વ્લાદિવોસ્ટોકમાં થઈ હતી.'
		});
		expect(text(summit, 'ફેબ્રુઆરી ૨૦૧૯')).toBe('અગાઉની બેઠક ફેબ્રુઆરી 2019 માં વ્લાદિવોસ્ટોકમાં થઈ હતી.');
		const war = question({ id: 'w', category: 'date', answer: '1950-53', quote: '૧૯૫૦-૫૩ના યુદ્ધ પછી સરહદ બની.' });
		expect(text(war, '1939-45')).toBe('૧૯૩૯-૪૫ના યુદ્ધ પછી સરહદ બની.');
		const plane = question({ id: 'b', category: 'date', answer: '૧૯૮૧', quote: 'Tu-160 ૧૯૮૧માં ઊડ્યું.' });
		expect(text(plane, '1987')).toBe('Tu-160 ૧૯૮૭માં ઊડ્યું.');
	});

	it('does not match the answer inside another word', () => {
		const kim = question({ id: 'k', category: 'person', answer: 'કિમ', quote: 'આ કિમતી ભેટ કિમને મળી.' });
		expect(locateAnswer(kim)).toEqual({ start: 12, end: 15, ending: 'ને' });
		expect(text(kim, 'મૂન')).toBe('આ કિમતી ભેટ મૂનને મળી.');
	});

	it('makes no statement when the sentence also names the answer as an adjective', () => {
		const tv = question({
			id: 'tv',
			category: 'place',
			answer: 'રશિયા',
			quote: 'રશિયન ટીવી મુજબ રશિયાએ ટેકો આપ્યો.'
		});
		expect(mentionsOf(tv, tv.quote)).toBe(null);
		expect(statementFor(tv, 'ચીન')).toBe(null);
	});

	it('makes no statement when the answer is not in the sentence', () => {
		const missing = question({ id: 'm', category: 'place', answer: 'સરહદ', prompt: 'અથડામણ ક્યાં થઈ?', quote: 'સૈનિકો સામસામે આવ્યા.' });
		expect(locateAnswer(missing)).toBe(null);
		expect(statementFor(missing, 'સરહદ')).toBe(null);
		expect(statementFor(missing, 'બંદર')).toBe(null);
	});

	it('uses the statement written for true/false before the quote', () => {
		const written = question({
			id: 'w',
			category: 'place',
			answer: 'ઉત્તર કોરિયા',
			quote: 'આ મુલાકાતથી સંબંધો ગાઢ થશે.',
			statement: 'પુતિનની ઉત્તર કોરિયાની મુલાકાતથી સંબંધો ગાઢ થશે એવો દાવો થયો.'
		});
		expect(statementFor(written, 'ઉત્તર કોરિયા')).toEqual({ text: written.statement, fromQuote: false });
		expect(text(written, 'વિયેતનામ')).toBe('પુતિનની વિયેતનામની મુલાકાતથી સંબંધો ગાઢ થશે એવો દાવો થયો.');
	});
});
