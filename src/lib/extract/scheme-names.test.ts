import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { EMPTY_GAZETTEER } from './gazetteer';
import { quotedSchemeNames } from './scheme-names';

/** The places proposed for a text with no gazetteer. */
const places = (text: string) =>
	extract(text, EMPTY_GAZETTEER)
		.filter((p) => p.category === 'place')
		.map((p) => p.answer);

describe('quotedSchemeNames', () => {
	it('finds a quoted name that ends in a scheme’s noun, with or without its case ending', () => {
		const text = 'સરકારે “સ્વસ્થ રાજકોટ અભિયાન”ની શરૂઆત કરી અને ‘મહેસાણા’માં બેઠક યોજી.';
		expect(quotedSchemeNames(text).map((q) => text.slice(q.start, q.end))).toEqual(['સ્વસ્થ રાજકોટ અભિયાન']);
	});
});

describe('extract, places inside a quoted scheme name', () => {
	it('proposes no place that is part of a quoted scheme’s name, and the place where it stands alone', () => {
		expect(places('કલેક્ટરે \'સ્વચ્છ સુરત યોજના\' હેઠળ સુરતમાં નવી ગાડીઓ મૂકી.')).toEqual(['સુરત']);
		expect(places('આ વર્ષે “હરિયાળું કચ્છ અભિયાન”માં દસ હજાર વૃક્ષો વવાશે.')).toEqual([]);
		// the sentence the bug was seen in
		expect(places('રાજ્ય સરકારે \'ગ્રીન ગુજરાત મિશન\' શરૂ કર્યું.')).toEqual([]);
	});

	it('still proposes a quoted place that names no scheme', () => {
		expect(places('ફિલ્મનું નામ “અમદાવાદ” છે.')).toEqual(['અમદાવાદ']);
	});
});
