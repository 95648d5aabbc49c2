import { describe, expect, it } from 'vitest';
import { formWords, soundsLike, spelledInEnglish, typedWords } from './english-spelling';
import { looseKey } from './translit';

const inEnglish = (typed: string, gujarati: string) => spelledInEnglish(typedWords(typed.toLowerCase()), formWords(gujarati));

describe('soundsLike', () => {
	it.each([
		// u for the short a (Trump), y for i (Kirby), e for a (October)
		['trump', 'ટ્રમ્પ'],
		['kirby', 'કિર્બી'],
		['oktober', 'ઓક્ટોબર'],
		// ai and ey for one sound (Sergey), ea and ia for iya (Korea, Russia)
		['sergey', 'સેરગેઈ'],
		['korea', 'કોરિયા'],
		['rusia', 'રશિયા'],
		// an h with no vowel after it is not heard (John, જ્હોન)
		['john', 'જ્હોન'],
		// a soft g is j (Georgia)
		['georgia', 'જ્યોર્જિયા']
	])('hears %s as %s', (typed, gujarati) => {
		expect(soundsLike(looseKey(typed), looseKey(gujarati))).toBe(true);
	});

	it.each([
		// another consonant is another name
		['iraq', 'ઈરાન'],
		['prusia', 'રશિયા'],
		// o is not a (Rome, રામ), nor i a (Kim, કામ)
		['rom', 'રામ'],
		['kim', 'કામ'],
		// a vowel more or less is another word
		['nigeria', 'નાઇજર'],
		['', 'રશિયા']
	])('does not hear %s as %s', (typed, gujarati) => {
		expect(soundsLike(looseKey(typed), looseKey(gujarati))).toBe(false);
	});
});

describe('spelledInEnglish', () => {
	it.each([
		// word by word, each with the vowels Gujarati leaves silent sounded or not
		['Kamala Harris', 'કમલા હેરિસ'],
		['Narendra Modi', 'નરેન્દ્ર મોદી'],
		['Hyderabad', 'હૈદરાબાદ'],
		// a silent e at the end (Ukraine, France); ow at the end (Moscow); ew as yu (New York)
		['Ukraine', 'યુક્રેન'],
		['France', 'ફ્રાન્સ'],
		['Moscow', 'મોસ્કો'],
		['New York', 'ન્યૂયોર્ક'],
		// words run together when the two have different numbers of them
		['New Zealand', 'ન્યૂઝીલેન્ડ'],
		['Sri Lanka', 'શ્રીલંકા'],
		// a compound read as its two words (jamnagar, not jamangar); ahe spoken eh (Mehta); tch for ch (Kutch)
		['Jamnagar', 'જામનગર'],
		['Jawaharnagar', 'જવાહરનગર'],
		['Hansa Mehta', 'હંસા મહેતા'],
		['Kutch', 'કચ્છ'],
		['Satchidanand', 'સચ્ચિદાનંદ']
	])('reads %s as %s', (typed, gujarati) => {
		expect(inEnglish(typed, gujarati)).toBe(true);
	});

	it.each([
		['South Korea', 'ઉત્તર કોરિયા'],
		['Austria', 'ઑસ્ટ્રેલિયા'],
		['Guinea', 'ઘાના'],
		['Sonia Gandhi', 'રાહુલ ગાંધી'],
		['Amit', 'અમિત શાહ'],
		['Jamner', 'જામનગર'],
		['Karna', 'કરણ'],
		['Kamla', 'કમલ'],
		['Mahato', 'મહેતા']
	])('does not read %s as %s', (typed, gujarati) => {
		expect(inEnglish(typed, gujarati)).toBe(false);
	});
});
