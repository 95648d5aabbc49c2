import { describe, expect, it } from 'vitest';
import { looseKey } from '../text/translit';
import { looseSpelling, nameKey, phraseKey, placeKey, spellingKey } from './place-key';

describe('nameKey', () => {
	it.each(['પ્યોંગયાંગ', 'મંગળવાર', 'કોઝેમ્યાકો', 'લુકાશેંકો', 'પશ્ર્ચિમે', 'ઑક્ટોબર', 'કૃષ્ણ', 'ફ઼ાઇલ', '૨૦૨૨માં', 'Kim Jong-un'])(
		'gives %s the key looseKey gives',
		(text) => {
			expect(nameKey(text)).toBe(looseKey(text));
		}
	);
});

describe('placeKey', () => {
	it.each([
		['Rajkot', 'રાજકોટ'],
		['Bhavnagar', 'ભાવનગર'],
		['Kaprada', 'કપરાડા'],
		['Dharampur', 'ધરમપુર'],
		['Himatnagar', 'હિંમતનગર'],
		['Nadiad', 'નડિયાદ'],
		['Surendranagar', 'સુરેન્દ્રનગર'],
		['Bengaluru', 'બેંગલુરુ']
	])('gives %s and %s the same key', (latin, gujarati) => {
		expect(placeKey(latin)).toBe(placeKey(gujarati));
	});

	it('keeps names apart whose Gujarati spelling is not their Latin one: those are written by hand', () => {
		expect(placeKey('Ahmedabad')).not.toBe(placeKey('અમદાવાદ'));
		expect(placeKey('Mehsana')).not.toBe(placeKey('મહેસાણા'));
	});

	it('runs the keys of several words together, so a name written as one word meets it', () => {
		expect(phraseKey('મધ્ય પ્રદેશ')).toBe(phraseKey('મધ્યપ્રદેશ'));
		expect(phraseKey('Gir Somnath')).toBe(phraseKey('ગીર સોમનાથ'));
	});
});

describe('spellingKey', () => {
	it('reads spellings of one name as one: vowel length, candra vowels, nasals, ટ/ત', () => {
		expect(spellingKey('ઈરાન')).toBe(spellingKey('ઇરાન'));
		expect(spellingKey('ઑસ્ટ્રેલિયા')).toBe(spellingKey('ઓસ્ટ્રેલિયા'));
		expect(spellingKey('ફ્રાંસ')).toBe(spellingKey('ફ્રાન્સ'));
		expect(spellingKey('કંબોડિયા')).toBe(spellingKey('કમ્બોડિયા'));
		expect(spellingKey('વિયેતનામ')).toBe(spellingKey('વિયેટનામ'));
		expect(spellingKey('પશ્ર્ચિમ')).toBe(spellingKey('પશ્ચિમ'));
	});

	it('drops a virama only in a long name', () => {
		expect(looseSpelling(spellingKey('બ્રિસબેન'))).toBe(looseSpelling(spellingKey('બ્રિસ્બેન')));
		expect(looseSpelling(spellingKey('માત્ર'))).toBe('');
		expect(spellingKey('માત્ર')).not.toBe(spellingKey('માતર'));
	});

	it('keeps words apart that differ in an aspirate, ણ or આ', () => {
		expect(spellingKey('આણંદ')).not.toBe(spellingKey('આનંદ'));
		expect(spellingKey('દિલ્હી')).not.toBe(spellingKey('ઢીલી'));
		expect(spellingKey('માજુરો')).not.toBe(spellingKey('મજૂરો'));
		expect(spellingKey('ભારત')).not.toBe(spellingKey('ભરત'));
	});
});
