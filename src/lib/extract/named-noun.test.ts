import { describe, expect, it } from 'vitest';
import { namedNoun } from './named-noun';

describe('namedNoun: the noun an article writes after a place’s name', () => {
	it('reads a village or an area, with or without a case ending, anywhere in the text', () => {
		const text = 'બસ ઉભરાણ ગામના પાટિયા પાસે પલટી. ઉભરાણમાં શોક છે. સભા પાલ વિસ્તારમાં થઈ.';
		expect(namedNoun(text, 'ઉભરાણ', 'city')).toBe('ગામ');
		expect(namedNoun(text, 'પાલ', 'region')).toBe('વિસ્તાર');
	});

	it('reads a district or taluka only for a place found as a region, as a town may share its name', () => {
		const text = 'દાહોદ જિલ્લામાં વરસાદ. દાહોદના વર્કશોપમાં કામ ચાલુ છે.';
		expect(namedNoun(text, 'દાહોદ', 'region')).toBe('જિલ્લો');
		expect(namedNoun(text, 'દાહોદ', 'city')).toBeUndefined();
		expect(namedNoun('ધરમપુર તાલુકો પહાડી છે.', 'ધરમપુર', 'region')).toBe('તાલુકો');
	});

	it('reads nothing from a longer word, from the end of a longer name, or from two nouns', () => {
		expect(namedNoun('વસો ગામડાંમાં વરસાદ.', 'વસો', 'city')).toBeUndefined();
		expect(namedNoun('નવા વસો ગામમાં મેળો.', 'નવા વસો ગામ', 'city')).toBeUndefined();
		expect(namedNoun('ભરૂચ વસો ગામમાં છે.', 'ચ વસો', 'city')).toBeUndefined();
		expect(namedNoun('કચ્છ જિલ્લો અને કચ્છ વિસ્તાર.', 'કચ્છ', 'region')).toBeUndefined();
		expect(namedNoun('વરસાદ સુરતમાં પડ્યો.', 'સુરત', 'city')).toBeUndefined();
	});
});
